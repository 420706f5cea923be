public import CoachTerminal

/// Collects everything written, for assertions.
public final class StringSink: OutputSink {
    public private(set) var text = ""

    public init() {}

    public func write(_ text: String) { self.text += text }
}
