import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Facts about the terminal the coach runs in.
public enum TTY {
    /// Whether standard input is a terminal.
    public static var inputIsTerminal: Bool { isatty(STDIN_FILENO) == 1 }

    /// Whether standard output is a terminal.
    public static var outputIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// The terminal's width in columns, or `fallback` when output is not a terminal.
    public static func columns(fallback: Int = 80) -> Int {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return Int(size.ws_col)
        }
        if let value = getenv("COLUMNS").map({ String(cString: $0) }), let columns = Int(value), columns > 0 {
            return columns
        }
        return fallback
    }

    /// Makes sure the C library and readline see UTF-8: `setlocale(LC_ALL, "")`, then `C.UTF-8`
    /// for LC_CTYPE when the user's codeset is not UTF-8 (readline drops Chinese input otherwise).
    public static func configureLocale() {
        setlocale(LC_ALL, "")
        let codeset = String(cString: nl_langinfo(nl_item(CODESET)))
        if codeset.uppercased().replacingUTF8Dash() != "UTF8" {
            if setlocale(LC_CTYPE, "C.UTF-8") == nil {
                _ = setlocale(LC_CTYPE, "en_US.UTF-8")
            }
        }
    }
}

/// The width output wraps to: fixed (pipes, files, tests) or the live terminal's.
///
/// The live width asks the terminal at every use (one `ioctl`), so after a resize — the kernel
/// updates the size before it sends SIGWINCH — the next output already wraps for the new width.
///
/// ```swift
/// let width = TerminalWidth.live()
/// TextWrapper.wrap(answer, width: width.columns)
/// ```
public struct TerminalWidth: Sendable {
    private let read: @Sendable () -> Int

    public init(_ read: @escaping @Sendable () -> Int) { self.read = read }

    /// Always `columns`.
    public static func fixed(_ columns: Int) -> TerminalWidth { TerminalWidth { columns } }

    /// The terminal's width when standard output is a terminal, else `fallback`.
    public static func live(fallback: Int = 80) -> TerminalWidth {
        TerminalWidth { TTY.outputIsTerminal ? TTY.columns(fallback: fallback) : fallback }
    }

    /// The width now.
    public var columns: Int { read() }
}

extension String {
    fileprivate func replacingUTF8Dash() -> String { filter { $0 != "-" } }
}
