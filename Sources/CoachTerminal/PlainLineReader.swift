#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads lines from standard input without prompts or escape codes, for pipes and scripts.
public final class PlainLineReader: LineReader {
    public init() {}

    public func readLine(prompt: String) -> LineInput {
        guard let line = Swift.readLine(strippingNewline: true) else { return .endOfInput }
        // Tolerate scripts written with CRLF line ends.
        return .line(line.hasSuffix("\r") ? String(line.dropLast()) : line)
    }
}
