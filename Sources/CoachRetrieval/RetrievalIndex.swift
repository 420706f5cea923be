public import CoachCore
import Foundation

/// The index and ranking for free-text questions: BM25F over a rule's example questions, title and
/// gist, glossary concepts and body, in all three languages folded together.
///
/// ```swift
/// let index = RetrievalIndex(corpus: corpus)
/// let result = index.search("老闆一直不見我怎麼辦")
/// ```
public struct RetrievalIndex: Sendable, Codable {
    public let weights: RankingWeights
    /// The rules that can be answers (lessons are left to the training course). Not written into a
    /// snapshot: the corpus section holds them, and `attaching(rulesOf:)` puts them back.
    public private(set) var rules: [Rule] = []
    /// The ids of `rules`, to check that a decoded index belongs to the corpus it is attached to.
    private let ruleIDs: [String]
    /// Rules as documents: example questions, title and gist, glossary concepts, body.
    private let ruleIndex: InvertedIndex
    /// Every example question as its own small document, for nearest-question matching, and every
    /// off-topic example question too (its rule is -1): when one of those matches better than any
    /// rule's example, the coach declines.
    private let askIndex: InvertedIndex
    private let askRule: [Int]
    /// The topics of each rule, numbered (topic-level scoring lets one topic's rules reinforce each other).
    private let ruleTopics: [[Int]]
    private let topicCount: Int
    private let glossary: GlossaryMatcher
    private let tokenTable: TokenLookup
    /// English words of the corpus as written (not stemmed), by first letter (a `String`, so the
    /// index is `Codable`), to correct a misspelt word in a question before it is stemmed.
    private let spelling: [String: [String]]
    /// How people shorten English words when they type, folded on both sides before matching.
    private let shorthand: Shorthand

    /// The glossary concepts (entry ids) a text names as a question would: a quiz answer's key
    /// points are matched with them, so a synonym counts as the word.
    public func conceptIDs(in text: String) -> Set<String> { glossary.conceptIDs(in: text) }

