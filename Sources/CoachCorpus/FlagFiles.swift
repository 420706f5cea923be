import CoachCore
import Foundation

/// `corpus/flags.yaml`: what each risk flag is called and says. Every flag needs a label and a
/// message, purchasing power its two directions, flags a self-check answer raises their `answered`
/// wording; placeholders are checked against what each flag fills in.
enum FlagFiles {
    static let fileName = "flags.yaml"

    static func load(root: URL, display: String, selfChecks: [SelfCheck], diagnostics: inout [Diagnostic]) -> FlagTexts {
        let path = display + "/" + fileName
        let file = root.appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: file.path) else {
            diagnostics.append(Diagnostic(file: path, line: 1, column: 1, message: "missing: the risk flags' names and messages live here; every flag shows as its id until it exists"))
            return .empty
        }
        guard let text = CorpusLoader.read(file, path: path, diagnostics: &diagnostics) else { return .empty }
        let entries: [FlagText]
        do {
            entries = try YAMLFile.decode(FlagsFileDTO.self, from: text, file: path).flags
        } catch {
            diagnostics += error.diagnostics
            return .empty
        }
        var problems: [Diagnostic] = []
        var seen: [FlagKind: FlagText] = [:]
        let raisedByAnswers = Set(selfChecks.flatMap(\.questions).flatMap { $0.raises.values })
        for entry in entries {
            let at = CorpusLoader.line(of: "flag: \(entry.flag.rawValue)", in: text)
            if seen[entry.flag] != nil {
                problems.append(Diagnostic(file: path, line: at, column: 1, message: "flag '\(entry.flag.rawValue)' is listed twice; keep one entry"))
                continue
            }
            seen[entry.flag] = entry
            let allowed = FlagText.placeholders(of: entry.flag)
            for message in [entry.label, entry.message] + [entry.answered, entry.increased, entry.decreased].compactMap({ $0 }) {
                problems += CorpusLoader.placeholderProblems(message, allowed: allowed, file: path, line: at)
            }
            for label in Language.allCases where !Placeholder.names(in: entry.label[label]).isEmpty {
                problems.append(Diagnostic(file: path, line: at, column: 1, message: "the label of '\(entry.flag.rawValue)' should name the risk, without placeholders (\(label.rawValue))"))
            }
            if entry.flag == .purchasingPowerChanged, entry.increased == nil || entry.decreased == nil {
                problems.append(Diagnostic(file: path, line: at, column: 1, message: "'purchasing-power-changed' needs 'increased' and 'decreased': the message says which way the budget moved"))
            }
            if entry.flag != .purchasingPowerChanged, entry.increased != nil || entry.decreased != nil {
                problems.append(Diagnostic(file: path, line: at, column: 1, message: "only 'purchasing-power-changed' takes 'increased' and 'decreased'"))
            }
            if raisedByAnswers.contains(entry.flag), entry.answered == nil {
                problems.append(Diagnostic(file: path, line: at, column: 1, severity: .warning, message: "'\(entry.flag.rawValue)' is raised by a self-check answer (selfchecks.yaml): add 'answered', what the coach says about that answer"))
            }
        }
        for kind in FlagKind.allCases where seen[kind] == nil {
            problems.append(Diagnostic(file: path, line: CorpusLoader.line(of: "flags:", in: text), column: 1, message: "no entry for flag '\(kind.rawValue)': it would show as its id"))
        }
        diagnostics += problems
        return FlagTexts(FlagKind.allCases.compactMap { seen[$0] })
    }
}

struct FlagsFileDTO: Decodable {
    let flags: [FlagText]

    init(from decoder: any Decoder) throws {
        try decoder.checkKeys(["flags"], context: "the flags file")
        let container = try decoder.container(keyedBy: AnyKey.self)
        flags = try container.decodeIfPresent([FlagTextDTO].self, forKey: AnyKey("flags"))?.map(\.text) ?? []
    }
}

struct FlagTextDTO: Decodable {
    let text: FlagText

    init(from decoder: any Decoder) throws {
        try decoder.checkKeys(["flag", "label", "message", "answered", "increased", "decreased"], context: "a flag")
        let container = try decoder.container(keyedBy: AnyKey.self)
        let raw = try container.decode(String.self, forKey: AnyKey("flag"))
        let allowed = FlagKind.allCases.map(\.rawValue)
        guard let kind = FlagKind(rawValue: raw) else {
            throw decoder.fieldError(key: "flag", message: "unknown flag '\(raw)'\(Suggestion.hint(for: raw, in: allowed)); allowed: \(allowed.joined(separator: ", "))")
        }
        func optional(_ key: String) throws -> LocalizedText? {
            try container.decodeIfPresent(LocalizedDTO.self, forKey: AnyKey(key))?.text
        }
        text = FlagText(
            flag: kind,
            label: try container.decode(LocalizedDTO.self, forKey: AnyKey("label")).text,
            message: try container.decode(LocalizedDTO.self, forKey: AnyKey("message")).text,
            answered: try optional("answered"), increased: try optional("increased"), decreased: try optional("decreased"))
    }
}
