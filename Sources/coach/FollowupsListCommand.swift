import ArgumentParser
import CoachApp
import CoachCore
import CoachEngine
import CoachOptions
import CoachStore
import Foundation

/// `coach followups [all|--all] [--overdue] [--who NAME] [--account ID] [--json]`: the options `/followups` parses too.
struct FollowupsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: HelpText.text("List follow-ups, overdue first: your open ones, or everyone's with --all.")
    )

    @OptionGroup var global: GlobalOptions

    @OptionGroup var options: FollowupsListOptions

    @Flag(name: .long, help: .l("Print them as JSON, each with its status history and an \"overdue\" field."))
    var json = false

    func run() throws {
        let language = try global.language()
        let store = try global.openStore()
        let days = try CLI.loadCorpus(global).method.overdueDays
        let today = JournalCLI.today().text
        let all = options.everyone, account = options.account
        let owner = options.owner(me: JournalCLI.user)
        var items = try store.followUps(owner: owner, accountID: account, includeClosed: all)
        if options.overdue { items = items.filter { $0.isOverdue(today: today, overdueDays: days) } }
        items = JournalView.sortedForAttention(items, today: today, overdueDays: days)
        if json {
            print(try JSONOutput.encode(items.map {
                ItemJSON(followUp: $0, overdue: $0.isOverdue(today: today, overdueDays: days), deadline: $0.deadline(overdueDays: days))
            }))
            return
        }
        let heading = JournalView.followUpsHeading(items, owner: owner, me: JournalCLI.user, today: today, overdueDays: days, language: language)
        // The account files' open issues join the list (not --overdue: they have no deadline; not
        // in --json, whose items are the journal's follow-ups).
        var files: [JournalView.FileIssue] = []
        if !options.overdue {
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
