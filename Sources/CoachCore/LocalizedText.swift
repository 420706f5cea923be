import Foundation

/// A piece of text in each of the three languages.
public struct LocalizedText: Sendable, Hashable, Codable {
    public var en: String
    public var zhHans: String
    public var zhHant: String

    public init(en: String, zhHans: String, zhHant: String) {
        self.en = en
        self.zhHans = zhHans
        self.zhHant = zhHant
    }

    public subscript(language: Language) -> String {
        switch language {
        case .en: en
        case .zhHans: zhHans
        case .zhHant: zhHant
        }
    }

    /// All three versions, for indexing.
    public var all: [String] { [en, zhHans, zhHant] }

    enum CodingKeys: String, CodingKey {
        case en
        case zhHans = "zh-Hans"
        case zhHant = "zh-Hant"
    }
}

extension LocalizedText {
    /// Replaces `{name}` placeholders in every language.
    public func filling(_ values: [String: String]) -> LocalizedText {
        LocalizedText(
            en: Placeholder.fill(en, values),
            zhHans: Placeholder.fill(zhHans, values),
            zhHant: Placeholder.fill(zhHant, values)
        )
    }
}

/// `{name}` placeholders in templates.
public enum Placeholder {
    /// Replaces each `{key}` with its value; unknown placeholders stay as they are.
    public static func fill(_ template: String, _ values: [String: String]) -> String {
        var result = template
        for (key, value) in values {
            result = result.replacingOccurrences(of: "{\(key)}", with: value)
        }
        return result
    }

    /// The placeholder names used in a template, in order of appearance.
    public static func names(in template: String) -> [String] {
        var names: [String] = []
        var current: String?
        for character in template {
            if character == "{" {
                current = ""
            } else if character == "}" {
                if let name = current, !name.isEmpty { names.append(name) }
                current = nil
            } else if current != nil {
                current!.append(character)
            }
        }
        return names
    }
}

/// A table of interface text: gives its members `l(en, zhHans, zhHant)` to write entries briefly.
public protocol LocalizedTextTable {}

extension LocalizedTextTable {
    /// A name set inside Chinese text: spaced off where it begins or ends with a Latin letter or digit
    /// ("已打开 Riverside Health Group（…）"), run in where it is Chinese ("已打开華東郵政分公司（…）").
    /// - Parameters:
    ///   - atStart: no space before it, when it opens the text.
    ///   - punctuationFollows: no space after it, when full-width punctuation comes next.
    public static func inline(_ name: String, atStart: Bool = false, punctuationFollows: Bool = false) -> String {
        func latin(_ character: Character?) -> Bool { character.map { $0.isASCII && ($0.isLetter || $0.isNumber) } ?? false }
        return (latin(name.first) && !atStart ? " " : "") + name + (latin(name.last) && !punctuationFollows ? " " : "")
    }

    /// An entry of the table in the three languages.
    public static func l(_ en: String, _ zhHans: String, _ zhHant: String) -> LocalizedText {
        LocalizedText(en: en, zhHans: zhHans, zhHant: zhHant)
    }
}