    /// Builds the index. O(total text) time and memory.
    public init(corpus: Corpus, weights: RankingWeights = .standard) {
        self.weights = weights
        let rules = Self.answerRules(of: corpus)
        self.rules = rules
        self.ruleIDs = rules.map(\.id)
        var table = TokenTable()
        let shorthand = corpus.shorthand
        self.shorthand = shorthand
        let glossary = GlossaryMatcher(entries: corpus.glossary, shorthand: shorthand, table: &table)
        self.glossary = glossary

        // Every English word as written, for correcting a question's spelling.
        var words = Set<String>()
        func tokens(_ text: String) -> [Token] {
            Tokenizer.tokens(TextNormalizer.normalizeForMatching(text), shorthand: shorthand, spelling: { words.insert($0); return $0 })
        }
        func ids(_ text: String) -> [Int32] { tokens(text).map { table.intern($0.text) } }
        func concepts(_ set: Set<Int>) -> [Int32] { set.sorted().map { table.intern("#g\($0)") } }

        var fieldTokens: [[[Int32]]] = []
        var askTokens: [[Int32]] = []
        var askRule: [Int] = []
        fieldTokens.reserveCapacity(rules.count)
        var topicNumbers: [String: Int] = [:]
        var ruleTopics: [[Int]] = []
        for (ruleNumber, rule) in rules.enumerated() {
            let titleText = (rule.title.all + rule.gist.all).joined(separator: " \n ")
            let title = ids(titleText)
            let body = ids(rule.body.all.joined(separator: " \n "))
            var ruleConcepts = rule.title.all.reduce(into: Set<Int>()) { $0.formUnion(glossary.concepts(in: $1)) }
            var askList: [Int32] = []
            for ask in Language.allCases.flatMap({ rule.asks[$0] ?? [] }) {
                var askIDs = ids(ask)
                if QuestionForm.isSelfCheck(Tokenizer.phraseUnits(TextNormalizer.normalizeForMatching(ask), shorthand: shorthand, spelling: { $0 })) {
                    askIDs.append(table.intern(QuestionForm.selfCheckToken))
                }
                let askConcepts = glossary.concepts(in: ask)
                ruleConcepts.formUnion(askConcepts)
                askList += askIDs
                askTokens.append(askIDs + concepts(askConcepts))
                askRule.append(ruleNumber)
            }
            // A rule is about its topics and the glossary concepts it names.
            let conceptIDs = concepts(ruleConcepts) + rule.topics.map { table.intern("#t:" + $0) }
            fieldTokens.append([askList, title, conceptIDs, body])
            ruleTopics.append(rule.topics.map { topic in
                if let number = topicNumbers[topic] { return number }
                topicNumbers[topic] = topicNumbers.count
                return topicNumbers.count - 1
            })
        }
        self.ruleTopics = ruleTopics
        self.topicCount = topicNumbers.count

        let fieldWeights = [weights.asks, weights.title, weights.glossary, weights.body]
        let fieldB = [weights.asksB, weights.titleB, weights.glossaryB, weights.bodyB]
        var averages = [Double](repeating: 0, count: 4)
        for tokens in fieldTokens { for field in 0..<4 { averages[field] += Double(tokens[field].count) } }
        averages = averages.map { $0 / Double(max(1, rules.count)) }
        var scratch = InvertedIndex.Scratch()
        var ruleIndex = InvertedIndex()
        for tokens in fieldTokens {
            ruleIndex.add(fields: tokens, weights: fieldWeights, b: fieldB, averageLengths: averages, scratch: &scratch)
        }
        ruleIndex.finish()
        self.ruleIndex = ruleIndex

        // Off-topic examples are documents of the same question index (rule -1), so their scores and
        // the rules' example questions' scores share one IDF and one length norm: comparable.
        for entry in corpus.offTopic {
            for question in entry.questions.values.flatMap({ $0 }) {
                askTokens.append(ids(question))
                askRule.append(-1)
            }
        }
        self.askIndex = Self.shortDocumentIndex(askTokens, scratch: &scratch)
        self.askRule = askRule
        self.tokenTable = TokenLookup(table)
        for entry in corpus.glossary {
            for term in entry.allTerms { _ = tokens(term) }
        }
        var spelling: [String: [String]] = [:]
        for word in words where word.count >= 4 && word.allSatisfy({ $0.isASCII && $0.isLowercase }) {
            spelling[String(word.first!), default: []].append(word)
        }
        self.spelling = spelling.mapValues { $0.sorted() }
    }

    /// The rules of `corpus` that can be answers.
    static func answerRules(of corpus: Corpus) -> [Rule] { corpus.rules.filter { $0.kind != .lesson } }

    enum CodingKeys: String, CodingKey {
        case weights, ruleIDs, ruleIndex, askIndex, askRule, ruleTopics, topicCount, glossary, tokenTable, spelling, shorthand
    }

    /// This index (decoded from a snapshot, without its rules) with the rules of `corpus` it was
    /// built from; nil when they are not the same rules.
    public func attaching(rulesOf corpus: Corpus) -> RetrievalIndex? {
        let rules = Self.answerRules(of: corpus)
        guard rules.map(\.id) == ruleIDs, ruleIndex.documentCount == rules.count, askIndex.documentCount == askRule.count,
              askRule.allSatisfy({ $0 < rules.count }),
              ruleTopics.count == rules.count, ruleTopics.allSatisfy({ $0.allSatisfy { $0 >= 0 && $0 < topicCount } }) else { return nil }
        var attached = self
        attached.rules = rules
        return attached
    }

    /// An index of short documents (questions), one field, BM25 length normalisation.
    static func shortDocumentIndex(_ documents: [[Int32]], scratch: inout InvertedIndex.Scratch) -> InvertedIndex {
        let average = documents.isEmpty ? 1 : Double(documents.reduce(0) { $0 + $1.count }) / Double(documents.count)
        var index = InvertedIndex()
        for tokens in documents {
            index.add(fields: [tokens], weights: [1], b: [0.75], averageLengths: [average], scratch: &scratch)
        }
        index.finish()
        return index
    }

