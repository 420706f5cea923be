public import CoachEngine
public import CoachCore
public import CoachTerminal
import Foundation

/// The read–answer loop: reads lines, hands them to the conversation, shows its outputs and
/// applies its records. Ctrl-C drops the line; end of input (Ctrl-D) leaves with a goodbye.
public final class REPL {
    private var conversation: Conversation
    private let reader: any LineReader
    private let sink: any OutputSink
    private var renderer: OutputRenderer
    private let names: (() -> KeepTogether)?
    private let clock: Clock
    private let interactive: Bool
    private let greets: Bool
    private let apply: (Record, Language) -> Applied
    private let notices: ((Language) -> [Output])?

    /// - Parameters:
    ///   - interactive: show the greeting and prompts (a terminal); off for pipes and transcripts.
    ///   - greets: show the greeting and the agenda's summary (default: when `interactive`).
    ///   - apply: stores a record and returns what to show about it, or why it could not.
    ///   - names: the names never broken across lines, read at the start and after every import.
    ///   - notices: asked before every prompt (so between turns, never over the line being typed)
    ///     for what happened meanwhile, in the session's language: the background sync's line.
    public init(
        conversation: Conversation, reader: any LineReader, sink: any OutputSink, renderer: OutputRenderer,
        clock: Clock, interactive: Bool, apply: @escaping (Record, Language) -> Applied,
        names: (() -> KeepTogether)? = nil, greets: Bool? = nil, notices: ((Language) -> [Output])? = nil
    ) {
        self.notices = notices
        self.greets = greets ?? interactive
        self.names = names
        self.conversation = conversation
        self.reader = reader
        self.sink = sink
        self.renderer = renderer
        self.clock = clock
        self.interactive = interactive
        self.apply = apply
    }

    /// The conversation as it stands (for tests).
    public var state: Conversation { conversation }

    /// Runs until `/quit` or end of input; returns the exit status.
    ///
    /// - Parameter startup: lines handled first, as if typed (e.g. `/prep east-post`).
    @discardableResult
    public func run(startup: [String] = []) -> Int32 {
        let commands = CommandSpec.all
        let snapshot = conversation
        reader.setCompletion { line in Completion.candidates(for: line, commands: commands, conversation: snapshot) }
        if let names { renderer.keepTogether = names() }
        if greets { show(conversation.greeting(now: clock.now())) }
        for line in startup where handle(line) { return 0 }
        while true {
            if Interrupt.isTerminating { return terminate() }
            if let notices { show(notices(conversation.language)) }
            let prompt = interactive ? TerminalSafe.line(conversation.prompt) : ""
            switch reader.readLine(prompt: prompt) {
            case .endOfInput:
                // Ctrl-D leaves like /quit (a /prep is paused, a /log draft kept); a piped script
                // that simply ends gets no goodbye.
                let outputs = conversation.leave(now: clock.now())
                let shown = apply(outputs)
                if interactive { show(shown) }
                return 0
            case .terminated:
                return terminate()
            case .interrupted:
                // Ctrl-C pauses a prep: its record is stored like any other.
                show(apply(conversation.interrupt(now: clock.now())))
            case .line(let line):
                if conversation.keepsInHistory(line) { reader.addHistory(line) }
                if handle(line) { return 0 }
            }
            // Ctrl-C while an operation ran (it stopped, or had finished): back to the prompt.
            if Interrupt.takeInterrupt() { sink.write(interruptedNotice) }
        }
    }

    /// SIGTERM or SIGHUP: leaves as Ctrl-D does (a /prep paused and saved, recorded as stopped by
    /// a signal; a /log draft kept), says so only if the terminal can take it without blocking.
    private func terminate() -> Int32 {
        let outputs = conversation.leave(now: clock.now(), reason: .signal)
        let shown = apply(outputs)
        let text = renderer.render(shown)
        if interactive, !text.isEmpty { sink.writeFinal(resetStyle + "\n" + text) }
        return 0
    }

    /// What ends output cut short by Ctrl-C: colours reset, a fresh line.
    private var interruptedNotice: String { resetStyle + "^C\n" }

    private var resetStyle: String { renderer.colors.enabled ? "\u{1B}[0m" : "" }

    /// Hands a line to the conversation, applies its records and shows the rest; true on quit.
    private func handle(_ line: String) -> Bool {
        let outputs = conversation.handle(line, now: clock.now())
        show(apply(outputs))
        return outputs.contains(.quit)
    }

    /// Applies the records among `outputs` and returns what to show, in order. After a record
    /// fails, the later records of the batch are held back with it (nothing is applied out of
    /// order) and handed to the conversation, which keeps them and says what was not saved.
    private func apply(_ outputs: [Output]) -> [Output] {
        var shown: [Output] = []
        var held: [Record] = []
        var reason = ""
        for output in outputs {
            guard case .record(let record) = output else {
                shown.append(output)
                continue
            }
            if !held.isEmpty {
                held.append(record)
                continue
            }
            let applied = apply(record, conversation.language)
            shown += applied.shown
            if case .importAccounts = record, let names { renderer.keepTogether = names() }
            if let failure = applied.failure {
                held = [record]
                reason = failure
            }
        }
        guard !held.isEmpty else { return shown }
        let said = conversation.notSaved(held, reason: reason, now: clock.now())
        if let quit = shown.firstIndex(of: .quit) {
            shown.insert(contentsOf: said, at: quit)
            return shown
        }
        return shown + said
    }

    /// Writes what `outputs` show. Ctrl-C while it prints stops it (the sink writes no more) and
    /// says `^C`; a termination signal is left for the loop.
    private func show(_ outputs: [Output]) {
        let text = renderer.render(outputs)
        guard !text.isEmpty, !Interrupt.isTerminating else { return }
        sink.write(text)
        if Interrupt.pending == .interrupt, Interrupt.takeInterrupt() { sink.write("\n" + interruptedNotice) }
    }
}
