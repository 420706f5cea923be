public import CoachTerminal

/// A line reader that plays a script, for tests. `^C` in the script stands for Ctrl-C, `^TERM`
/// for SIGTERM or SIGHUP arriving at the prompt.
///
/// With `echo`, every line read is written to the sink as `> line`, so a transcript shows input
/// and output interleaved.
public final class ScriptedLineReader: LineReader {
    private var lines: [String]
    private let echo: (any OutputSink)?
    public private(set) var history: [String] = []
    public private(set) var completion: (@Sendable (String) -> [String])?

    public init(_ lines: [String], echo: (any OutputSink)? = nil) {
        self.lines = lines
        self.echo = echo
    }

    public func readLine(prompt: String) -> LineInput {
        guard !lines.isEmpty else { return .endOfInput }
        let line = lines.removeFirst()
        echo?.write("> \(line)\n")
        switch line {
        case "^C": return .interrupted
        case "^TERM": return .terminated
        default: return .line(line)
        }
    }

    public func addHistory(_ line: String) { history.append(line) }

    public func setCompletion(_ provider: @escaping @Sendable (String) -> [String]) { completion = provider }
}
