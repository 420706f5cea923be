import ArgumentParser
import CoachApp
import CoachCore
import CoachOptions
import Foundation

/// `coach today [--date D] [--json]`: the daily agenda, most urgent first.
struct TodayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "today",
        abstract: HelpText.text("The daily agenda: birthdays today and this week, festivals ahead, visits due or overdue, overdue follow-ups, paused preps, unread comments."),
        discussion: HelpText.text("""
            JSON: {"date", "items": [{"kind", "account", "person", "due", "text"}]}, kinds birthday, \
            festival, visit-due, visit-overdue, follow-up-overdue, paused-prep, comment. Visit intervals \
            per tier are in corpus/care/cadence.yaml; the last visit comes from the journal.
            """)
    )

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: .l("The day, YYYY-MM-DD (default: today)."))
    var date: String?

    @Flag(name: .long, help: .l("Print JSON for scripts."))
    var json = false

    func run() throws {
        let language = try global.language()
        let day = try CareCLI.day(date)
        let corpus = try CLI.loadCorpus(global)
        let care = try CareCLI.care(corpus)
        let store = try global.openStore()
        let agenda = try CareCLI.workspace(store).agenda(today: day, care: care, overdueDays: corpus.method.overdueDays)
        if json {
            print(try JSONOutput.encode(CareText.agendaJSON(agenda, language: language)))
            return
        }
        print(CareText.agendaLines(agenda, language: language).joined(separator: "\n"))
    }
}
