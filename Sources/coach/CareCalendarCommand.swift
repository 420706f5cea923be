import ArgumentParser
import CoachApp
import CoachCore
import CoachOptions
import CoachTerminal
import Foundation

/// `coach care calendar --from 2026-12-01 --months 12 --format ics -o care.ics`.
struct CareCalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar",
        abstract: HelpText.text("An iCalendar file (.ics) of birthdays (lunar ones converted for each year), festivals and visit due dates."),
        discussion: HelpText.text("The file is written owner-only (0600); import it into a phone or desktop calendar. Events keep their UID, so a newer file updates them.")
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case ics
    }

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: .l("First day, YYYY-MM-DD (default: today)."))
    var from: String?

    @Option(name: .long, help: .l("How many months, 1 to 36."))
    var months: Int = 12

    @Option(name: .long, help: .l("ics (iCalendar, RFC 5545)."))
    var format: Format = .ics

    @Option(name: [.short, .long], help: .l("Write to this file (owner-only); without it, to standard output."))
    var output: String?

    @Flag(name: .long, help: .l("Replace the output file if it exists."))
    var force = false

    func validate() throws {
        guard (1...36).contains(months) else { throw ValidationError(CLI.text("--months must be 1 to 36", "--months 要在 1 到 36 之间", "--months 要在 1 到 36 之間")) }
    }

    func run() throws {
        let language = try global.language()
        let first = try from.map { text in
            guard let day = DayNumber.strict(text) else {
                throw ValidationError(CLI.text("invalid --from '\(text)'; use YYYY-MM-DD, e.g. 2026-12-01", "--from 的 '\(text)' 不是有效的日期；请用 YYYY-MM-DD，例如 2026-12-01", "--from 的 '\(text)' 不是有效的日期；請用 YYYY-MM-DD，例如 2026-12-01"))
            }
            return day
        } ?? JournalCLI.today()
        let range = DayRange(first: first, last: first.monthStart(offset: months).adding(days: first.components.day - 2))
        let corpus = try CLI.loadCorpus(global)
        let care = try CareCLI.care(corpus)
        let store = try global.openStore()
        let workspace = try CareCLI.workspace(store)
        let (calendar, notes) = ICalendar.care(range: range, workspace: workspace, care: care, today: JournalCLI.today(), language: language)
        let text = calendar.render(stamp: JournalCLI.clock.now())
        for note in notes { StandardErrorSink().write(note.text[language] + "\n") }
        guard let output, !OutputFile.isStandardOutput(output) else {
            print(text, terminator: "")
            return
        }
        try CareCLI.writeExport(text, to: output, force: force, store: global.paths.storeFile(option: global.store), language: language)
        let summary = LocalizedText(
            en: "Wrote \(calendar.events.count) event(s), \(range.first.text) to \(range.last.text), to \(output) (owner-only).",
            zhHans: "已把 \(calendar.events.count) 个事件（\(range.first.text) 至 \(range.last.text)）写入 \(output)（仅本人可读）。",
            zhHant: "已把 \(calendar.events.count) 個事件（\(range.first.text) 至 \(range.last.text)）寫入 \(output)（僅本人可讀）。")
        print(summary[language])
    }
}
