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

    /// Where an earlier answer may come from, to be confirmed instead of asked again.
    public enum Carry: String, Sendable, Codable, Hashable, CaseIterable {
        /// The salesperson's own practice: their last answer in any session.
        case salesperson
        /// This account: the salesperson's last answer in a session on the same account.
        case account
    }

    /// What in an answer makes the coach react with one line.
    public enum ReactionTrigger: String, Sendable, Codable, Hashable, CaseIterable {
        case yes, no, none, unsure
        /// The answer names someone the account file does not know.
        case newPerson = "new-person"
        /// The answer names the account's decision maker.
        case decisionMaker = "decision-maker"
    }

    /// One line the coach says when an answer reveals a risk, with the rule to read.
    public struct Reaction: Sendable, Codable, Hashable {
        public var rule: String
        public var text: LocalizedText

        public init(rule: String, text: LocalizedText) {
            self.rule = rule
            self.text = text
        }
    }

    public var id: String
    public var answer: AnswerType
    public var text: LocalizedText
    public var known: Known?
    public var knownText: LocalizedText?
    /// What the file knows, said as a statement for the confirm block (`{people}` is filled).
    public var knownFact: LocalizedText?
    public var carry: Carry?
    public var raises: [Trigger: FlagKind]
    public var reactions: [ReactionTrigger: Reaction]

    public init(
        id: String, answer: AnswerType, text: LocalizedText, known: Known? = nil, knownText: LocalizedText? = nil,
        knownFact: LocalizedText? = nil, carry: Carry? = nil,
        raises: [Trigger: FlagKind] = [:], reactions: [ReactionTrigger: Reaction] = [:]
    ) {
        self.id = id
        self.answer = answer
        self.text = text
        self.known = known
        self.knownText = knownText
        self.knownFact = knownFact
        self.carry = carry
        self.raises = raises
        self.reactions = reactions
    }
}
