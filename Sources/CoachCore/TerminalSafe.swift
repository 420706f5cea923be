/// Text from data (account files, team imports, the store, typed text echoed back) made safe to
/// print on a terminal: nothing in it can move the cursor, clear the screen, set the window title,
/// add a link, hide text or reverse it.
///
/// What is shown visibly instead of acting:
/// - C0 controls and DEL in caret form, as `cat -v` shows them: ESC is `^[`, a lone CR `^M`, DEL `^?`
///   (a newline stays a line break; a tab becomes a space; CR LF becomes a newline);
/// - C1 controls (U+0080–U+009F; U+009B is a one-byte CSI), bidirectional overrides, embeddings,
///   isolates and marks (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C) and the line and
///   paragraph separators (U+2028, U+2029) as `<U+202E>`.
///
/// The coach's own colours are added after this, by the terminal's styles, and are kept by
/// `output(_:allowing:)`, the last check before bytes reach the terminal.
///
/// ```swift
/// TerminalSafe.text("Zhang\u{1B}]0;pwned\u{07}")   // "Zhang^[]0;pwned^G"
/// TerminalSafe.text("abc\u{202E}fed")              // "abc<U+202E>fed"
/// ```
/// Linear in the length of the text; text that needs nothing is returned as it is.
public enum TerminalSafe {
    /// `text` with every control shown visibly; newlines kept.
    public static func text(_ text: String) -> String {
        guard needsCleaning(text) else { return text }
        var out = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            if scalar == "\r", pending == "\n" { continue }
            append(scalar, to: &out)
        }
        return String(out)
    }

    /// `text` on one line: as `text(_:)`, and a newline becomes a space (a name or a table cell).
    public static func line(_ text: String) -> String {
        String(String.UnicodeScalarView(self.text(text).unicodeScalars.map { $0 == "\n" ? " " : $0 }))
    }

    /// Whether `text` holds anything `text(_:)` would change (a tab or CR LF included).
    public static func needsCleaning(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0 != "\n" && isUnsafe($0) }
    }

    /// Whether `scalar` must not reach a terminal as it is (newline aside).
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F, 0x80...0x9F: true
        case 0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// The last check before bytes reach the terminal: `text` made safe as `text(_:)` does, except
    /// the escape sequences in `allowing` (the coach's own colours, e.g. `"\u{1B}[1;36m"`), which
    /// are kept where they appear whole. CR LF is kept (CSV line ends).
    public static func output(_ text: String, allowing sequences: Set<String> = []) -> String {
        guard text.unicodeScalars.contains(where: { $0 != "\n" && $0 != "\t" && isUnsafe($0) }) else { return text }
        let allowed = sequences.filter { $0.hasPrefix("\u{1B}") }
        let longest = allowed.map(\.unicodeScalars.count).max() ?? 0
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\u{1B}", longest > 0 {
                var candidate = String.UnicodeScalarView()
                var matched = 0
                for offset in 0..<min(longest, scalars.count - index) {
                    candidate.append(scalars[index + offset])
                    if allowed.contains(String(candidate)) { matched = offset + 1 }
                }
                if matched > 0 {
                    out.append(contentsOf: scalars[index..<index + matched])
                    index += matched
                    continue
                }
            }
            if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" {
                out.append(scalar)
            } else if scalar == "\t" || scalar == "\n" {
                out.append(scalar)
            } else {
                append(scalar, to: &out)
            }
            index += 1
        }
        return String(out)
    }

    /// JSON text with every character that could act on a terminal written as a `\\u` escape
    /// (`JSONEncoder` escapes C0 controls but leaves DEL, C1 controls and bidi overrides raw). In
    /// valid JSON they can only be inside strings, so the value decoded is exactly the same.
    public static func json(_ encoded: String) -> String {
        guard encoded.unicodeScalars.contains(where: { $0 != "\n" && isUnsafe($0) }) else { return encoded }
        var out = String.UnicodeScalarView()
        for scalar in encoded.unicodeScalars {
            guard scalar != "\n", isUnsafe(scalar) else {
                out.append(scalar)
                continue
            }
            let hex = String(scalar.value, radix: 16, uppercase: false)
            out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
        }
        return String(out)
    }

    private static func append(_ scalar: Unicode.Scalar, to out: inout String.UnicodeScalarView) {
        switch scalar.value {
        case 0x0A: out.append(scalar)
        case 0x09: out.append(" ")
        case 0x00...0x1F:
            out.append("^")
            out.append(Unicode.Scalar(UInt8(scalar.value + 0x40)))
        case 0x7F: out.append(contentsOf: "^?".unicodeScalars)
        default:
            guard isUnsafe(scalar) else { return out.append(scalar) }
            let hex = String(scalar.value, radix: 16, uppercase: true)
            out.append(contentsOf: ("<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">").unicodeScalars)
        }
    }
}
