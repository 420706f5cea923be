/// A drill on one account: the trainee reads it, names the risks and picks strategies; the coach
/// scores the picks against the flags `RiskFlags` computes and the strategies `StrategyMatcher`
/// recommends.
///
/// ```swift
/// var generator = SeededGenerator(seed: 7)
/// let drill = DrillScenario(account: account, corpus: corpus, today: "2026-11-29", generator: &generator)
/// let score = drill.score(flags: [.missingCoach], strategies: [drill.strategyOptions[0].id])
/// ```
public struct DrillScenario: Sendable {
    public var account: Account
    /// The flags the engine derives, most urgent first.
    public var flags: [RiskFlag]
    /// Everything the engine recommends (strategies, and self-checks whose conditions hold), most urgent first.
    public var recommendations: [Recommendation]
    /// The strategies offered, recommended ones mixed with distractors, in a random order.
    public var strategyOptions: [Rule]
    /// Ids of the offered strategies that the engine recommends.
    public var expectedStrategies: Set<String>
    /// The rest of the corpus, to explain misses.
    private var strategyRules: [Rule]

    /// The risk kinds a trainee chooses from: all that an account file alone shows, in a fixed
    /// order (a drill has no journal, so `visit-overdue` cannot be read from it).
    public static let flagChoices: [FlagKind] = FlagKind.allCases.filter { $0 != .visitOverdue }

    /// - Parameters:
    ///   - recommended: how many of the recommended strategy rules (`kind: strategy`, most urgent
    ///     first) to offer.
    ///   - distractors: how many strategies that do not apply to the account to mix in.
    public init(account: Account, corpus: Corpus, today: String, generator: inout SeededGenerator, recommended: Int = 4, distractors: Int = 4) {
        self.account = account
        let flags = RiskFlags.compute(for: account, today: today, overdueDays: corpus.method.overdueDays, texts: corpus.flags)
        self.flags = flags
        let recommendations = StrategyMatcher.recommendations(corpus: corpus, account: account, flags: flags)
        self.recommendations = recommendations
        var seen = Set<String>()
        let right = recommendations.map(\.rule).filter { $0.kind == .strategy && seen.insert($0.id).inserted }.prefix(recommended)
        let coveredTopics = Set(recommendations.flatMap(\.rule.topics))
        let strategies = corpus.rules.filter { $0.kind == .strategy && !$0.when.isEmpty }
        strategyRules = strategies
        // Plausible distractors: real strategies whose conditions do not hold on this account and
        // whose topics no recommended rule shares (so no near-duplicate of a right answer).
        let candidates = strategies.filter { rule in
            !rule.when.evaluate(on: account, flags: flags).matched && coveredTopics.isDisjoint(with: rule.topics)
        }
        var topicsUsed = Set<String>()
        let wrong = generator.shuffled(candidates).filter { rule in
            guard let topic = rule.topics.first else { return false }
            return topicsUsed.insert(topic).inserted
        }.prefix(distractors)
        strategyOptions = generator.shuffled(Array(right) + Array(wrong))
        expectedStrategies = Set(right.map(\.id))
    }

    /// The distinct risk kinds the engine derives, most urgent first.
    public var expectedFlags: [FlagKind] {
        var seen = Set<FlagKind>()
        return flags.map(\.kind).filter { seen.insert($0).inserted }
    }

    /// Scores the trainee's picks.
    public func score(flags chosenFlags: Set<FlagKind>, strategies chosenStrategies: Set<String>) -> DrillScore {
        let expected = expectedFlags
        let offered = Set(strategyOptions.map(\.id))
        let picked = chosenStrategies.intersection(offered)
        return DrillScore(
            flags: SetScore(expected: Set(expected), chosen: chosenFlags),
            strategies: SetScore(expected: expectedStrategies, chosen: picked),
            missedFlags: expected.filter { !chosenFlags.contains($0) },
            wrongFlags: Self.flagChoices.filter { chosenFlags.contains($0) && !expected.contains($0) },
            missedStrategies: strategyOptions.filter { expectedStrategies.contains($0.id) && !picked.contains($0.id) },
            wrongStrategies: strategyOptions.filter { picked.contains($0.id) && !expectedStrategies.contains($0.id) })
    }

    /// The flags of a kind the engine raised (several for person flags).
    public func flags(of kind: FlagKind) -> [RiskFlag] { flags.filter { $0.kind == kind } }

    /// The rule that explains a risk: the most urgent recommended strategy it brought, else the
    /// highest-priority strategy whose `when:` names the flag.
    public func rule(explaining kind: FlagKind) -> Rule? {
        if let recommendation = recommendations.first(where: { $0.flags.contains(kind) }) { return recommendation.rule }
        return strategyRules
            .filter { rule in rule.when.contains { $0.flags?.contains(kind) ?? false } }
            .max { ($0.priority, $1.id) < ($1.priority, $0.id) }
    }

    /// The people a recommended strategy is for (empty when it is for the account as a whole).
    public func people(for rule: Rule) -> [String] {
        recommendations.filter { $0.rule.id == rule.id }.compactMap(\.person)
    }
}