    /// Ranks the rules for a question and decides whether to answer, ask back or decline.
    ///
    /// - Complexity: O(query tokens × their postings).
    public func search(_ query: String, limit: Int = 5) -> SearchResult {
        let terms = queryTerms(query)
        let totalWeight = terms.reduce(0) { $0 + $1.coverageWeight }
        guard totalWeight > 0, !rules.isEmpty else { return SearchResult(query: query, hits: [], verdict: .outOfScope) }

        var scores = [Double](repeating: 0, count: rules.count)
        var matched = [Double](repeating: 0, count: rules.count)
        accumulate(terms, in: ruleIndex, scores: &scores, matched: &matched)

        // Nearest example question: a rule gains from its best-matching ask.
        var askScores = [Double](repeating: 0, count: askRule.count)
        var askMatched = [Double](repeating: 0, count: askRule.count)
        accumulate(terms, in: askIndex, scores: &askScores, matched: &askMatched)
        var bestAsk = [Double](repeating: 0, count: rules.count)
        for (ask, score) in askScores.enumerated() where askRule[ask] >= 0 && score > bestAsk[askRule[ask]] {
            bestAsk[askRule[ask]] = score
        }
        var combined = [Double](repeating: 0, count: rules.count)
        var coverage = [Double](repeating: 0, count: rules.count)
        for rule in 0..<rules.count {
            coverage[rule] = min(1, matched[rule] / totalWeight)
            combined[rule] = (scores[rule] + weights.nearestAsk * bestAsk[rule]) * pow(coverage[rule], weights.coordination)
        }
        // A question asking what something is or who someone is ("what is an insider") leans to the
        // rules that say what it is (knowledge) over those that say what to do about it.
        if weights.knowledgeBoost != 1, QuestionForm.isDefinition(TextNormalizer.normalizeForMatching(query)) {
            for rule in 0..<rules.count where rules[rule].kind == .knowledge { combined[rule] *= weights.knowledgeBoost }
        }
        // Topic-level scoring: a rule gains a share of the best other rules on its topic, so a topic
        // several of whose rules match beats a single rule that happens to share words.
        if weights.topicSupport > 0 {
            var first = [Double](repeating: 0, count: topicCount), second = first
            for rule in 0..<rules.count {
                for topic in ruleTopics[rule] {
                    let score = combined[rule]
                    if score > first[topic] { second[topic] = first[topic]; first[topic] = score } else if score > second[topic] { second[topic] = score }
                }
            }
            let own = combined
            for rule in 0..<rules.count where own[rule] > 0 {
                var support = 0.0
                for topic in ruleTopics[rule] {
                    let other = first[topic] == own[rule] ? second[topic] : first[topic]
                    support = max(support, min(other, own[rule]))
                }
                combined[rule] += weights.topicSupport * support
            }
        }
        let ranked = (0..<rules.count).filter { combined[$0] > 0 }.sorted { (combined[$0], -$0) > (combined[$1], -$1) }
        let hits = ranked.prefix(max(limit, 2)).map { index in
            SearchHit(rule: rules[index], score: combined[index], coverage: coverage[index])
        }
        guard let best = hits.first else { return SearchResult(query: query, hits: [], verdict: .outOfScope) }
        if best.coverage < weights.minimumCoverage || best.score < weights.minimumScore {
            return SearchResult(query: query, hits: Array(hits.prefix(limit)), verdict: .outOfScope)
        }
        // Declining against the off-topic examples, scored in the same index as the rules' example
        // questions (one IDF, one length norm): comparable scores.
        var plainScores = [Double](repeating: 0, count: askRule.count)
        var plainMatched = [Double](repeating: 0, count: askRule.count)
        accumulate(terms, in: askIndex, scores: &plainScores, matched: &plainMatched, expansions: false)
        var bestOff = 0.0, bestIn = 0.0
        for (ask, score) in plainScores.enumerated() {
            if askRule[ask] < 0 {
                // Only an off-topic example that covers a fair share of the question counts: one
                // shared common word must not outweigh a weak but real match.
                if plainMatched[ask] >= weights.offTopicCoverage * totalWeight { bestOff = max(bestOff, score) }
            } else {
                // A rule's example question also earns what the question's method terms (glossary
                // concepts) add: off-topic examples have none, and a method term is in scope.
                bestIn = max(bestIn, weights.offTopicConcepts ? askScores[ask] : score)
            }
        }
        if bestOff > 0, bestOff > bestIn * weights.offTopicMargin {
            return SearchResult(query: query, hits: Array(hits.prefix(limit)), verdict: .outOfScope)
        }
        if hits.count > 1 {
            let second = hits[1]
            let differentTopic = Set(best.rule.topics).isDisjoint(with: second.rule.topics)
            if differentTopic, best.score < second.score * weights.minimumRatio, best.coverage < weights.confidentCoverage {
                return SearchResult(query: query, hits: Array(hits.prefix(limit)), verdict: .unsure)
            }
        }
        return SearchResult(query: query, hits: Array(hits.prefix(limit)), verdict: .confident)
    }

