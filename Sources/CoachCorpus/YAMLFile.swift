public import CoachCore
import Foundation
import Yams

/// Decodes YAML text into typed values with compiler-style diagnostics (file, line, column).
///
/// Types decoded through it check their keys with `KeyedDecodingContainer.checkKeys` and throw
/// `FieldError` for bad values; both are turned into `Diagnostic`s pointing at the right line.
public enum YAMLFile {
    static let sourceKey = CodingUserInfoKey(rawValue: "visitcoach.source")!

    /// Off in tests that hold the subset reader to the Yams path.
    @TaskLocal static var subsetReaderEnabled = true

    /// Decodes `text` (the contents of `file`) as `T`.
    ///
    /// - Parameter lineOffset: lines before `text` in the file (front matter after `---`).
    /// The subset of YAML the corpus is written in is read by `YAMLSubsetReader` and decoded from
    /// its tree, without libyaml, Yams' composer or its decoder; text outside the subset, and any
    /// decoding that fails, is read again with Yams, so the value or the error is always Yams'.
    public static func decode<T: Decodable>(
        _ type: T.Type, from text: String, file: String, lineOffset: Int = 0
    ) throws(DiagnosticError) -> T {
        if subsetReaderEnabled, let tree = YAMLSubsetReader.read(text) {
            let source = SourceText(text: text, file: file, lineOffset: lineOffset)
            if let value = try? YAMLTreeDecoder(node: tree, userInfo: [sourceKey: source]).decode(T.self) { return value }
        }
        return try decodeWithYams(type, from: text, file: file, lineOffset: lineOffset)
    }

    /// Decodes `text` as `T` through Yams alone (compose with `Resolver.basic`, then `YAMLDecoder`).
    static func decodeWithYams<T: Decodable>(
        _ type: T.Type, from text: String, file: String, lineOffset: Int = 0
    ) throws(DiagnosticError) -> T {
        let node: Node
        do {
            // No implicit-tag regexes: typed decoding reads scalars by their text (`Int`, `Bool`
            // and null construct themselves from it), so resolving tags would only cost time.
            guard let composed = try Yams.compose(yaml: text, Resolver.basic) else {
                throw DiagnosticError([Diagnostic(file: file, line: lineOffset + 1, column: 1, message: "the file is empty")])
            }
            node = composed
        } catch let error as DiagnosticError {
            throw error
        } catch {
            throw DiagnosticError([diagnostic(for: error, file: file, lineOffset: lineOffset)])
        }
        let source = SourceText(text: text, file: file, lineOffset: lineOffset)
        do {
            return try YAMLDecoder().decode(T.self, from: node, userInfo: [sourceKey: source])
        } catch let error as FieldError {
            throw DiagnosticError([error.diagnostic(file: file, lineOffset: lineOffset)])
        } catch let error as DecodingError {
            throw DiagnosticError([diagnostic(for: error, root: node, file: file, lineOffset: lineOffset)])
        } catch {
            throw DiagnosticError([diagnostic(for: error, file: file, lineOffset: lineOffset)])
        }
    }

    static func diagnostic(for error: any Error, file: String, lineOffset: Int) -> Diagnostic {
        if let yaml = error as? YamlError {
            switch yaml {
            case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
                 let .composer(context, problem, mark, _):
                let detail = context.map { "\($0.text) " } ?? ""
                return Diagnostic(
                    file: file, line: mark.line + lineOffset, column: mark.column,
                    message: "YAML syntax error: \(detail)\(problem)")
            case let .duplicatedKeysInMapping(duplicates, context):
                return Diagnostic(
                    file: file, line: context.mark.line + lineOffset, column: context.mark.column,
                    message: "duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", "))")
            default:
                return Diagnostic(file: file, line: lineOffset + 1, column: 1, message: "YAML error: \(yaml)")
            }
        }
        return Diagnostic(file: file, line: lineOffset + 1, column: 1, message: "\(error)")
    }

    static func diagnostic(for error: DecodingError, root: Node, file: String, lineOffset: Int) -> Diagnostic {
        let path: [any CodingKey]
        let message: String
        switch error {
        case let .keyNotFound(key, context):
            path = context.codingPath
            message = "missing required key '\(key.stringValue)'"
        case let .typeMismatch(type, context):
            path = context.codingPath
            message = "'\(path.last?.stringValue ?? "value")' should be \(describe(type))"
        case let .valueNotFound(type, context):
            path = context.codingPath
            message = "'\(path.last?.stringValue ?? "value")' is empty; expected \(describe(type))"
        case let .dataCorrupted(context):
            path = context.codingPath
            message = "invalid value for '\(path.last?.stringValue ?? "value")': \(context.debugDescription)"
        @unknown default:
            path = []
            message = "\(error)"
        }
        let mark = locate(path: path, in: root)
        return Diagnostic(file: file, line: (mark?.line ?? 1) + lineOffset, column: mark?.column ?? 1, message: message)
    }

    static func describe(_ type: Any.Type) -> String {
        let name = String(describing: type)
        if name.hasPrefix("Array") { return "a list" }
        if name.hasPrefix("Dictionary") { return "a mapping of keys to values" }
        if name.contains("Bool") { return "true or false" }
        if name.contains("Int") { return "a whole number" }
        if name.contains("String") { return "text" }
        return "a \(name)"
    }

