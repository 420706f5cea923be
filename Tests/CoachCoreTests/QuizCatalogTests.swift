import CoachCore
import CoachTestSupport
import Testing

@Suite struct QuizCatalogTests {
    let catalog = QuizCatalog(corpus: TrainingFixtures.corpus)

    @Test func everyQuizItemHasAStableIDFromItsRule() {
        #expect(catalog.entries.map(\.id).contains("lesson.1.second#2"))
        #expect(catalog.entry(id: "visit.follow-up.owner#1")?.item.kind == .freeText)
        #expect(catalog.entries.count == 9)
    }

    @Test func filtersByTopicOrByArea() throws {
        let topic = try catalog.entries(matching: "strategy.coach-cultivation").get()
        #expect(Set(topic.map(\.rule.id)) == ["lesson.2.only", "strategy.coach-cultivation.what-to-do"])
        let area = try catalog.entries(matching: "role").get()
        #expect(area.allSatisfy { $0.rule.topics.contains { $0.hasPrefix("role.") } })
        #expect(area.count == 5)
        #expect(try catalog.entries(matching: nil).get().count == catalog.entries.count)
    }

    @Test func aTopicWithoutQuestionsIsAnErrorListingTopicsThatHaveThem() {
        guard case .failure(let error) = catalog.entries(matching: "personality.tiger") else {
            Issue.record("a topic without quiz items must be refused")
            return
        }
        #expect(error.isTopic)
        #expect(!error.available.contains("personality.tiger"))
        #expect(error.available == ["role.decision-maker", "role.coach", "strategy.coach-cultivation", "strategy.find-all-roles", "visit.follow-up"])
        guard case .failure(let unknown) = catalog.entries(matching: "golf") else {
            Issue.record("an unknown topic must be refused")
            return
        }
        #expect(!unknown.isTopic)
        #expect(catalog.areasWithItems == ["role", "strategy", "visit"])
    }

    @Test func aQuizNeverAsksAboutATopicTheCorpusDoesNotCover() {
        for topic in TrainingFixtures.topics.map(\.id) + ["role", "strategy", "personality", "nothing"] {
            guard case .success(let entries) = catalog.entries(matching: topic) else { continue }
            for seed in 0..<20 as Range<UInt64> {
                var generator = SeededGenerator(seed: seed)
                let plan = QuizPlan(from: entries, reviews: [:], today: "2026-11-29", count: 5, generator: &generator)
                for question in plan.questions {
                    #expect(catalog.entry(id: question.entry.id) != nil)
                    #expect(question.entry.rule.topics.contains { $0 == topic || $0.hasPrefix(topic + ".") })
                }
            }
        }
    }

    @Test func theRealCorpusQuizzesOnlyOnTopicsItHasQuestionsFor() {
        let corpus = Fixtures.corpus
        let real = QuizCatalog(corpus: corpus)
        #expect(!real.entries.isEmpty)
        for topic in corpus.topics.map(\.id) {
            switch real.entries(matching: topic) {
            case .success(let entries):
                #expect(!entries.isEmpty)
                #expect(entries.allSatisfy { $0.rule.topics.contains(topic) }, "\(topic)")
            case .failure(let error):
                #expect(!real.topicsWithItems.contains(topic), "\(topic) has items but was refused")
                #expect(error.available == real.topicsWithItems)
            }
        }
    }

    @Test func dueItemsComeFirstThenNewOnes() {
        let entries = catalog.entries
        let reviews = [
            "role.coach.basics#1": ReviewState(itemID: "role.coach.basics#1", box: 1, lastReviewed: "2026-11-28", dueOn: "2026-11-28"),
            "lesson.2.only#1": ReviewState(itemID: "lesson.2.only#1", box: 3, lastReviewed: "2026-11-20", dueOn: "2026-11-23"),
            "visit.follow-up.owner#1": ReviewState(itemID: "visit.follow-up.owner#1", box: 2, lastReviewed: "2026-11-29", dueOn: "2026-11-30"),
        ]
        var generator = SeededGenerator(seed: 3)
        let plan = QuizPlan(from: entries, reviews: reviews, today: "2026-11-29", count: 5, generator: &generator)
        #expect(plan.questions.prefix(2).map(\.entry.id) == ["lesson.2.only#1", "role.coach.basics#1"])
        #expect(plan.dueCount == 2)
        #expect(plan.newCount == 3)
        #expect(!plan.questions.map(\.entry.id).contains("visit.follow-up.owner#1"))
    }

    @Test func itemsNotYetDueFillAQuizOnlyWhenNothingElseIsLeft() {
        let entries = [catalog.entry(id: "role.coach.basics#1")!, catalog.entry(id: "role.decision-maker.basics#1")!]
        let reviews = ["role.coach.basics#1": ReviewState(itemID: "role.coach.basics#1", box: 5, lastReviewed: "2026-11-29", dueOn: "2026-12-13")]
        var generator = SeededGenerator(seed: 3)
        let plan = QuizPlan(from: entries, reviews: reviews, today: "2026-11-29", count: 5, generator: &generator)
        #expect(plan.questions.map(\.entry.id) == ["role.decision-maker.basics#1", "role.coach.basics#1"])
    }

    @Test func optionsAreShuffledWithTheSeedAndTheRightOneIsTracked() {
        let entry = catalog.entry(id: "role.decision-maker.basics#1")!
        var orders = Set<[Int]>()
        for seed in 0..<30 as Range<UInt64> {
            var generator = SeededGenerator(seed: seed)
            let question = QuizQuestion(entry: entry, generator: &generator)
            orders.insert(question.order)
            let right = question.answerIndex!
            #expect(question.options(.en)[right] == "Decision maker")
            #expect(question.options(.zhHant)[right] == "選項Decision maker")
            #expect(question.isRight(choice: right))
            #expect(!question.isRight(choice: (right + 1) % 4))
        }
        #expect(orders.count > 5)
        var again = SeededGenerator(seed: 11), once = SeededGenerator(seed: 11)
        #expect(QuizQuestion(entry: entry, generator: &again).order == QuizQuestion(entry: entry, generator: &once).order)
    }
}