    /// The glossary entries (method terms) a question names as whole phrases, by id.
    public func glossaryConcepts(in question: String) -> [String] {
        glossary.concepts(in: question).sorted().map { glossary.entries[$0].id }
    }

    /// Adds BM25 contributions of `terms` to `scores`, and their coverage weight to `matched`.
    private func accumulate(_ terms: [QueryTerm], in index: InvertedIndex, scores: inout [Double], matched: inout [Double], expansions: Bool = true) {
        let k1 = weights.k1
        // The question's words a document matched, as bits (a word and a method term naming it
        // count once); words past the 64th are added one by one.
        var covered = [UInt64](repeating: 0, count: matched.count)
        for term in terms where expansions || !term.isExpansion {
            guard let id = term.id else { continue }
            let idf = index.idf(id)
            for slot in index.postings(id) {
                let doc = Int(index.docs[slot])
                let tf = Double(index.tfs[slot])
                scores[doc] += term.weight * idf * tf * (k1 + 1) / (tf + k1)
                if term.covers != 0 { covered[doc] |= term.covers } else { matched[doc] += term.coverageWeight }
            }
        }
        let bitWeights = terms.prefix(64).map { $0.covers.nonzeroBitCount == 1 && !$0.isExpansion ? $0.coverageWeight : 0 }
        for doc in covered.indices where covered[doc] != 0 {
            var bits = covered[doc]
            while bits != 0 {
                let bit = bits.trailingZeroBitCount
                matched[doc] += bitWeights[bit]
                bits &= bits - 1
            }
        }
    }

    /// A misspelt English word (as typed, before stemming) replaced by the corpus word one edit away
    /// (two for long words) with the same first letter; a word whose stem the index knows, a stop
    /// word or a short word stays as it is.
    func corrected(_ word: String) -> String {
        guard word.count >= 5, !Tokenizer.stopWords.contains(word), word.allSatisfy({ $0.isASCII && $0.isLowercase }),
              tokenTable.id(Tokenizer.stem(word)) == nil, let candidates = spelling[String(word.first!)] else { return word }
        let limit = word.count >= 8 ? 2 : 1
        var best: (word: String, distance: Int)?
        for candidate in candidates where abs(candidate.count - word.count) <= limit {
            let distance = Suggestion.editDistance(word, candidate)
            if distance <= limit, distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
        }
        return best?.word ?? word
    }

    struct QueryTerm {
        var id: Int32?
        var weight: Double
        var isExpansion = false
        /// How much the term counts towards coverage: the IDF of English words and single Chinese
        /// characters (pairs that straddle two words would count noise), nothing for expansions.
        var coverageWeight = 0.0
        /// The question's words (by their bit, the first 64 terms) the term stands for when a
        /// document has it: its own bit for a word, the words of the phrase for a method term.
        var covers: UInt64 = 0
    }

