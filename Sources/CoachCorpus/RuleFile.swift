public import CoachCore
import Foundation

/// One rule file: YAML front matter between `---` lines, then a body section per language.
public enum RuleFile {
    /// Parses a rule file's text. `file` is the path shown in diagnostics and kept as the rule's source.
    public static func parse(_ text: String, file: String) throws(DiagnosticError) -> Rule {
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n")
        guard lines.first?.trimmingCharacters(in: .whitespaces) == "---" else {
            throw DiagnosticError([Diagnostic(file: file, line: 1, column: 1, message: "a rule file starts with '---' and YAML front matter")])
        }
        guard let end = lines.indices.dropFirst().first(where: { lines[$0].trimmingCharacters(in: .whitespaces) == "---" }) else {
            throw DiagnosticError([Diagnostic(file: file, line: 1, column: 1, message: "the front matter is not closed by a '---' line")])
        }
        let frontMatter = lines[1..<end].joined(separator: "\n")
        let meta = try YAMLFile.decode(RuleFrontMatter.self, from: frontMatter, file: file, lineOffset: 1)
        let body = try sections(Array(lines[(end + 1)...]), file: file, firstLine: end + 2)
        return Rule(
            id: meta.id, topics: meta.topics, kind: meta.kind, roles: meta.roles, priority: meta.priority,
            when: meta.when, title: meta.title, gist: meta.gist, asks: meta.asks,
            body: LocalizedText(en: body[.en] ?? "", zhHans: body[.zhHans] ?? "", zhHant: body[.zhHant] ?? ""),
            lesson: meta.lesson, quiz: meta.quiz, source: file)
    }

    /// Splits the body at `# en`, `# zh-Hans`, `# zh-Hant` lines.
    static func sections(_ lines: [String], file: String, firstLine: Int) throws(DiagnosticError) -> [Language: String] {
        var result: [Language: String] = [:]
        var current: Language?
        var buffer: [String] = []
        func flush() {
            if let current { result[current] = buffer.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines) }
            buffer = []
        }
        for (offset, line) in lines.enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("# ") && !trimmed.hasPrefix("## ") {
                let name = String(trimmed.dropFirst(2)).trimmingCharacters(in: .whitespaces)
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
                if !trimmed.isEmpty {
                    throw DiagnosticError([Diagnostic(file: file, line: firstLine + offset, column: 1, message: "text before the first language section; start the body with '# en'")])
                }
            } else {
                buffer.append(line)
            }
        }
        flush()
        return result
    }
}
