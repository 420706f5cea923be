/// One of the five self-check questions, with its sub-questions.
public struct SelfCheck: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var topic: String
    /// The rule that explains why the question is asked.
    public var rule: String
    public var title: LocalizedText
    public var questions: [SelfCheckQuestion]

    public init(id: String, topic: String, rule: String, title: LocalizedText, questions: [SelfCheckQuestion]) {
        self.id = id
        self.topic = topic
        self.rule = rule
        self.title = title
        self.questions = questions
    }
}

/// A sub-question of a self-check.
public struct SelfCheckQuestion: Sendable, Hashable, Codable, Identifiable {
    public enum AnswerType: String, Sendable, Codable, Hashable, CaseIterable {
        case yesNo = "yes-no"
        case person
        case freeText = "free-text"
    }

    /// What the account already tells about a question.
    public enum Known: String, Sendable, Codable, Hashable, CaseIterable {
        case allRolesIdentified = "all-roles-identified"
        case unmetBuyers = "unmet-buyers"
        case coach
        case purchasingPowerChanged = "purchasing-power-changed"
        case newFaces = "new-faces"
        case reorganized
        case decisionMakers = "decision-makers"
        case unknownInfluence = "unknown-influence"
    }

    /// Which answer raises a flag: `yes`, `no` (yes-no questions), `none` (nobody, for person
    /// questions) or `unsure` (either kind).
    public enum Trigger: String, Sendable, Codable, Hashable, CaseIterable {
        case yes, no, none, unsure
    }

    public var id: String
    public var answer: AnswerType
    public var text: LocalizedText
    public var known: Known?
    public var knownText: LocalizedText?
    public var raises: [Trigger: FlagKind]

    public init(
        id: String, answer: AnswerType, text: LocalizedText, known: Known? = nil, knownText: LocalizedText? = nil,
        raises: [Trigger: FlagKind] = [:]
    ) {
        self.id = id
        self.answer = answer
        self.text = text
        self.known = known
        self.knownText = knownText
        self.raises = raises
    }
}
