import CoachCore
import CoachRetrieval
import CoachTestSupport
import Testing

@Suite struct NormalizerTests {
    @Test func foldsTraditionalToSimplifiedAndFullWidthToHalfWidth() {
        #expect(TextNormalizer.normalize("老闆不見我") == "老板不见我")
        #expect(TextNormalizer.normalize("ＫＰ決策者") == "kp决策者")
        #expect(TextNormalizer.normalize("Who's the GM?") == "who's the gm ")
    }

    @Test func tokenisesChineseAsPairsAndSingles() {
        let tokens = Tokenizer.tokens("决策者")
        #expect(tokens.filter { !$0.isUnigram }.map(\.text) == ["决策", "策者"])
        #expect(tokens.filter(\.isUnigram).map(\.text) == ["决", "策", "者"])
    }

    @Test func stemsEnglishLightlyAndDropsStopWords() {
        #expect(Tokenizer.tokens("the coaches meeting").map(\.text) == ["coach", "meet"])
        #expect(Tokenizer.tokens("decision makers").map(\.text) == ["decision", "maker"])
        #expect(Tokenizer.tokens("she generously consigned it").map(\.text) == ["generous", "consign"])
    }

    @Test func inflectionsOfAWordEndingInSilentEShareAStem() {
        let stems = Set(["change", "changed", "changing", "changes"].flatMap { Tokenizer.tokens($0).map(\.text) })
        #expect(stems.count == 1)
        #expect(Tokenizer.tokens("approve approved").map(\.text).count == 2)
        #expect(Set(Tokenizer.tokens("approve approved").map(\.text)).count == 1)
        // Short words and a double e stay as they are.
        #expect(Tokenizer.tokens("free fee line").map(\.text) == ["free", "fee", "line"])
    }

    @Test func keepsTheAcronymITApartFromThePronoun() {
        #expect(TextNormalizer.normalizeForMatching("Who signs off for IT?") == "who signs off for IT ")
        #expect(Tokenizer.tokens(TextNormalizer.normalizeForMatching("the IT head says it is fine")).map(\.text) == ["IT", "head", "say", "fine"])
        #expect(Tokenizer.tokens(TextNormalizer.normalizeForMatching("IT部门")).map(\.text).first == "IT")
        // Lower case, a longer word, or a whole text in capitals: the pronoun (a stop word) or a word.
        #expect(TextNormalizer.normalizeForMatching("it is fine, ITEMS, Italy") == "it is fine  items  italy")
        #expect(TextNormalizer.normalizeForMatching("WHAT IS IT") == "what is it")
        // Search boxes still fold every capital.
        #expect(TextNormalizer.normalize("the IT head") == "the it head")
    }
}

@Suite struct RetrievalTests {
    func topTopics(_ query: String) -> [String] {
        let result = Fixtures.index.search(query)
        guard result.verdict == .confident else { return [] }
        return result.hits.first?.rule.topics ?? []
    }

    @Test(arguments: [
        ("老闆一直不見我怎麼辦", "strategy.decision-maker-unreachable"),
        ("老板一直不见我怎么办", "strategy.decision-maker-unreachable"),
        ("the big boss won't meet me", "strategy.decision-maker-unreachable"),
        ("技術部的人一直質疑我們的產品", "strategy.technical-respect"),
        ("how do I find a coach inside the client", "strategy.coach-cultivation"),
        ("客户生日怎么关怀", "care.birthday"),
        ("who is the desicion maker usually", "role.decision-maker"),
    ])
    func answersColloquialQuestionsWithTheRightTopic(query: String, topic: String) {
        #expect(topTopics(query).contains(topic), "\(query) -> \(Fixtures.index.search(query).hits.prefix(3).map(\.rule.id))")
    }

    @Test(arguments: [
        ("client bday tmr, what shd i do", "care.birthday"),
        ("boss wont see me, what now", "strategy.decision-maker-unreachable"),
    ])
    func foldsTextingShorthandBeforeMatching(query: String, topic: String) {
        #expect(topTopics(query).contains(topic), "\(query) -> \(Fixtures.index.search(query).hits.prefix(3).map(\.rule.id))")
    }

    @Test(arguments: [
        ("what is an insider in the client company", "role.coach"),
        ("what do end users want from our product", "role.user"),
    ])
    func aQuestionAskingWhatSomethingIsFindsTheRuleThatSaysSo(query: String, topic: String) {
        #expect(topTopics(query).contains(topic), "\(query) -> \(Fixtures.index.search(query).hits.prefix(3).map(\.rule.id))")
    }

