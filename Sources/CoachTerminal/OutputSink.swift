#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CoachCore

/// Where the coach writes. Live: `StandardOutputSink`; tests: a string sink.
public protocol OutputSink: AnyObject {
    func write(_ text: String)
    /// The last words when the coach is closing on a signal: written only if that cannot block
    /// (the terminal may be gone or paused).
    func writeFinal(_ text: String)
}

extension OutputSink {
    public func writeFinal(_ text: String) { write(text) }
}

/// Writes to standard output, unbuffered per call so prompts and answers interleave correctly.
///
/// A long text is written a piece at a time and stops as soon as `Interrupt` is set (Ctrl-C,
/// SIGTERM, SIGHUP): a write blocked on a slow or paused terminal returns on the signal, and
/// nothing more is printed (the REPL then says `^C` or leaves).
///
/// Everything written is passed through `TerminalSafe.output`: only the coach's own colour
/// sequences (`allowing`) reach the terminal; any other control is shown visibly.
public final class StandardOutputSink: OutputSink {
    private let allowed: Set<String>

    /// - Parameter colors: the colour mode the text was styled with (its sequences are kept).
    public init(colors: ColorMode = .off) { allowed = TextStyle.sequences(when: colors) }

    /// Bytes per `write`, so a stop request is seen between pieces.
    static let piece = 4096

    public func write(_ text: String) {
        var copy = TerminalSafe.output(text, allowing: allowed)
        copy.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                if Interrupt.isRequested { return }
                let written = Glibc.write(STDOUT_FILENO, buffer.baseAddress! + offset, min(Self.piece, buffer.count - offset))
                if written <= 0 {
                    if written < 0 && errno == EINTR { continue }
                    return
                }
                offset += written
            }
        }
    }

    /// Non-blocking for this one write (the flags are put back): what does not fit is dropped.
    public func writeFinal(_ text: String) {
        let flags = fcntl(STDOUT_FILENO, F_GETFL)
        guard flags >= 0 else { return }
        _ = fcntl(STDOUT_FILENO, F_SETFL, flags | O_NONBLOCK)
        defer { _ = fcntl(STDOUT_FILENO, F_SETFL, flags) }
        var copy = TerminalSafe.output(text, allowing: allowed)
        copy.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(STDOUT_FILENO, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else { return }
                offset += written
            }
        }
    }
}

/// Writes to standard error, through `TerminalSafe.output` (messages quote files and data).
public final class StandardErrorSink: OutputSink {
    private let allowed: Set<String>

    public init(colors: ColorMode = .off) { allowed = TextStyle.sequences(when: colors) }

    public func write(_ text: String) {
        var copy = TerminalSafe.output(text, allowing: allowed)
        copy.withUTF8 { buffer in
            _ = Glibc.write(STDERR_FILENO, buffer.baseAddress!, buffer.count)
        }
    }
}
