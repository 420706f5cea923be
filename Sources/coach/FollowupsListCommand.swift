import ArgumentParser
import CoachApp
import CoachCore
import CoachEngine
import CoachOptions
import CoachStore
import Foundation

/// `coach followups [--all] [--overdue] [--who NAME] [--json]`.
struct FollowupsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: HelpText.text("List follow-ups, overdue first: your open ones, or everyone's with --all.")
    )

    @OptionGroup var global: GlobalOptions

    @Flag(name: .long, help: .l("Everyone's follow-ups, closed ones too."))
    var all = false

    @Flag(name: .long, help: .l("Only overdue ones."))
    var overdue = false

    @Option(name: .long, help: .l("The follow-ups this person owns (default: yours, $USER; with --all: everyone's)."))
    var who: String?

    @Option(name: .long, help: .l("Only this account."))
    var account: String?

    @Flag(name: .long, help: .l("Print them as JSON, each with its status history and an \"overdue\" field."))
    var json = false

    func run() throws {
        let language = try global.language()
        let store = try global.openStore()
        let days = try CLI.loadCorpus(global).method.overdueDays
        let today = JournalCLI.today().text
        let owner = who ?? (all ? nil : JournalCLI.user)
        var items = try store.followUps(owner: owner, accountID: account, includeClosed: all)
        if overdue { items = items.filter { $0.isOverdue(today: today, overdueDays: days) } }
        items = JournalView.sortedForAttention(items, today: today, overdueDays: days)
        if json {
            print(try JSONOutput.encode(items.map {
                ItemJSON(followUp: $0, overdue: $0.isOverdue(today: today, overdueDays: days), deadline: $0.deadline(overdueDays: days))
            }))
            return
        }
        var heading: String?
        if owner != JournalCLI.user || all {
            let openCount = items.filter { !$0.status.isClosed }.count
            let overdueCount = items.filter { $0.isOverdue(today: today, overdueDays: days) }.count
            let whose = owner ?? CLI.say(language, en: "Everyone", zhHans: "全体", zhHant: "全體")
            heading = CLI.say(
                language, en: "\(whose): \(items.count) follow-up(s), \(openCount) open, \(overdueCount) overdue",
                zhHans: "\(whose)：跟进事项 \(items.count) 项，未结 \(openCount) 项，逾期 \(overdueCount) 项",
                zhHant: "\(whose)：追蹤事項 \(items.count) 項，未結 \(openCount) 項，逾期 \(overdueCount) 項")
        }
        // The account files' open issues join the list (not --overdue: they have no deadline; not
        // in --json, whose items are the journal's follow-ups).
        var files: [JournalView.FileIssue] = []
        if !overdue {
            let accounts = try store.accountIDs().filter { account == nil || $0 == account }.compactMap { try store.account(id: $0) }
            let logged = try store.followUps(owner: nil, accountID: account, includeClosed: true)
            files = JournalView.fileIssues(of: accounts, owner: owner, logged: logged).filter { all || !$0.issue.status.isClosed }
        }
        CLI.show(JournalView.followUps(items, fromFiles: files, today: today, overdueDays: days, language: language, heading: heading))
    }

    /// A follow-up with whether it is overdue today and its deadline.
    struct ItemJSON: Encodable {
        var followUp: FollowUp
        var overdue: Bool
        var deadline: String?

        func encode(to encoder: any Encoder) throws {
            try followUp.encode(to: encoder)
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(overdue, forKey: .overdue)
            try container.encode(deadline, forKey: .deadline)
        }

        enum Keys: String, CodingKey { case overdue, deadline }
    }
}
