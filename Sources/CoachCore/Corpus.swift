/// The coach's whole knowledge, loaded from `corpus/`.
///
/// `Codable` so the start-up snapshot stores it as it is: a new stored property flows into the
/// snapshot by being `Codable` itself.
public struct Corpus: Sendable, Codable {
    public var topics: [Topic]
    /// The areas topics are grouped in (`account` of `account.identify`), named (`corpus/areas.tsv`).
    public var areas: [Topic]
    public var rules: [Rule]
    public var templates: [OutlineTemplate]
    public var selfChecks: [SelfCheck]
    public var glossary: [GlossaryEntry]
    /// Questions outside the method, so the coach can tell them from real ones.
    public var offTopic: [OffTopicEntry]
    /// How people shorten English words when they type, folded before matching (`shorthand.yaml`).
    public var shorthand: Shorthand
    /// How people answer yes, no, not sure and name people, one vocabulary per language.
    public var answerVocabularies: [AnswerVocabulary]
    /// How the prep flow treats sessions (`prep.yaml`).
    public var prep: PrepSettings
    /// The method's figures (`corpus/method.yaml`).
    public var method: MethodSettings
    /// What each risk flag is called and says (`corpus/flags.yaml`).
    public var flags: FlagTexts
    /// Why a strategy is listed, per risk (`corpus/reasons.yaml`).
    public var reasons: [FlagKind: FlagReason]
    /// Why a strategy is listed when only the person's role brought it ("{person} is the {role}").
    public var roleReason: LocalizedText?
    /// Why, when the person's role is not known yet ("nobody knows yet what role {person} plays").
    public var unknownRoleReason: LocalizedText?
    /// Why a strategy is listed when the account as a whole brought it ("it fits {account} …").
    public var accountReason: LocalizedText?
    /// The care routine's data: visit cadence, festivals, greetings, date tables.
    public var care: CareData

    private var rulesByID: [String: Int]

    public init(
        topics: [Topic], areas: [Topic] = [], rules: [Rule], templates: [OutlineTemplate] = [], selfChecks: [SelfCheck] = [],
        glossary: [GlossaryEntry] = [], offTopic: [OffTopicEntry] = [], shorthand: Shorthand = .empty, answerVocabularies: [AnswerVocabulary] = [],
        prep: PrepSettings = PrepSettings(),
        method: MethodSettings = MethodSettings(), flags: FlagTexts = .empty, reasons: [FlagKind: FlagReason] = [:],
        roleReason: LocalizedText? = nil, unknownRoleReason: LocalizedText? = nil, accountReason: LocalizedText? = nil,
        care: CareData = .empty
    ) {
        self.accountReason = accountReason
        self.method = method
        self.flags = flags
        self.reasons = reasons
        self.roleReason = roleReason
        self.unknownRoleReason = unknownRoleReason
        self.answerVocabularies = answerVocabularies
        self.prep = prep
        self.topics = topics
        self.areas = areas
        self.rules = rules
        self.templates = templates
        self.selfChecks = selfChecks
        self.glossary = glossary
        self.offTopic = offTopic
        self.shorthand = shorthand
        self.care = care
        var index: [String: Int] = [:]
        for (offset, rule) in rules.enumerated() where index[rule.id] == nil { index[rule.id] = offset }
        rulesByID = index
    }

    /// The rule with this id.
    public func rule(id: String) -> Rule? { rulesByID[id].flatMap { rules.indices.contains($0) ? rules[$0] : nil } }

    /// The topic with this id.
    public func topic(id: String) -> Topic? { topics.first { $0.id == id } }

    /// The area with this id (`strategy`).
    public func area(id: String) -> Topic? { areas.first { $0.id == id } }

    /// An interpreter of typed answers for an account's people.
    public func answerInterpreter(people: [Person] = []) -> AnswerInterpreter {
        AnswerInterpreter(vocabularies: answerVocabularies, people: people)
    }

    /// Rules of a kind, in corpus order.
    public func rules(of kind: RuleKind) -> [Rule] { rules.filter { $0.kind == kind } }
}
