import ArgumentParser
import CoachApp
import CoachCore
import CoachEngine
import CoachOptions
import CoachTeam
import CoachTerminal
import Foundation

/// `coach` with no arguments: the coaching REPL.
struct ChatCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chat",
        abstract: HelpText.text("Open the coaching session (the default).")
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
        if let notice = GlobalOptions.readOnlyNotice(database, language: language) { StandardErrorSink().write(notice + "\n") }
        let clock = Clock.fromEnvironment()
        // With a team joined, sync in the background from now on; its line comes between turns.
        let sync = BackgroundSync.start(store: database, now: clock.now)
        let interactive = TTY.inputIsTerminal
        let environment = ProcessInfo.processInfo.environment
        let reader: any LineReader
        if interactive {
            let readline = ReadlineLineReader(historyPath: global.paths.historyFile(store: global.paths.storeFile(option: global.store)))
            if let problem = readline.historyProblem {
                StandardErrorSink().write(Self.warning(problem, language: language) + "\n")
            }
            reader = readline
        } else {
            reader = PlainLineReader()
        }
        let renderer = OutputRenderer(
            width: .live(),
            colors: ColorMode.detect(environment: environment, outputIsTerminal: TTY.outputIsTerminal))
        SignalHandlers.install()
        let sink = StandardOutputSink(colors: renderer.colors)
        let repl = REPL(
            conversation: Conversation(
                environment: SessionFactory.environment(loaded: loaded, database: database, salesperson: TeamCLI.salesperson(database)),
                language: language),
            reader: reader, sink: sink, renderer: renderer, clock: clock, interactive: interactive,
            apply: SessionFactory.applier(database: database, clock: clock),
            names: {
                KeepTogether.names(
                    in: StoreAccountDirectory(database: database), honorifics: loaded.corpus.answerVocabularies.flatMap(\.honorifics))
            },
            notices: { language in sync?.take().map { [Self.notice($0, language: language)] } ?? [] })
        let status = repl.run(startup: startup)
        // Leaving: a person's session stops the sync after its batch; a script's waits for it.
        if let outcome = sync?.finish(waiting: !interactive), !Interrupt.isTerminating {
            sink.write(renderer.render([Self.notice(outcome, language: repl.state.language)]))
        }
        if status != 0 { throw ExitCode(status) }
    }

    /// The background sync's line: dim when it synced, a warning when it works offline.
    static func notice(_ outcome: BackgroundSync.Outcome, language: Language) -> Output {
        if case .synced = outcome { return .text(outcome.message(language), .dim) }
        return .text(outcome.message(language), .warning)
    }

    /// One line saying why history is not kept this session.
    static func warning(_ problem: HistoryProblem, language: Language) -> String {
        let path = problem.path
        switch problem.kind {
        case .symlink:
            return CLI.say(language,
                en: "coach: warning: history file \(path) is a symbolic link; it is not followed. Running without history.",
                zhHans: "coach：警告：历史文件 \(path) 是符号链接，不会跟随。本次不保存历史。",
                zhHant: "coach：警告：歷史檔案 \(path) 是符號連結，不會跟隨。本次不保存歷史。")
        case .notRegular:
            return CLI.say(language,
                en: "coach: warning: history file \(path) is not a regular file (a device, fifo or folder). Running without history.",
                zhHans: "coach：警告：历史文件 \(path) 不是普通文件（设备、管道或文件夹）。本次不保存历史。",
                zhHant: "coach：警告：歷史檔案 \(path) 不是一般檔案（裝置、管道或資料夾）。本次不保存歷史。")
        case .notOwned:
            return CLI.say(language,
                en: "coach: warning: history file \(path) belongs to another user. Running without history.",
                zhHans: "coach：警告：历史文件 \(path) 属于其他用户。本次不保存历史。",
                zhHant: "coach：警告：歷史檔案 \(path) 屬於其他使用者。本次不保存歷史。")
        case .unusable(let reason):
            return CLI.say(language,
                en: "coach: warning: history file \(path) cannot be used (\(reason)). Running without history.",
                zhHans: "coach：警告：无法使用历史文件 \(path)（\(reason)）。本次不保存历史。",
                zhHant: "coach：警告：無法使用歷史檔案 \(path)（\(reason)）。本次不保存歷史。")
        }
    }
}