    /// The position of the node at `path` (or its nearest ancestor).
    static func locate(path: [any CodingKey], in root: Node) -> Mark? {
        var node = root
        var best = root.mark
        for key in path {
            if let index = key.intValue, let sequence = node.sequence, index < sequence.count {
                node = sequence[index]
            } else if let mapping = node.mapping, let child = mapping[key.stringValue] {
                if let keyNode = mapping.first(where: { $0.key.string == key.stringValue })?.key {
                    best = keyNode.mark
                }
                node = child
                continue
            } else {
                break
            }
            best = node.mark ?? best
        }
        return best
    }
}

/// The text being decoded, so a decoder can point at a key's line.
///
/// The text is split into lines only when a position is asked for (an error), not for every file.
final class SourceText: Sendable {
    let text: String
    let file: String
    let lineOffset: Int

    init(text: String, file: String, lineOffset: Int) {
        self.text = text
        self.file = file
        self.lineOffset = lineOffset
    }

    private var lines: [String] { text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }

    /// The line and column of `key:` at or before `line` (1-based, within the text).
    func position(ofKey key: String, atOrBefore line: Int) -> (line: Int, column: Int)? {
        let lines = self.lines
        let start = min(line, lines.count)
        guard start >= 1 else { return nil }
        for current in stride(from: start, through: max(1, line - 40), by: -1) {
            if let column = column(ofKey: key, onLine: lines[current - 1]) { return (current, column) }
        }
        return nil
    }

    /// The line and column of `key:` among the lines of a mapping that starts at `line` (its keys
    /// are at or after its start).
    func position(ofKey key: String, atOrAfter line: Int) -> (line: Int, column: Int)? {
        let lines = self.lines
        guard line >= 1, line <= lines.count else { return nil }
        for current in line...min(lines.count, line + 200) {
            if let column = column(ofKey: key, onLine: lines[current - 1]) { return (current, column) }
        }
        return nil
    }

    private func column(ofKey key: String, onLine text: String) -> Int? {
        for prefix in ["\(key):", "\"\(key)\":", "'\(key)':"] {
            if let range = text.range(of: prefix) {
                let before = text[text.startIndex..<range.lowerBound]
                if before.allSatisfy({ $0 == " " || $0 == "-" || $0 == "{" || $0 == "," }) || before.hasSuffix(", ") || before.hasSuffix("{") {
                    return before.unicodeScalars.count + 1
                }
            }
        }
        return nil
    }
}

/// A bad key or value found while decoding, at a position in the text.
public struct FieldError: Error {
    var line: Int
    var column: Int
    var message: String

    func diagnostic(file: String, lineOffset: Int) -> Diagnostic {
        Diagnostic(file: file, line: line + lineOffset, column: column, message: message)
    }
}

/// A coding key for any string, to see every key a mapping has.
struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

extension Decoder {
    /// Throws `FieldError` on the first key not in `allowed`, with a "did you mean".
    func checkKeys(_ allowed: [String], context: String) throws {
        let container = try container(keyedBy: AnyKey.self)
        for key in container.allKeys where !allowed.contains(key.stringValue) {
            let hint = Suggestion.hint(for: key.stringValue, in: allowed)
            let valueMark = try? container.superDecoder(forKey: key).sourceMark
            throw fieldError(
                key: key.stringValue, near: valueMark,
                message: "unknown key '\(key.stringValue)' in \(context)\(hint); allowed: \(allowed.joined(separator: ", "))")
        }
    }

    /// A `FieldError` positioned at `key:` near `near` (or at this decoder's node).
    func fieldError(key: String?, near: SourceMark? = nil, message: String) -> FieldError {
        let (line, column) = position(ofKey: key, near: near)
        return FieldError(line: line, column: column, message: message)
    }

    /// The line and column of `key:` near `near`, or of `near`, or of this decoder's node.
    ///
    /// With `near` (a value's position) the key is on that line or just above it; without it the
    /// decoder is the mapping itself, whose keys come at or after its start.
    func position(ofKey key: String?, near: SourceMark? = nil) -> (line: Int, column: Int) {
        let mark = near ?? sourceMark
        let line = mark?.line ?? 1
        if let key, let source = userInfo[YAMLFile.sourceKey] as? SourceText,
           let position = near == nil
               ? source.position(ofKey: key, atOrAfter: line) ?? source.position(ofKey: key, atOrBefore: line)
               : source.position(ofKey: key, atOrBefore: line) {
            return position
        }
        return (line, mark?.column ?? 1)
    }

    /// Decodes an enumeration value accepting its English word or Chinese terms.
    func decodeTerm<T: AccountTerm>(_ type: T.Type, field: String) throws -> T {
        let raw: String
        if let text = try? singleValueContainer().decode(String.self) {
            raw = text
        } else if let flag = try? singleValueContainer().decode(Bool.self) {
            raw = flag ? "true" : "false"
        } else {
            throw fieldError(key: nil, message: "'\(field)' should be one of: \(T.allowedWords.joined(separator: ", "))")
        }
        guard let value = T(term: raw) else {
            let hint = Suggestion.hint(for: raw, in: T.allowedWords)
            throw fieldError(
                key: nil,
                message: "invalid value '\(raw)' for '\(field)'\(hint); allowed: \(T.allowedWords.joined(separator: ", "))")
        }
        return value
    }
}
