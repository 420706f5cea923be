import ArgumentParser
import CoachApp
import CoachCore
import CoachEngine
import CoachTerminal
import Foundation

/// `coach` with no arguments: the coaching REPL.
struct ChatCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chat",
        abstract: "Open the coaching session (the default)."
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try REPLLauncher.run(global: global, startup: [])
    }
}

/// Wires the live REPL: locale, corpus, store, readline or plain input, renderer, clock.
enum REPLLauncher {
    /// Opens the session, first handling `startup` lines as if typed (e.g. `/prep east-post`).
    static func run(global: GlobalOptions, startup: [String]) throws {
        umask(0o077)
        TTY.configureLocale()
        let language = try global.language()
        let loaded = try CLI.loadCompiledCorpus(global)
        let database = try global.openStore()
        let clock = Clock.fromEnvironment()
        let interactive = TTY.inputIsTerminal
        let environment = ProcessInfo.processInfo.environment
        let reader: any LineReader = interactive
            ? ReadlineLineReader(historyPath: global.paths.historyFile)
            : PlainLineReader()
        let renderer = OutputRenderer(
            width: .live(),
            colors: ColorMode.detect(environment: environment, outputIsTerminal: TTY.outputIsTerminal))
        let repl = REPL(
            conversation: Conversation(
                environment: SessionFactory.environment(loaded: loaded, database: database, salesperson: TeamCLI.salesperson(database)),
                language: language),
            reader: reader, sink: StandardOutputSink(), renderer: renderer, clock: clock, interactive: interactive,
            apply: SessionFactory.applier(database: database, clock: clock),
            names: { KeepTogether.names(in: StoreAccountDirectory(database: database)) })
        let status = repl.run(startup: startup)
        if status != 0 { throw ExitCode(status) }
    }
}
