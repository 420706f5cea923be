#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CoachCore

/// Reads lines from standard input without prompts or escape codes, for pipes and scripts.
///
/// Waits through `SignalHandlers.waitForInput`, so Ctrl-C gives `.interrupted` and SIGTERM or
/// SIGHUP `.terminated` even while the script is silent.
public final class PlainLineReader: LineReader {
    private var buffer: [UInt8] = []
    private var ended = false

    public init() {}

    public func readLine(prompt: String) -> LineInput {
        while true {
            if Interrupt.isTerminating { return .terminated }
            if Interrupt.takeInterrupt() { return .interrupted }
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                let line = Array(buffer[..<newline])
                buffer.removeFirst(newline + 1)
                return .line(Self.text(line))
            }
            if ended {
                guard !buffer.isEmpty else { return .endOfInput }
                defer { buffer = [] }
                return .line(Self.text(buffer))
            }
            switch SignalHandlers.waitForInput(STDIN_FILENO) {
            case .signalled: continue
            case .failed: ended = true
            case .ready:
                var chunk = [UInt8](repeating: 0, count: 64 * 1024)
                let count = read(STDIN_FILENO, &chunk, chunk.count)
                if count > 0 {
                    buffer += chunk[0..<count]
                } else if count == 0 || errno != EINTR && errno != EAGAIN {
                    ended = true
                }
            }
        }
    }

    /// A line's text; CRLF scripts are tolerated.
    private static func text(_ bytes: [UInt8]) -> String {
        let line = String(decoding: bytes, as: UTF8.self)
        return line.hasSuffix("\r") ? String(line.dropLast()) : line
    }
}
