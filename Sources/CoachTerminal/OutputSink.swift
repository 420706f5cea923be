#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the coach writes. Live: `StandardOutputSink`; tests: a string sink.
public protocol OutputSink: AnyObject {
    func write(_ text: String)
}

/// Writes to standard output, unbuffered per call so prompts and answers interleave correctly.
public final class StandardOutputSink: OutputSink {
    public init() {}

    public func write(_ text: String) {
        var copy = text
        copy.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(STDOUT_FILENO, buffer.baseAddress! + offset, buffer.count - offset)
                if written <= 0 {
                    if written < 0 && errno == EINTR { continue }
                    return
                }
                offset += written
            }
        }
    }
}

/// Writes to standard error.
public final class StandardErrorSink: OutputSink {
    public init() {}

    public func write(_ text: String) {
        var copy = text
        copy.withUTF8 { buffer in
            _ = Glibc.write(STDERR_FILENO, buffer.baseAddress!, buffer.count)
        }
    }
}
