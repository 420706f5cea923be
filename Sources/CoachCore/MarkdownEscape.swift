/// Text from data put into Markdown (reports, `journal list --format md`): shown safely on a
/// terminal (`TerminalSafe.line`) and inert in a Markdown viewer — the characters that would open
/// emphasis, code, a link or image, raw HTML or a new table cell are escaped with a backslash.
///
/// ```swift
/// MarkdownEscape.inline("[click](https://evil.example) <img src=x>")
/// // "\[click\](https://evil.example) \<img src=x\>"
/// ```
public enum MarkdownEscape {
    static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|"]
    static let specialBytes: Set<UInt8> = Set(special.compactMap(\.asciiValue))

    /// `text` on one line, escaped for inline Markdown.
    public static func inline(_ text: String) -> String {
        // Printable ASCII with nothing to escape (numbers, days, ids) is already safe and inert.
        if text.utf8.allSatisfy({ (0x20...0x7E).contains($0) && !specialBytes.contains($0) }) { return text }
        var escaped = ""
        for character in TerminalSafe.line(text) {
            if special.contains(character) { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }
}