    @Test func aMethodTermCoversTheWordsThatNamedItForARuleSayingItOtherwise() throws {
        // "revisit the plan" is a glossary term of the monthly review; the review rule says it in
        // other words, so without the concept's coverage the question looks half out of scope.
        let query = "our team lead wants us to revisit the plan every month, why"
        var without = RankingWeights.standard
        without.conceptCoverage = 0
        let plain = RetrievalIndex(corpus: Fixtures.corpus, weights: without).search(query, limit: 10)
        let covered = Fixtures.index.search(query, limit: 10)
        let review = { (result: SearchResult) in result.hits.first { $0.rule.topics.contains("workflow.review") } }
        let before = try #require(review(plain)), after = try #require(review(covered))
        #expect(after.coverage > before.coverage)
        #expect(covered.verdict == .confident)
        #expect(covered.hits.first?.rule.topics.contains("workflow.review") == true)
    }

    @Test func aParticleDoesNotCountAgainstCoverage() throws {
        let plain = try #require(Fixtures.index.search("how to remember client birthdays").hits.first)
        let particle = try #require(Fixtures.index.search("how to remember client birthdays lah").hits.first)
        #expect(particle.rule.id == plain.rule.id)
        #expect(particle.coverage == plain.coverage)
    }

    @Test func aNameTheCorpusNeverUsesDoesNotMakeTheQuestionOutOfScope() {
        let result = Fixtures.index.search("張淑芬是財務主管，一直反對我們怎麼辦")
        #expect(result.verdict != .outOfScope)
        #expect(result.hits.first?.rule.topics.contains { $0.hasPrefix("strategy.") } == true)
    }

    @Test func aDidIQuestionFindsTheSelfCheck() {
        #expect(topTopics("did I write down my questions before the visit").contains("selfcheck.question-outline"))
        // The same words told as a statement lean to preparing the contact.
        #expect(!topTopics("I wrote down my questions before the visit").contains("selfcheck.question-outline"))
    }

    @Test func correctsAMisspeltEnglishWordOnlyWhenItIsUnknown() {
        #expect(Tokenizer.tokens("desicion").map(\.text) == ["desicion"])
        let misspelt = Fixtures.index.search("who is the desicion maker usually").hits.first?.rule.id
        let spelt = Fixtures.index.search("who is the decision maker usually").hits.first?.rule.id
        #expect(misspelt == spelt)
    }

    @Test(arguments: ["What is the capital of Australia?", "明天北京天气怎么样", "紅燒牛肉麵要怎麼煮", "asdf qwer zxcv"])
    func declinesQuestionsOutsideTheMethod(query: String) {
        #expect(Fixtures.index.search(query).verdict == .outOfScope)
    }

    @Test func answersSimplifiedQuestionsAndTraditionalQuestionsAlike() {
        let simplified = Fixtures.index.search("无尾熊型的人怎么打交道").hits.first?.rule.id
        let traditional = Fixtures.index.search("無尾熊型的人怎麼打交道").hits.first?.rule.id
        #expect(simplified != nil)
        #expect(simplified == traditional)
    }
}

@Suite struct GlossaryPhraseTests {
    @Test(arguments: [
        ("what type of person is the boss", "peacock"),
        ("猫头鹰型的老板怎么谈", "peacock"),
        ("老虎型客户", "peacock"),
        ("we stood in line for an hour", "wechat"),
    ])
    func aTermMatchesOnlyAsAWholePhrase(question: String, absent: String) {
        #expect(!Fixtures.index.glossaryConcepts(in: question).contains(absent), "\(question)")
    }

    @Test(arguments: [
        ("she is an I-type personality", "peacock"),
        ("他是I型性格", "peacock"),
        ("老闆是貓頭鷹型", "owl"),
        ("有個副總要用永久記憶法溝通嗎", "high-influence-low-contact"),
        ("會計主任一直砍價", "finance-gatekeeper"),
    ])
    func aWholePhraseNamesItsConcept(question: String, concept: String) {
        #expect(Fixtures.index.glossaryConcepts(in: question).contains(concept), "\(question)")
    }

    @Test func theLongestOverlappingTermWins() {
        let concepts = Fixtures.index.glossaryConcepts(in: "老板不见我")
        #expect(concepts.contains("decision-maker-unreachable"))
        #expect(!concepts.contains("decision-maker"))
    }

    @Test func lintRefusesTermsThatCollapse() {
        let entry = GlossaryEntry(id: "peacock", topics: ["personality.peacock"], terms: [
            .en: ["peacock", "I type", "the one who pays"], .zhHans: ["孔雀型", "I型"], .zhHant: ["孔雀型", "型"],
        ])
        let problems = GlossaryLint.collapsingTerms([entry])
        #expect(Set(problems.map(\.term)) == ["I type", "the one who pays", "I型", "型"])
        #expect(problems.first { $0.term == "I type" }?.kept == ["type"])
    }

    @Test func theRealGlossaryPassesTheLint() {
        #expect(GlossaryLint.collapsingTerms(Fixtures.corpus.glossary).map(\.message) == [])
    }
}
