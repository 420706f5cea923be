import Foundation

/// The little Markdown the corpus bodies use, turned into terminal paragraphs.
enum MarkdownText {
    /// A body split at paragraphs that open with a bold lead-in (`**What to do.**`, `**怎么做。**`).
    static func sections(_ body: String) -> [String] {
        var sections: [String] = []
        var current: [String] = []
        for line in body.components(separatedBy: "\n") {
            if line.hasPrefix("**"), !current.isEmpty, current.contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                sections.append(current.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines))
                current = []
            }
            current.append(line)
        }
        let last = current.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        if !last.isEmpty { sections.append(last) }
        return sections
    }

    /// The text without `**bold**`, `*italic*` and `code` markers.
    static func stripEmphasis(_ text: String) -> String {
        text.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "`", with: "")
            .replacingOccurrences(of: #"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])"#, with: "$1", options: .regularExpression)
    }

    /// A Chinese bold lead-in ends in a colon, not a full stop: `**怎麼做。** 先…` → `**怎麼做：**先…`;
    /// alone on its line it is a heading and takes no punctuation (`**怎麼做。**` → `**怎麼做**`).
    static func chineseLeadIn(_ line: String) -> String {
        guard line.hasPrefix("**"), let close = line.range(of: "。**") else { return line }
        let lead = line[line.index(line.startIndex, offsetBy: 2)..<close.lowerBound]
        guard !lead.contains("**") else { return line }
        let rest = line[close.upperBound...].drop { $0 == " " }
        return rest.isEmpty ? "**\(lead)**" : "**\(lead)：**\(rest)"
    }

    /// Outputs for a Markdown fragment: paragraphs and list items, emphasis markers removed.
    static func outputs(_ markdown: String) -> [Output] {
        var outputs: [Output] = []
        var previousBlank = true
        for raw in markdown.components(separatedBy: "\n") {
            var line = stripEmphasis(chineseLeadIn(raw))
            if line.trimmingCharacters(in: .whitespaces).isEmpty {
                if !previousBlank { outputs.append(.blank) }
                previousBlank = true
                continue
            }
            if line.hasPrefix("#") {
                line = line.drop(while: { $0 == "#" }).trimmingCharacters(in: .whitespaces)
                outputs.append(.text(line, .bold))
            } else if line.hasPrefix("* ") {
                outputs.append(.text("- " + line.dropFirst(2)))
            } else {
                outputs.append(.text(line))
            }
            previousBlank = false
        }
        while outputs.last == .blank { outputs.removeLast() }
        return outputs
    }
}
