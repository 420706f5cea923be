/// What reading one line gave.
public enum LineInput: Sendable, Equatable {
    /// A complete line, without its newline.
    case line(String)
    /// Ctrl-C at the prompt: the line was dropped.
    case interrupted
    /// End of input (Ctrl-D on an empty line, or the end of a piped script).
    case endOfInput
    /// SIGTERM or SIGHUP: leave now, saving what is open (the terminal is already given back).
    case terminated
}

/// Reads the user's lines. Live: `ReadlineLineReader`, `PlainLineReader`; tests: a scripted reader.
public protocol LineReader: AnyObject {
    /// Reads one line, showing `prompt` where the reader shows prompts.
    func readLine(prompt: String) -> LineInput
    /// Records a line the user entered in the history (no-op where there is none).
    func addHistory(_ line: String)
    /// Sets the candidates offered by Tab completion: given the text before the cursor, the words.
    func setCompletion(_ provider: @escaping @Sendable (_ lineBeforeCursor: String) -> [String])
}

extension LineReader {
    public func addHistory(_ line: String) {}
    public func setCompletion(_ provider: @escaping @Sendable (_ lineBeforeCursor: String) -> [String]) {}
}
