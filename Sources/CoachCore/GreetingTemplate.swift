/// How warmly a person is greeted (`greetings:` in the account file).
public enum GreetingStyle: String, AccountTerm {
    case formal, warm, none
    public var chineseTerms: [String] {
        switch self {
        case .formal: ["正式", "禮貌", "礼貌"]
        case .warm: ["親切", "亲切", "熱情", "热情"]
        case .none: ["不問候", "不问候", "無", "无"]
        }
    }
}

/// A person's sex, for the form of address (先生/女士, Mr/Ms).
public enum Sex: String, AccountTerm {
    case male, female
    public var chineseTerms: [String] {
        switch self {
        case .male: ["男"]
        case .female: ["女"]
        }
    }
}

/// A greeting message for one occasion and relationship, in three languages
/// (`corpus/care/greetings.yaml`). Placeholders: `{address}` (title and surname), `{festival}`.
public struct GreetingTemplate: Sendable, Hashable, Codable {
    /// A festival id from `festivals.yaml`, or `birthday`.
    public var occasion: String
    public var style: GreetingStyle
    public var text: LocalizedText

    public init(occasion: String, style: GreetingStyle, text: LocalizedText) {
        self.occasion = occasion
        self.style = style
        self.text = text
    }

    /// The occasion id of birthday greetings.
    public static let birthday = "birthday"
}
