import Foundation
import CReadline
#if canImport(Glibc)
import Glibc
#endif

// readline's callbacks are C function pointers: they reach the reader through these globals.
// Only the main thread touches them; the signal handlers write a flag and nothing else.
nonisolated(unsafe) private var pendingInput: LineInput?
nonisolated(unsafe) private var interruptFlag: sig_atomic_t = 0
nonisolated(unsafe) private var terminateFlag: sig_atomic_t = 0
nonisolated(unsafe) private var completionProvider: (@Sendable (String) -> [String])?
nonisolated(unsafe) private var completionCandidates: [String] = []
nonisolated(unsafe) private var completionIndex = 0

/// Reads lines with GNU readline's callback interface: line editing, persistent history and Tab
/// completion; Ctrl-C clears the line and gives a fresh prompt, Ctrl-D on an empty line ends input.
///
/// Readline's own signal handling is off (`rl_catch_signals = 0`); a flag-only SIGINT handler
/// interrupts `poll`, and the reader then resets the line itself, so no keystroke is lost.
public final class ReadlineLineReader: LineReader {
    private let history: HistoryFile?
    private var handlerInstalled = false
    /// Why the history file at `historyPath` is not used (a symlink, a device, not the user's…):
    /// the session keeps history in memory only. The host says so in one line.
    public let historyProblem: HistoryProblem?

    /// - Parameters:
    ///   - historyPath: where history persists (created 0600; only a regular file the user owns,
    ///     never through a symlink), or nil for none.
    ///   - historyLimit: the most lines kept, in memory and in the file.
    public init(historyPath: String?, historyLimit: Int = 2000) {
        rl_catch_signals = 0
        rl_catch_sigwinch = 1
        rl_readline_name = UnsafePointer(strdup("coach"))
        rl_attempted_completion_function = completeLine
        using_history()
        switch historyPath.map({ HistoryFile.open(path: $0, limit: historyLimit) }) {
        case .success(let file)?:
            history = file
            historyProblem = nil
            stifle_history(Int32(historyLimit))
        case .failure(let problem)?:
            history = nil
            historyProblem = problem
            stifle_history(Int32(historyLimit))
        case nil:
            history = nil
            historyProblem = nil
        }
        history?.load()
        Self.installSignalHandlers()
    }

    public func setCompletion(_ provider: @escaping @Sendable (String) -> [String]) {
        completionProvider = provider
    }

    public func addHistory(_ line: String) {
        history?.add(line) ?? addToMemory(line)
    }

    private func addToMemory(_ line: String) {
        guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { return }
        add_history(line)
    }

    public func readLine(prompt: String) -> LineInput {
        pendingInput = nil
        interruptFlag = 0
        rl_callback_handler_install(prompt, acceptLine)
        handlerInstalled = true
        defer { removeHandler() }
        while pendingInput == nil {
            var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, -1)
            if terminateFlag != 0 {
                rl_callback_sigcleanup()
                writeNewline()
                return .endOfInput
            }
            if interruptFlag != 0 {
                interruptFlag = 0
                clearLineAfterInterrupt()
                return .interrupted
            }
            if ready < 0 {
                if errno == EINTR { continue }
                return .endOfInput
            }
            if descriptor.revents & Int16(POLLIN | POLLHUP) != 0 {
                rl_callback_read_char()
            }
        }
        return pendingInput ?? .endOfInput
    }

    private func clearLineAfterInterrupt() {
        rl_free_line_state()
        rl_callback_sigcleanup()
        rl_replace_line("", 0)
        rl_point = 0
        rl_end = 0
        writeString("^C")
        writeNewline()
    }

    private func removeHandler() {
        guard handlerInstalled else { return }
        rl_callback_handler_remove()
        handlerInstalled = false
    }

    private func writeNewline() { writeString("\n") }

    private func writeString(_ text: String) {
        var copy = text
        copy.withUTF8 { _ = Glibc.write(STDOUT_FILENO, $0.baseAddress!, $0.count) }
    }

    private static func installSignalHandlers() {
        var interrupt = sigaction()
        interrupt.__sigaction_handler.sa_handler = { _ in interruptFlag = 1 }
        sigemptyset(&interrupt.sa_mask)
        interrupt.sa_flags = 0 // no SA_RESTART: poll must return EINTR
        sigaction(SIGINT, &interrupt, nil)

        var terminate = sigaction()
        terminate.__sigaction_handler.sa_handler = { _ in terminateFlag = 1 }
        sigemptyset(&terminate.sa_mask)
        terminate.sa_flags = 0
        sigaction(SIGTERM, &terminate, nil)
        sigaction(SIGHUP, &terminate, nil)
    }
}

/// Called by readline when a line is complete (or with nil on Ctrl-D at an empty line).
private func acceptLine(_ line: UnsafeMutablePointer<CChar>?) {
    if let line {
        pendingInput = .line(String(cString: line))
        free(line)
    } else {
        pendingInput = .endOfInput
        var newline = "\n"
        newline.withUTF8 { _ = Glibc.write(STDOUT_FILENO, $0.baseAddress!, $0.count) }
    }
    // Remove the handler now so readline does not redisplay the prompt before the answer.
    rl_callback_handler_remove()
}

/// Readline's completion hook: candidates come from the provider, given the line before the cursor.
private func completeLine(_ text: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
    rl_attempted_completion_over = 1
    guard let provider = completionProvider, let buffer = rl_line_buffer else { return nil }
    let bytes = UnsafeRawBufferPointer(start: buffer, count: Int(end))
    let before = String(decoding: bytes, as: UTF8.self)
    let word = text.map { String(cString: $0) } ?? ""
    completionCandidates = provider(before).filter { $0.hasPrefix(word) }
    completionIndex = 0
    return rl_completion_matches(text, nextCompletion)
}

private func nextCompletion(_ text: UnsafePointer<CChar>?, _ state: Int32) -> UnsafeMutablePointer<CChar>? {
    if state == 0 { completionIndex = 0 }
    guard completionIndex < completionCandidates.count else { return nil }
    let candidate = completionCandidates[completionIndex]
    completionIndex += 1
    return strdup(candidate)
}
