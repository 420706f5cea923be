/// The tuning of BM25F and of the decision to answer or decline.
public struct RankingWeights: Sendable, Hashable, Codable {
    /// Field weights: example questions, title and gist, glossary concepts, body.
    public var asks = 3.0
    public var title = 2.0
    public var glossary = 1.5
    public var body = 0.4
    /// Length normalisation per field.
    public var asksB = 0.5
    public var titleB = 0.3
    public var glossaryB = 0.2
    public var bodyB = 0.75
    /// BM25 saturation.
    public var k1 = 1.2
    /// Query weights: single Chinese characters, glossary synonyms added to the query.
    public var unigramWeight = 0.25
    public var expansionWeight = 0.35
    public var conceptWeight = 1.2
    /// Query weight of the topics a named method term belongs to ("考拉型" names personality.koala).
    public var topicConceptWeight = 0.6
    /// Query weight of the question's shape ("did I…" asks as a self-check does; `QuestionForm`).
    public var formWeight = 3.0
    /// How much a knowledge rule's score is multiplied by for a question asking what something is
    /// or who someone is (`QuestionForm.isDefinition`).
    public var knowledgeBoost = 1.3
    /// How much a Chinese character that no rule and no off-topic example uses (in a name, mostly:
    /// 張淑芬) counts towards the share of the question to be matched.
    public var unknownCharacterCoverage = 0.5
    /// Whether (above 0) a method term the question names covers its words for a rule that has the term's
    /// concept, though the rule says it in other words.
    public var conceptCoverage = 1.0
    /// How strongly the share of the question a rule matches scales its score.
    public var coordination = 1.0
    /// How much a rule gains from the best other rule on its topic (capped at its own score).
    public var topicSupport = 0.1
    /// How much a rule's best-matching example question adds to its score.
    public var nearestAsk = 1.0
    /// Decline when an off-topic example matches better than this many times the best ask.
    public var offTopicMargin = 1.0
    /// Whether the method terms a question names count for the rules' side when comparing with the
    /// off-topic examples.
    public var offTopicConcepts = true
    /// An off-topic example counts only if it covers at least this share of the question.
    public var offTopicCoverage = 0.3
    /// Declining: below this share of the query's weight matched by the best rule, the question is
    /// outside what the corpus covers.
    public var minimumCoverage = 0.35
    /// Declining: below this score the best rule is too weak to offer.
    public var minimumScore = 3.0
    /// Unsure: when the two best rules are on different topics and the best is within this ratio of
    /// the second, and coverage is below `confidentCoverage`, ask "did you mean A or B?".
    public var minimumRatio = 1.04
    public var confidentCoverage = 0.6

    public init() {}

    public static let standard = RankingWeights()

    /// Sets a weight by name (for tuning from the command line); false for an unknown name.
    public mutating func set(_ name: String, to value: Double) -> Bool {
        let paths: [String: WritableKeyPath<RankingWeights, Double>] = [
            "asks": \.asks, "title": \.title, "glossary": \.glossary, "body": \.body, "asksB": \.asksB,
            "titleB": \.titleB, "glossaryB": \.glossaryB, "bodyB": \.bodyB, "k1": \.k1,
            "unigram": \.unigramWeight, "expansion": \.expansionWeight, "concept": \.conceptWeight, "topicconcept": \.topicConceptWeight, "form": \.formWeight, "knowledgeboost": \.knowledgeBoost, "unknownchar": \.unknownCharacterCoverage, "conceptcoverage": \.conceptCoverage,
            "coordination": \.coordination, "coverage": \.minimumCoverage, "score": \.minimumScore,
            "ratio": \.minimumRatio, "confident": \.confidentCoverage, "nearest": \.nearestAsk,
            "offtopic": \.offTopicMargin, "topic": \.topicSupport, "offcoverage": \.offTopicCoverage,
        ]
        guard let path = paths[name] else { return false }
        self[keyPath: path] = value
        return true
    }
}
