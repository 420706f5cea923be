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

    /// `text` on one line, escaped for inline Markdown.
    public static func inline(_ text: String) -> String {
        var escaped = ""
        for character in TerminalSafe.line(text) {
            if special.contains(character) { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }
}
