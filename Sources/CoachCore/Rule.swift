/// One rule of the corpus: a piece of the method in three languages.
public struct Rule: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var topics: [String]
    public var kind: RuleKind
    public var roles: [BuyingRole]
    public var priority: Int
    public var when: [Condition]
    public var title: LocalizedText
    public var gist: LocalizedText
    public var asks: [Language: [String]]
    /// The Markdown body per language.
    public var body: LocalizedText
    public var lesson: LessonPosition?
    public var quiz: [QuizItem]
    /// The file the rule came from, relative to the corpus folder's parent (`corpus/rules/…`).
    public var source: String

    public init(
        id: String, topics: [String], kind: RuleKind, roles: [BuyingRole] = [], priority: Int = 50,
        when: [Condition] = [], title: LocalizedText, gist: LocalizedText, asks: [Language: [String]] = [:],
        body: LocalizedText, lesson: LessonPosition? = nil, quiz: [QuizItem] = [], source: String
    ) {
        self.id = id
        self.topics = topics
        self.kind = kind
        self.roles = roles
        self.priority = priority
        self.when = when
        self.title = title
        self.gist = gist
        self.asks = asks
        self.body = body
        self.lesson = lesson
        self.quiz = quiz
        self.source = source
    }
}

/// Where a lesson rule sits in the training course.
public struct LessonPosition: Sendable, Hashable, Codable {
    public var course: String
    public var order: Int

    public init(course: String, order: Int) {
        self.course = course
        self.order = order
    }
}

/// A quiz question about a rule.
public struct QuizItem: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Codable, Hashable, CaseIterable {
        case choice, situation
        case freeText = "free-text"
    }

    public var kind: Kind
    public var question: LocalizedText
    /// Choice and situation items: the options, the first one right.
    public var options: [Language: [String]]
    /// Free-text items: words a good answer contains.
    public var keyPoints: [Language: [String]]
    /// Choice and situation items: why each option is wrong, aligned with `options` (an empty
    /// string for the right one). Only the languages the corpus gives.
    public var whyNot: [Language: [String]]

    public init(
        kind: Kind, question: LocalizedText, options: [Language: [String]] = [:], keyPoints: [Language: [String]] = [:],
        whyNot: [Language: [String]] = [:]
    ) {
        self.kind = kind
        self.question = question
        self.options = options
        self.keyPoints = keyPoints
        self.whyNot = whyNot
    }

    /// Whether the trainee picks one of `options` (choice and situation items).
    public var isMultipleChoice: Bool { kind != .freeText }

    /// Why the option at `position` (in the corpus's order) is wrong, in `language`; nil for the
    /// right option or when the corpus gives no reason.
    public func whyNot(position: Int, _ language: Language) -> String? {
        guard let list = whyNot[language], list.indices.contains(position) else { return nil }
        let reason = list[position]
        return reason.allSatisfy(\.isWhitespace) ? nil : reason
    }
}

extension QuizItem {
    private enum CodingKeys: String, CodingKey { case kind, question, options, keyPoints, whyNot }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            kind: try container.decode(Kind.self, forKey: .kind),
            question: try container.decode(LocalizedText.self, forKey: .question),
            options: try container.decodeIfPresent([Language: [String]].self, forKey: .options) ?? [:],
            keyPoints: try container.decodeIfPresent([Language: [String]].self, forKey: .keyPoints) ?? [:],
            whyNot: try container.decodeIfPresent([Language: [String]].self, forKey: .whyNot) ?? [:])
    }
}