    /// The query's tokens with weights, plus glossary synonyms and concepts.
    func queryTerms(_ query: String) -> [QueryTerm] {
        let normalized = TextNormalizer.normalizeForMatching(query)
        let tokens = Tokenizer.tokens(normalized, shorthand: shorthand, spelling: corrected)
        let units = Tokenizer.phraseUnits(normalized, shorthand: shorthand, spelling: corrected)
        var weightsByToken: [String: Double] = [:]
        var order: [String] = []
        var unigrams = Set<String>()
        for token in tokens {
            if weightsByToken[token.text] == nil { order.append(token.text) }
            let weight = token.isUnigram ? weights.unigramWeight : 1
            weightsByToken[token.text] = max(weightsByToken[token.text] ?? 0, weight)
            if token.isUnigram { unigrams.insert(token.text) }
        }
        var terms: [QueryTerm] = order.map { text in
            let id = tokenTable.id(text)
            let idf = ruleIndex.idf(id)
            let isCJK = text.first.map(TextNormalizer.isCJK) == true
            let isPair = !unigrams.contains(text) && isCJK
            // A Chinese character that neither a rule nor an off-topic example has ever used (in a
            // person's name, mostly) counts less against the share of the question a rule matches.
            let unknown = isCJK && (id.map { askIndex.postings($0).isEmpty && ruleIndex.postings($0).isEmpty } ?? true)
            let share = unknown ? weights.unknownCharacterCoverage : 1
            return QueryTerm(id: id, weight: weightsByToken[text]!, coverageWeight: isPair ? 0 : idf * share)
        }
        for index in terms.indices.prefix(64) where terms[index].coverageWeight > 0 { terms[index].covers = 1 << UInt64(index) }
        // Glossary expansion: concepts and synonyms count towards the score; a concept also covers
        // the question's words that named it, for a rule that names the concept in other words.
        let queryIDs = Set(terms.compactMap(\.id))
        var expansions: [Int32: Double] = [:]
        var conceptCovers: [Int32: UInt64] = [:]
        func expand(_ id: Int32?, _ weight: Double) {
            guard let id, !queryIDs.contains(id) else { return }
            expansions[id] = max(expansions[id] ?? 0, weight)
        }
        let termIndex = Dictionary(order.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        for match in glossary.matches(inUnits: units) where weights.conceptCoverage > 0 {
            guard let id = tokenTable.id("#g\(match.entry)") else { continue }
            for unit in units[match.range] {
                if let index = termIndex[unit], index < 64 { conceptCovers[id, default: 0] |= terms[index].covers }
            }
        }
        for entry in glossary.concepts(inUnits: units).sorted() {
            expand(tokenTable.id("#g\(entry)"), weights.conceptWeight)
            for topic in glossary.entries[entry].topics { expand(tokenTable.id("#t:" + topic), weights.topicConceptWeight) }
            for synonym in glossary.synonymTokens[entry] { expand(synonym, weights.expansionWeight) }
        }
        // The shape of the question: "did I…" asks as a self-check does.
        if QuestionForm.isSelfCheck(units) { expand(tokenTable.id(QuestionForm.selfCheckToken), weights.formWeight) }
        for (id, weight) in expansions.sorted(by: { $0.key < $1.key }) {
            terms.append(QueryTerm(id: id, weight: weight, isExpansion: true, covers: conceptCovers[id] ?? 0))
        }
        return terms
    }
}

/// A rule the index found, with its score and the share of the question it matched.
public struct SearchHit: Sendable {
    public var rule: Rule
    public var score: Double
    public var coverage: Double
}

/// The ranked rules for a question and what the coach should do with them.
public struct SearchResult: Sendable {
    public enum Verdict: Sendable, Equatable {
        /// Answer with the best rule.
        case confident
        /// Two different rules are about as likely: ask which one.
        case unsure
        /// Nothing in the corpus matches well: say it is outside what the coach covers.
        case outOfScope
    }

    public var query: String
    public var hits: [SearchHit]
    public var verdict: Verdict
}
