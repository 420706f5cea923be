import CoachCore
import CoachTestSupport
import Testing

@Suite struct DrillScenarioTests {
    func scenario(seed: UInt64 = 5) -> DrillScenario {
        var generator = SeededGenerator(seed: seed)
        return DrillScenario(account: TrainingFixtures.account, corpus: TrainingFixtures.corpus, today: "2026-11-29", generator: &generator)
    }

    @Test func expectsTheFlagsRiskFlagsComputes() {
        let drill = scenario()
        let computed = RiskFlags.compute(for: TrainingFixtures.account, today: "2026-11-29", overdueDays: 30, texts: Fixtures.corpus.flags).map(\.kind)
        #expect(drill.expectedFlags == computed)
        #expect(drill.expectedFlags == [.decisionMakerNotMet, .missingCoach])
    }

    @Test func offersTheRecommendedStrategiesMixedWithOnesThatDoNotApply() {
        let drill = scenario()
        let recommended = Set(StrategyMatcher.recommendations(corpus: TrainingFixtures.corpus, account: TrainingFixtures.account, flags: drill.flags).map(\.rule.id))
        #expect(drill.expectedStrategies == recommended)
        #expect(drill.expectedStrategies == ["strategy.dm-unreachable.what-to-do", "strategy.coach-cultivation.what-to-do"])
        let distractors = drill.strategyOptions.filter { !drill.expectedStrategies.contains($0.id) }.map(\.id)
        #expect(Set(distractors) == ["strategy.find-all-roles.what-to-do", "strategy.technical-respect.what-to-do"])
        #expect(drill.strategyOptions.allSatisfy { $0.kind == .strategy })
    }

    @Test func scoresPrecisionAndRecallAndListsTheMisses() {
        let drill = scenario()
        let score = drill.score(
            flags: [.missingCoach, .reorganized],
            strategies: ["strategy.coach-cultivation.what-to-do", "strategy.technical-respect.what-to-do"])
        #expect(score.flags == SetScore(expected: 2, chosen: 2, hits: 1))
        #expect(score.flags.precision == 0.5 && score.flags.recall == 0.5)
        #expect(score.missedFlags == [.decisionMakerNotMet])
        #expect(score.wrongFlags == [.reorganized])
        #expect(score.missedStrategies.map(\.id) == ["strategy.dm-unreachable.what-to-do"])
        #expect(score.wrongStrategies.map(\.id) == ["strategy.technical-respect.what-to-do"])
        #expect(score.percent == 50)
        let perfect = drill.score(flags: Set(drill.expectedFlags), strategies: drill.expectedStrategies)
        #expect(perfect.percent == 100)
        #expect(drill.score(flags: [], strategies: []).percent == 0)
    }

    @Test func explainsAMissedRiskWithTheStrategyItBrings() {
        let drill = scenario()
        #expect(drill.rule(explaining: .decisionMakerNotMet)?.id == "strategy.dm-unreachable.what-to-do")
        #expect(drill.rule(explaining: .opposed)?.id == "strategy.technical-respect.what-to-do")
        #expect(drill.people(for: drill.strategyOptions.first { $0.id == "strategy.dm-unreachable.what-to-do" }!) == ["Ann Boss"])
    }

    @Test func theOptionOrderDependsOnlyOnTheSeed() {
        #expect(scenario(seed: 9).strategyOptions.map(\.id) == scenario(seed: 9).strategyOptions.map(\.id))
    }

    @Test func setScoresOfNothing() {
        #expect(SetScore(expected: 0, chosen: 0, hits: 0).f1 == 1)
        #expect(SetScore(expected: 3, chosen: 0, hits: 0).f1 == 0)
        #expect(SetScore(expected: 0, chosen: 2, hits: 0).precision == 0)
    }
}
