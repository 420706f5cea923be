import CoachCore
import CoachTestSupport
import Testing

/// Strategies ordered by what the prep revealed, each saying why it is there.
@Suite struct StrategyPlanTests {
    static let today = "2026-11-30"
    let account = Fixtures.demoAccount("east-post")

    func plan(_ account: Account, answers: [PrepAnswer] = []) -> StrategyPlan {
        StrategyPlanner.plan(
            corpus: Fixtures.corpus, account: account, accountFlags: RiskFlags.compute(for: account, today: Self.today, overdueDays: 30, texts: Fixtures.corpus.flags), answers: answers)
    }

    @Test func noRestatedSelfChecksNorPrepareBeforeEveryContact() {
        for plan in [plan(account), plan(Fixtures.fixtureAccount("northwind-freight"))] {
            for advice in plan.all {
                #expect(advice.rule.kind != .selfCheck, "\(advice.rule.id)")
                #expect(!advice.rule.topics.contains("strategy.prepare-contact"), "\(advice.rule.id)")
                #expect(!advice.rule.topics.allSatisfy { $0.hasPrefix("selfcheck.") }, "\(advice.rule.id)")
            }
        }
    }

    @Test func topFiveFirstTheRestFolded() {
        let plan = plan(account)
        #expect(plan.top.count == 5)
        #expect(plan.all.count > 5)
        #expect(Array(plan.all.prefix(5)) == plan.top)
        #expect(plan.folded.count == plan.all.count - 5)
    }

    @Test func everyStrategySaysWhyItIsThere() {
        for advice in plan(account).all {
            #expect(!advice.reasons.isEmpty, "\(advice.rule.id) has no reason")
        }
    }

    @Test func anAnswerSaysYouSaidAndComesFirst() throws {
        // The file does not say 陳志明 is unmet; the salesperson says the decision maker is unmet and nobody can coach.
        let answers = [
            PrepAnswer(questionID: "q2b", value: .people(["王建國"])),
            PrepAnswer(questionID: "q1d", value: .people([])),
        ]
        let withPrep = plan(account, answers: answers)
        let coach = try #require(withPrep.all.first { $0.rule.id == "strategy.coach-cultivation.what-to-do" })
        #expect(coach.fromAnswers)
        #expect(coach.reasons.contains { $0.en == "you said nobody could coach you in this deal" })
        let dm = try #require(withPrep.all.first { $0.people.contains("王建國") && $0.flags.contains(.decisionMakerNotMet) })
        #expect(dm.reasons.contains { $0.zhHant == "你說你還沒見過王總經理" })
        // Without the prep the file says so itself.
        let fileOnly = try #require(plan(account).all.first { $0.people.contains("王建國") && $0.flags.contains(.decisionMakerNotMet) })
        #expect(fileOnly.reasons.contains { $0.en == "the file says you have not met 王總經理, who decides" })
        #expect(withPrep.all.map(\.rule.id) != plan(account).all.map(\.rule.id))
    }

    @Test func answersClearWhatTheyContradict() {
        // The file says reorganised and purchasing power decreased; the salesperson says neither holds any more.
        let answers = [PrepAnswer(questionID: "q3d", value: .no), PrepAnswer(questionID: "q3a", value: .no)]
        let flags = plan(account, answers: answers).flags.map(\.kind)
        #expect(!flags.contains(.reorganized))
        #expect(!flags.contains(.purchasingPowerChanged))
        #expect(plan(account).flags.map(\.kind).contains(.reorganized))
    }

    @Test func notSureIsARiskWithItsOwnReason() throws {
        let plan = plan(Fixtures.fixtureAccount("northwind-freight"), answers: [PrepAnswer(questionID: "q3a", value: .unsure)])
        #expect(plan.flags.contains { $0.kind == .purchasingPowerChanged })
        let reasons = plan.all.flatMap(\.reasons).map(\.en)
        #expect(!reasons.contains("you said purchasing power has changed"))
    }

    @Test func theOpposedFinanceHeadGetsTheFinanceRuleWithItsReason() throws {
        let advice = try #require(plan(account).all.first { $0.rule.id == "strategy.opposed-finance.what-to-do" })
        #expect(advice.people == ["張淑芬"])
        #expect(advice.reasons.contains { $0.zhHant == "張處長反對我們" })
        #expect(!plan(account).all.contains { $0.rule.topics.contains("strategy.technical-respect") && $0.people.contains("張淑芬") })
    }

    @Test func groupsStrategiesByPerson() {
        let byPerson = plan(account).byPerson(account)
        #expect(byPerson.map(\.person).contains("張淑芬"))
        #expect(byPerson.allSatisfy { !$0.advice.isEmpty })
    }

    /// A big account (a 1 MB file holds thousands of people): planned without comparing every
    /// person with every flag; before, 600 people took two minutes and 3000 did not finish.
    @Test(.timeLimit(.minutes(1))) func anAccountWithThousandsOfPeopleIsPlanned() throws {
        var big = account
        big.people = (0..<3000).map { index in
            Person(
                name: "Person \(index)", title: "Manager", role: index == 0 ? .decisionMaker : .user,
                reportsTo: index == 0 ? nil : "Person \(index - 1)", influence: .high, support: .neutral, contact: .low,
                met: false, isNew: true)
        }
        let plan = plan(big)
        #expect(!plan.all.isEmpty)
        #expect(plan.all.contains { $0.people.count > 1000 })
    }
}
