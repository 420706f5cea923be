import ArgumentParser
import CoachApp
import CoachCore
import CoachOptions
import CoachStore
import CoachTerminal
import Foundation

/// `coach export [--since D] [--who NAME] > team.jsonl`.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: HelpText.text("Write accounts (every version), coaching sessions, visit logs, follow-ups and verifications as JSON Lines."),
        discussion: HelpText.text("""
            One JSON object per line, each with a "type" (account-version, session, log, follow-up, \
            verification) and a stable "id", so 'coach import' on another machine can gather a team's \
            work and importing the same file twice changes nothing.
            """)
    )

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: .l("Only entries from this day or period on (e.g. 2026-11-01, this month)."))
    var since: String?

    @Option(name: .long, help: .l("Only this salesperson's sessions, logs and follow-ups."))
    var who: String?

    @Option(name: [.short, .long], help: .l("Write to this file (owner-only, 0600) instead of standard output; - is standard output."))
    var output: String?

    @Flag(name: .long, help: .l("Let -o replace an existing file."))
    var force = false

    func run() throws {
        let language = try global.language()
        // Ctrl-C is checked between the steps below: nothing half-written is left behind.
        SignalHandlers.install()
        let first = try since.map { try JournalCLI.range($0, option: "--since").first }
        let store = try global.openStore()
        let text = try TeamExchange.export(from: store, since: first, who: who)
        try CLI.checkInterrupt(InterruptText.nothingWritten[language])
        if let output, !OutputFile.isStandardOutput(output) {
            do {
                try OutputFile.write(
                    text, to: output, force: force, store: global.paths.storeFile(option: global.store), language: try global.language())
            } catch {
                throw CLI.Failure("\(error)")
            }
        } else {
            try CLI.printInterruptibly(text, whenCut: InterruptText.outputCut[language])
        }
    }
}
