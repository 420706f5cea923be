import ArgumentParser
import CoachApp
import CoachCore
import CoachOptions
import CoachStore
import Foundation

/// `coach followups set N [STATUS|--status S] [--department D] [--due D] [--owner O]`: the options `/followups N …` parses too.
struct FollowupsSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: HelpText.text("Move a follow-up on, pass it to a department, or set its due date."),
        discussion: HelpText.text("customer-informed is allowed only once the follow-up is resolved. --department '' or --due '' clears them.")
    )

    @OptionGroup var global: GlobalOptions

    @OptionGroup var options: FollowupsSetOptions

    @Flag(name: .long, help: .l("Print the follow-up after the change as JSON."))
    var json = false

    func run() throws {
        let language = try global.language()
        let update = FollowUpUpdate(
            status: options.chosenStatus, department: options.department,
            due: try options.due.map { $0.isEmpty ? "" : try JournalCLI.day($0, option: "--due") }, owner: options.owner)
        let day = try options.on.map { try JournalCLI.day($0, option: "--on") } ?? JournalCLI.today().text
        let store = try global.openStoreForWriting()
        let item = try store.updateFollowUp(options.id, update, day: day, by: options.by ?? JournalCLI.user, at: JournalCLI.clock.now())
        if json {
            print(try JSONOutput.encode(item))
            return
        }
        let details = [item.department.map { "→ \($0)" }, item.due.map { "due \($0)" }].compactMap { $0 }.joined(separator: ", ")
        print(CLI.say(
            language,
            en: "Follow-up #\(item.number) (\(item.accountID)): \(item.status.label.en)\(item.status.isClosed ? ", closed" : "")" + (details.isEmpty ? "" : "; \(details)"),
            zhHans: "跟进事项 #\(item.number)（\(item.accountID)）：\(item.status.label.zhHans)\(item.status.isClosed ? "，已结案" : "")" + (details.isEmpty ? "" : "；\(details)"),
            zhHant: "追蹤事項 #\(item.number)（\(item.accountID)）：\(item.status.label.zhHant)\(item.status.isClosed ? "，已結案" : "")" + (details.isEmpty ? "" : "；\(details)")))
    }
}
