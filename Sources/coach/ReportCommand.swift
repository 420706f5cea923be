import ArgumentParser
import CoachApp
import CoachCore
import CoachOptions
import CoachStore
import CoachTerminal
import Foundation

/// `coach report monthly|quarterly [--period 2026-11|2026-Q4] [--who NAME] --format md|html|csv`.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: HelpText.text("The monthly or quarterly visit report: visits, accounts not visited, issues, overdue follow-ups, risks, verification, birthdays handled, visits overdue by tier."),
        discussion: HelpText.text("""
            html is one self-contained page (inline CSS and SVG charts, nothing fetched), to open \
            in a browser or mail to leadership. csv has one row per figure: section,account,salesperson,item,value. \
            A birthday counts as handled when a visit log of its account on that day names the person; \
            visit intervals per tier come from corpus/care/cadence.yaml.
            """)
    )

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case monthly, quarterly
    }

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case md, html, csv, json
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: .l("monthly or quarterly."))
    var kind: Kind

    @Option(name: .long, help: .l("2026-11 (monthly) or 2026-Q4 (quarterly); also this month, last month, this quarter, last quarter (default: the current one)."))
    var period: String?

    @Option(name: .long, help: .l("Only this salesperson."))
    var who: String?

    @Option(name: .long, help: .l("md, html, csv or json."))
    var format: Format = .md

    @Flag(name: .long, help: .l("Same as --format json."))
    var json = false

    @Option(name: [.short, .long], help: .l("Write to this file (owner-only, 0600) instead of standard output; - is standard output."))
    var output: String?

    @Flag(name: .long, help: .l("Let -o replace an existing file."))
    var force = false

    func run() throws {
        let language = try global.language()
        // Ctrl-C is checked between the steps below: nothing half-written is left behind.
        SignalHandlers.install()
        let stopped = InterruptText.nothingWritten[language]
        let today = JournalCLI.today()
        let days = try period.map { try JournalCLI.range($0, option: "--period") }
            ?? (kind == .monthly ? DayRange.month(of: today) : DayRange.quarter(of: today))
        let corpus = try CLI.loadCorpus(global)
        try CLI.checkInterrupt(stopped)
        let store = try global.openStore()
        let report = try JournalReport.build(
            database: store, kind: kind.rawValue, days: days, who: who, today: today, selfChecks: corpus.selfChecks,
            care: corpus.care, overlapDays: corpus.method.overlapDays, overdueDays: corpus.method.overdueDays)
        try CLI.checkInterrupt(stopped)
        let toStandardOutput = output.map(OutputFile.isStandardOutput) ?? true
        if toStandardOutput, !json, format == .md {
            // Written as it is laid out: a report of a big period is never held whole.
            let sink = StandardOutputSink()
            var last: Character?
            report.markdown(language: language, flags: corpus.flags) { piece in
                guard !Interrupt.isRequested else { return }
                sink.write(piece)
                last = piece.last ?? last
            }
            if last != "\n" { sink.write("\n") }
            if Interrupt.isRequested { try CLI.interrupted(InterruptText.outputCut[language]) }
            return
        }
        let text: String
        switch json ? .json : format {
        case .md: text = report.markdown(language: language, flags: corpus.flags)
        case .html: text = report.html(language: language, flags: corpus.flags)
        case .csv: text = report.csv()
        case .json: text = try JSONOutput.encode(report) + "\n"
        }
        try CLI.checkInterrupt(stopped)
        if let output, !OutputFile.isStandardOutput(output) {
            do {
                try OutputFile.write(
                    text, to: output, force: force, store: global.paths.storeFile(option: global.store), language: try global.language())
            } catch {
                throw CLI.Failure("\(error)")
            }
        } else {
            try CLI.printInterruptibly(text.hasSuffix("\n") ? text : text + "\n", whenCut: InterruptText.outputCut[language])
        }
    }
}
