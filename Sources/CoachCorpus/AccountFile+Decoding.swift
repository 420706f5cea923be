import CoachCore
import Foundation
import Yams

// Decoding that keeps going: a bad key or value is written to the decoder's `ProblemLog` with its
// position and the field is left out, so one pass finds every problem in the file.

extension AccountFile {
    typealias Shape = AccountFileProblem.Shape

    static let problemLogKey = CodingUserInfoKey(rawValue: "visitcoach.account-problems")!

    /// The problems found while decoding one file, in the order they were found.
    final class ProblemLog: @unchecked Sendable {
        var findings: [YAMLGuard.Finding] = []
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
    func problem(_ problem: AccountFileProblem, key: String? = nil, near: Mark? = nil) -> AccountFile.FieldProblem {
        let (line, column) = position(ofKey: key, near: near)
        return AccountFile.FieldProblem(finding: YAMLGuard.Finding(line: line, column: column, problem: problem))
    }

    /// Writes `problem` to the log, at this decoder's node (or at `key:` near it).
    func record(_ problem: AccountFileProblem, key: String? = nil, near: Mark? = nil) {
        record(self.problem(problem, key: key, near: near))
    }

    func record(_ problem: AccountFile.FieldProblem) {
        (userInfo[AccountFile.problemLogKey] as? AccountFile.ProblemLog)?.findings.append(problem.finding)
    }

    /// The mapping at this node, after recording every key not in `allowed` (with a "did you
    /// mean"); throws when the node is not a mapping.
    func mapping(_ allowed: [String], context: AccountFileProblem.Context) throws -> KeyedDecodingContainer<AnyKey> {
        guard let container = try? container(keyedBy: AnyKey.self) else {
            throw problem(.notAMapping(context: context))
        }
        for key in container.allKeys where !allowed.contains(key.stringValue) {
            let valueMark = try? container.superDecoder(forKey: key).mark
            record(
                .unknownKey(
                    key.stringValue, context: context, suggestion: Suggestion.closest(to: key.stringValue, in: allowed),
                    allowed: allowed),
                key: key.stringValue, near: valueMark)
        }
        return container
    }
}

extension KeyedDecodingContainer where Key == AnyKey {
    /// The value at `key`, nil when it is absent or empty; a value that cannot be decoded is
    /// recorded (named, with what `expected` is) and also gives nil.
    func field<T: Decodable>(_ type: T.Type, _ key: String, expected: AccountFileProblem.Shape) -> T? {
        let codingKey = AnyKey(key)
        guard contains(codingKey) else { return nil }
        do {
            return try decodeIfPresent(T.self, forKey: codingKey)
        } catch let problem as AccountFile.FieldProblem {
            if let decoder = try? superDecoder(forKey: codingKey) { decoder.record(problem) }
        } catch {
            if let decoder = try? superDecoder(forKey: codingKey) {
                decoder.record(.wrongShape(field: key, expected: expected, found: .of(decoder)))
            }
        }
        return nil
    }

    /// Like `field`, and a missing key is recorded at the mapping that lacks it.
    func required<T: Decodable>(
        _ type: T.Type, _ key: String, context: AccountFileProblem.Context, in decoder: any Decoder
    ) -> T? {
        guard contains(AnyKey(key)) else {
            decoder.record(.missingKey(key, context: context))
            return nil
        }
        return field(type, key, expected: .text)
    }

    /// The items of the list at `key`; an item that cannot be decoded is recorded and left out,
    /// and the others are decoded.
    func list<T: Decodable>(_ type: T.Type, _ key: String) -> [T] {
        let codingKey = AnyKey(key)
        guard contains(codingKey), (try? decodeNil(forKey: codingKey)) != true,
              let decoder = try? superDecoder(forKey: codingKey) else { return [] }
        guard var list = try? decoder.unkeyedContainer() else {
            decoder.record(.wrongShape(field: key, expected: .listOfMappings, found: .of(decoder)))
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
                item.record(.wrongShape(field: key, expected: .mapping, found: .of(item)))
            }
        }
        return items
    }
}
