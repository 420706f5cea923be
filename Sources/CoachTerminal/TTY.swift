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

extension String {
    fileprivate func replacingUTF8Dash() -> String { filter { $0 != "-" } }
}
