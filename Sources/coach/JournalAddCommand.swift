import ArgumentParser
import CoachApp
import CoachCore
import CoachOptions
import CoachStore
import Foundation

/// `coach journal add --account ID …`: log a visit without the REPL (scripts, the demo generator).
struct JournalAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: HelpText.text("Log a visit from the command line; each --issue becomes a follow-up owned by the visitor."),
        discussion: HelpText.text("""
            With --id, adding the same log again changes nothing, so a script can run twice. \
            Example: coach journal add --account east-post --date 2026-11-03 --met 陳志明,林美玲 \
            --discussed "年度宣傳計劃" --issue "月結帳單對不上 | 財務部 | 2026-11-20" --learnt "預算誰定? => 總經理二月定"
            """)
    )

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: .l("The account visited (its id)."))
    var account: String

    @Option(name: .long, help: .l("Who visited (default: $USER)."))
    var visitor: String?

    @Option(name: .long, help: .l("The day of the visit: YYYY-MM-DD, today or yesterday (default: today)."))
    var date = "today"

    @Option(name: .long, help: .l("A person met (repeat, or separate with commas)."))
    var met: [String] = []

    @Option(name: .long, help: .l("What was discussed."))
    var discussed = ""

    @Option(name: .long, help: .l("The customer's opinions and suggestions."))
    var opinions = ""

    @Option(name: .long, help: .l("An issue raised: 'TEXT | DEPARTMENT | DUE' (department and due optional; DUE is YYYY-MM-DD or +N days). Repeat for more."))
    var issue: [String] = []

    @Option(name: .long, help: .l("Commitments and next steps."))
    var commitments = ""

    @Option(name: .long, help: .l("What was learnt: 'OUTLINE QUESTION => ANSWER' or just the answer. Repeat for more."))
    var learnt: [String] = []

    @Option(name: .long, help: .l("A stable id for the log (default: a new UUID). A name that is not a UUID is kept as the UUID derived from it and still finds the log; adding an id that exists changes nothing."))
    var id: String?

    @Option(name: .long, help: .l("When it was logged, ISO 8601 (default: now)."))
    var at: String?

    @Flag(name: .long, help: .l("Print the stored log and its follow-ups as JSON."))
    var json = false

    func run() throws {
        let language = try global.language()
        let visitDate = try JournalCLI.day(date, option: "--date")
        let store = try global.openStoreForWriting()
        let content = VisitLogContent(
            visitDate: visitDate, peopleMet: JournalCLI.names(met), discussed: discussed, opinions: opinions,
            commitments: commitments, findings: learnt.map(JournalCLI.finding))
        let issues = try issue.map { try JournalCLI.issue($0, visitDate: visitDate) }
        let saved = try store.recordVisit(NewVisitLog(
            uuid: id ?? UUID().uuidString, accountID: account, visitor: visitor ?? TeamCLI.salesperson(store), at: try JournalCLI.instant(at),
            content: content, issues: issues))
        if json {
            print(try JSONOutput.encode(AddedJSON(added: saved.isNew, log: saved.log, followUps: saved.followUps)))
            return
        }
        let log = saved.log
        let numbers = saved.followUps.map { "#\($0.number)" }.joined(separator: ", ")
        if !saved.isNew {
            print(CLI.say(
                language, en: "Visit log #\(log.number) is already stored; nothing changed.",
                zhHans: "拜访记录 #\(log.number) 已经存在，没有变化。", zhHant: "走訪記錄 #\(log.number) 已經存在，沒有變化。"))
            return
        }
        print(CLI.say(
            language,
            en: "Saved visit log #\(log.number) (\(log.accountID), \(visitDate), \(log.visitor))" + (numbers.isEmpty ? "." : "; follow-ups: \(numbers)."),
            zhHans: "已保存拜访记录 #\(log.number)（\(log.accountID)，\(visitDate)，\(log.visitor)）" + (numbers.isEmpty ? "。" : "；跟进事项：\(numbers)。"),
            zhHant: "已儲存走訪記錄 #\(log.number)（\(log.accountID)，\(visitDate)，\(log.visitor)）" + (numbers.isEmpty ? "。" : "；追蹤事項：\(numbers)。")))
    }

    /// `{"added": true, "log": {...}, "followUps": [...]}`.
    struct AddedJSON: Encodable {
        var added: Bool
        var log: VisitLog
        var followUps: [FollowUp]
    }
}
