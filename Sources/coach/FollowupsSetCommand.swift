import ArgumentParser
import CoachApp
import CoachCore
import CoachOptions
import CoachStore
import Foundation

/// `coach followups set N --status S [--department D] [--due D]`.
struct FollowupsSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: HelpText.text("Move a follow-up on, pass it to a department, or set its due date."),
        discussion: HelpText.text("customer-informed is allowed only once the follow-up is resolved. --department '' or --due '' clears them.")
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: .l("The follow-up's number (from 'coach followups') or stable id."))
    var followUp: String

    @Option(name: .long, help: .l("open, in-progress, resolved or customer-informed (Chinese terms work too)."))
    var status: String?

    @Option(name: .long, help: .l("The department it was passed to."))
    var department: String?

    @Option(name: .long, help: .l("The day it should be settled by: YYYY-MM-DD."))
    var due: String?

    @Option(name: .long, help: .l("Pass it to another owner."))
    var owner: String?

    @Option(name: .long, help: .l("The day the change took effect (default: today)."))
    var on: String?

    @Option(name: .long, help: .l("Who made the change (default: $USER)."))
    var by: String?

    @Flag(name: .long, help: .l("Print the follow-up after the change as JSON."))
    var json = false

    func validate() throws {
        if status == nil, department == nil, due == nil, owner == nil {
            throw ValidationError(CLI.text("nothing to change; give --status, --department, --due or --owner", "没有要修改的内容；请给 --status、--department、--due 或 --owner", "沒有要修改的內容；請給 --status、--department、--due 或 --owner"))
        }
    }

    func run() throws {
        let language = try global.language()
        let update = FollowUpUpdate(
            status: try status.map(JournalCLI.status), department: department,
            due: try due.map { $0.isEmpty ? "" : try JournalCLI.day($0, option: "--due") }, owner: owner)
        let day = try on.map { try JournalCLI.day($0, option: "--on") } ?? JournalCLI.today().text
        let store = try global.openStoreForWriting()
        let item = try store.updateFollowUp(followUp, update, day: day, by: by ?? JournalCLI.user, at: JournalCLI.clock.now())
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
