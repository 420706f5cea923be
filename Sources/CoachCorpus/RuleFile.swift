public import CoachCore
import Foundation

/// One rule file: YAML front matter between `---` lines, then a body section per language.
public enum RuleFile {
    /// Parses a rule file's text. `file` is the path shown in diagnostics and kept as the rule's source.
    public static func parse(_ text: String, file: String) throws(DiagnosticError) -> Rule {
        func trimmed(_ line: Substring) -> Substring { Self.trimmed(line) }
        // Split once on "\n" and "\r\n" (one Character in Swift), in the UTF-8; trim by hand: no
        // per-line Foundation calls.
        let lines = text.lines(breakingCRLF: true)
        guard lines.first.map(trimmed) == "---" else {
            throw DiagnosticError([Diagnostic(file: file, line: 1, column: 1, message: "a rule file starts with '---' and YAML front matter")])
        }
        guard let end = lines.indices.dropFirst().first(where: { trimmed(lines[$0]) == "---" }) else {
            throw DiagnosticError([Diagnostic(file: file, line: 1, column: 1, message: "the front matter is not closed by a '---' line")])
        }
        let frontMatter = lines[1..<end].joined(separator: "\n")
        let meta = try YAMLFile.decode(RuleFrontMatter.self, from: frontMatter, file: file, lineOffset: 1)
        let body = try sections(lines[(end + 1)...], file: file, firstLine: end + 2)
        return Rule(
            id: meta.id, topics: meta.topics, kind: meta.kind, roles: meta.roles, priority: meta.priority,
            when: meta.when, title: meta.title, gist: meta.gist, asks: meta.asks,
            body: LocalizedText(en: body[.en] ?? "", zhHans: body[.zhHans] ?? "", zhHant: body[.zhHant] ?? ""),
            lesson: meta.lesson, quiz: meta.quiz, source: file)
    }

    /// Splits the body at `# en`, `# zh-Hans`, `# zh-Hant` lines.
    static func sections(_ lines: ArraySlice<Substring>, file: String, firstLine: Int) throws(DiagnosticError) -> [Language: String] {
        var result: [Language: String] = [:]
        var current: Language?
        var buffer: [Substring] = []
        func flush() {
            if let current { result[current] = String(trimmed(Substring(buffer.joined(separator: "\n")))) }
            buffer = []
        }
        for (offset, line) in lines.enumerated() {
            let stripped = Self.trimmed(line)
            if stripped.hasPrefix("# ") && !stripped.hasPrefix("## ") {
                let name = String(Self.trimmed(stripped.dropFirst(2)))
                guard let language = Language.allCases.first(where: { $0.rawValue == name }) else {
                    let allowed = Language.allCases.map(\.rawValue)
                    throw DiagnosticError([Diagnostic(
                        file: file, line: firstLine + offset, column: 3,
                        message: "unknown body section '# \(name)'\(Suggestion.hint(for: name, in: allowed)); allowed: # en, # zh-Hans, # zh-Hant")])
                }
                if result[language] != nil {
                    throw DiagnosticError([Diagnostic(file: file, line: firstLine + offset, column: 1, message: "section '# \(name)' appears twice")])
                }
                flush()
                current = language
            } else if current == nil {
                if !stripped.isEmpty {
                    throw DiagnosticError([Diagnostic(file: file, line: firstLine + offset, column: 1, message: "text before the first language section; start the body with '# en'")])
                }
            } else {
                buffer.append(line)
            }
        }
        flush()
        return result
    }

    /// `text` without leading and trailing spaces, tabs and line breaks (as `.whitespacesAndNewlines`
    /// does for the ASCII ones, which is all a rule file's structure uses).
    static func trimmed(_ text: Substring) -> Substring {
        func isSpace(_ character: Character) -> Bool {
            character == " " || character == "\t" || character == "\r" || character == "\n" || character == "\r\n"
                || character == "\u{3000}" || character == "\u{A0}"
        }
        guard let first = text.firstIndex(where: { !isSpace($0) }) else { return text[text.endIndex...] }
        let last = text.lastIndex(where: { !isSpace($0) })!
        return text[first...last]
    }
}
