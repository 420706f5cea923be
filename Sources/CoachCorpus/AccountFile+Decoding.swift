import CoachCore
import Foundation
import Yams

// Decoding that keeps going: a bad key or value is written to the decoder's `ProblemLog` with its
// position and the field is left out, so one pass finds every problem in the file.

extension AccountFile {
    typealias Shape = AccountFileProblem.Shape

    static let problemLogKey = CodingUserInfoKey(rawValue: "visitcoach.account-problems")!

    /// The problems found while decoding one file, in the order they were found; past
    /// `maxReportedProblems` they are only counted (a file of typos is not listed 40 000 times).
    final class ProblemLog: @unchecked Sendable {
        var findings: [YAMLGuard.Finding] = []
        var count = 0
        var isFull: Bool { findings.count >= AccountFile.maxReportedProblems }

        func add(_ finding: YAMLGuard.Finding) {
            count += 1
            if !isFull { findings.append(finding) }
        }
    }

    /// A problem at a position, thrown by a shape that cannot be decoded at all (a field's value,
    /// a person that is not a mapping) and recorded by whoever decodes that field or item.
    struct FieldProblem: Error {
        var finding: YAMLGuard.Finding
    }
}

extension AccountFileProblem.Shape {
    /// What the node behind `decoder` is: a list, a mapping or a single text.
    static func of(_ decoder: any Decoder) -> Self {
        if (try? decoder.unkeyedContainer()) != nil { return .list }
        if (try? decoder.container(keyedBy: AnyKey.self)) != nil { return .mapping }
        return .text
    }
}

extension AccountTerm {
    /// The allowed values with their labels, for "allowed: …" in each language.
    static var choices: [AccountFileProblem.TermChoice] {
        allCases.map { value in
            let label = (value as? any LabelledTerm)?.label
                ?? value.chineseTerms.first.map { LocalizedText(en: value.rawValue, zhHans: $0, zhHant: $0) }
            return AccountFileProblem.TermChoice(word: value.rawValue, label: label)
        }
    }
}

/// An enumeration of the account file with a display name in each language (`…+Labels.swift`).
protocol LabelledTerm {
    var label: LocalizedText { get }
}

extension BuyingRole: LabelledTerm {}
extension Level: LabelledTerm {}
extension Support: LabelledTerm {}
extension Contact: LabelledTerm {}
extension Personality: LabelledTerm {}
extension Stage: LabelledTerm {}
extension Tier: LabelledTerm {}
extension AccountKind: LabelledTerm {}
extension PowerChange: LabelledTerm {}
extension IssueStatus: LabelledTerm {}
extension CalendarKind: LabelledTerm {}
extension BuyingMode: LabelledTerm {}

extension Decoder {
    /// The text of a scalar node; nil for a list or a mapping.
    var scalarText: String? {
        try? singleValueContainer().decode(String.self)
    }

    /// `problem` at this decoder's node (or at `key:` near it), to throw.
    func problem(_ problem: AccountFileProblem, key: String? = nil, near: SourceMark? = nil) -> AccountFile.FieldProblem {
        let (line, column) = position(ofKey: key, near: near)
        return AccountFile.FieldProblem(finding: YAMLGuard.Finding(line: line, column: column, problem: problem))
    }

    /// Writes `problem` to the log, at this decoder's node (or at `key:` near it).
    func record(_ problem: AccountFileProblem, key: String? = nil, near: SourceMark? = nil) {
        record(self.problem(problem, key: key, near: near))
    }

    func record(_ problem: AccountFile.FieldProblem) {
        (userInfo[AccountFile.problemLogKey] as? AccountFile.ProblemLog)?.add(problem.finding)
    }

    /// The mapping at this node; throws when the node is not a mapping.
    func mapping(context: AccountFileProblem.Context) throws -> KeyedDecodingContainer<AnyKey> {
        guard let container = try? container(keyedBy: AnyKey.self) else {
            throw problem(.notAMapping(context: context))
        }
        return container
    }

    /// Records `key`, not one of `allowed`, at its line, with a "did you mean".
    func recordUnknownKey(
        _ key: AnyKey, in container: KeyedDecodingContainer<AnyKey>, allowed: [String], context: AccountFileProblem.Context
    ) {
        // Finding the key's line costs a look at the text: not done for problems only counted.
        if let log = userInfo[AccountFile.problemLogKey] as? AccountFile.ProblemLog, log.isFull {
            log.count += 1
            return
        }
        let valueMark = try? container.superDecoder(forKey: key).sourceMark
        record(
            .unknownKey(
                key.stringValue, context: context, suggestion: Suggestion.closest(to: key.stringValue, in: allowed),
                allowed: allowed),
            key: key.stringValue, near: valueMark)
    }

    /// Records that the mapping at this node lacks the required `key`.
    func recordMissing(_ key: String, context: AccountFileProblem.Context) {
        record(.missingKey(key, context: context))
    }
}

extension KeyedDecodingContainer where Key == AnyKey {
    /// The value at `key` (one of `allKeys`), nil when it is empty; a value that cannot be
    /// decoded is recorded (named, with what `expected` is) and also gives nil.
    ///
    /// Decoding walks each mapping's keys once and switches on them, rather than asking for every
    /// allowed key: Yams looks a key up by scanning the mapping, and a 1 MB file has thousands.
    func field<T: Decodable>(_ type: T.Type, _ key: AnyKey, expected: AccountFileProblem.Shape) -> T? {
        do {
            if try decodeNil(forKey: key) { return nil }
            return try decode(T.self, forKey: key)
        } catch let problem as AccountFile.FieldProblem {
            if let decoder = try? superDecoder(forKey: key) { decoder.record(problem) }
        } catch {
            if let decoder = try? superDecoder(forKey: key) {
                decoder.record(.wrongShape(field: key.stringValue, expected: expected, found: .of(decoder)))
            }
        }
        return nil
    }

    /// The text at `key`, a required field: an empty value is kept as "" at its position (so
    /// the check after decoding can say it is empty), a value that is not text is recorded.
    func requiredText(_ key: AnyKey) -> AccountFile.Located<String>? {
        if (try? decodeNil(forKey: key)) == true, let decoder = try? superDecoder(forKey: key) {
            return AccountFile.Located("", line: decoder.sourceMark?.line ?? 1, column: decoder.sourceMark?.column ?? 1)
        }
        return field(AccountFile.Located<String>.self, key, expected: .text)
    }

    /// The items of the list at `key`; an item that cannot be decoded is recorded and left out,
    /// and the others are decoded.
    func list<T: Decodable>(_ type: T.Type, _ key: AnyKey) -> [T] {
        guard (try? decodeNil(forKey: key)) != true, let decoder = try? superDecoder(forKey: key) else { return [] }
        guard var list = try? decoder.unkeyedContainer() else {
            decoder.record(.wrongShape(field: key.stringValue, expected: .listOfMappings, found: .of(decoder)))
            return []
        }
        var items: [T] = []
        while !list.isAtEnd {
            guard let item = try? list.superDecoder() else { break }
            do {
                items.append(try T(from: item))
            } catch let problem as AccountFile.FieldProblem {
                item.record(problem)
            } catch {
                item.record(.wrongShape(field: key.stringValue, expected: .mapping, found: .of(item)))
            }
        }
        return items
    }
}
