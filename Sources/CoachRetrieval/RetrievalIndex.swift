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
    /// The rules that can be answers (lessons are left to the training course).
    public let rules: [Rule]
    /// Rules as documents: example questions, title and gist, glossary concepts, body.
    private let ruleIndex: InvertedIndex
    /// Every example question as its own small document, for nearest-question matching.
    private let askIndex: InvertedIndex
    private let askRule: [Int]
    /// Off-topic example questions: when one matches better than any rule, the coach declines.
    private let offTopicIndex: InvertedIndex
    private let glossary: GlossaryMatcher
    private let tokenTable: TokenTable
    /// English words of the rules, by first letter (a `String`, so the index is `Codable`), to correct a misspelt word in a question.
    private let spelling: [String: [String]]

    /// Builds the index. O(total text) time and memory.
    public init(corpus: Corpus, weights: RankingWeights = .standard) {
        self.weights = weights
        let rules = corpus.rules.filter { $0.kind != .lesson }
        self.rules = rules
        var table = TokenTable()
        let glossary = GlossaryMatcher(entries: corpus.glossary, table: &table)
        self.glossary = glossary

        func ids(_ tokens: [Token]) -> [Int32] { tokens.map { table.intern($0.text) } }
        func concepts(_ set: Set<Int>) -> [Int32] { set.sorted().map { table.intern("#g\($0)") } }

        var fieldTokens: [[[Int32]]] = []
        var askTokens: [[Int32]] = []
        var askRule: [Int] = []
        fieldTokens.reserveCapacity(rules.count)
        for (ruleNumber, rule) in rules.enumerated() {
            let title = ids(Tokenizer.tokens(TextNormalizer.normalize((rule.title.all + rule.gist.all).joined(separator: " \n "))))
            let body = ids(Tokenizer.tokens(TextNormalizer.normalize(rule.body.all.joined(separator: " \n "))))
            var ruleConcepts = glossary.concepts(in: title)
            var askList: [Int32] = []
            for ask in Language.allCases.flatMap({ rule.asks[$0] ?? [] }) {
                let askIDs = ids(Tokenizer.tokens(TextNormalizer.normalize(ask)))
                let askConcepts = glossary.concepts(in: askIDs)
                ruleConcepts.formUnion(askConcepts)
                askList += askIDs
                askTokens.append(askIDs + concepts(askConcepts))
                askRule.append(ruleNumber)
            }
            // A rule is about its topics and the glossary concepts it names.
            let conceptIDs = concepts(ruleConcepts) + rule.topics.map { table.intern("#t:" + $0) }
            fieldTokens.append([askList, title, conceptIDs, body])
        }

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

        self.askIndex = Self.shortDocumentIndex(askTokens, scratch: &scratch)
        self.askRule = askRule

        var offTopicTokens: [[Int32]] = []
        for entry in corpus.offTopic {
            for question in entry.questions.values.flatMap({ $0 }) {
                offTopicTokens.append(ids(Tokenizer.tokens(TextNormalizer.normalize(question))))
            }
        }
        self.offTopicIndex = Self.shortDocumentIndex(offTopicTokens, scratch: &scratch)
        self.tokenTable = table
        var spelling: [String: [String]] = [:]
        for token in table.ids.keys where token.count >= 4 && token.allSatisfy({ $0.isASCII && $0.isLetter }) {
            spelling[String(token.first!), default: []].append(token)
        }
        self.spelling = spelling.mapValues { $0.sorted() }
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
        var unusedMatched = [Double](repeating: 0, count: askRule.count)
        accumulate(terms, in: askIndex, scores: &askScores, matched: &unusedMatched)
        var bestAsk = [Double](repeating: 0, count: rules.count)
        for (ask, score) in askScores.enumerated() where score > bestAsk[askRule[ask]] {
            bestAsk[askRule[ask]] = score
        }
        var combined = [Double](repeating: 0, count: rules.count)
        for rule in 0..<rules.count {
            let coverage = min(1, matched[rule] / totalWeight)
            combined[rule] = (scores[rule] + weights.nearestAsk * bestAsk[rule]) * pow(coverage, weights.coordination)
        }
        let ranked = (0..<rules.count).filter { combined[$0] > 0 }.sorted { (combined[$0], -$0) > (combined[$1], -$1) }
        let hits = ranked.prefix(max(limit, 2)).map { index in
            SearchHit(rule: rules[index], score: combined[index], coverage: min(1, matched[index] / totalWeight))
        }
        guard let best = hits.first else { return SearchResult(query: query, hits: [], verdict: .outOfScope) }
        if best.coverage < weights.minimumCoverage || best.score < weights.minimumScore {
            return SearchResult(query: query, hits: Array(hits.prefix(limit)), verdict: .outOfScope)
        }
        if offTopicIndex.documentCount > 0 {
            var offScores = [Double](repeating: 0, count: offTopicIndex.documentCount)
            var offMatched = [Double](repeating: 0, count: offTopicIndex.documentCount)
            accumulate(terms, in: offTopicIndex, scores: &offScores, matched: &offMatched, expansions: false)
            // Only an off-topic example that covers a fair share of the question counts: one shared
            // common word must not outweigh a weak but real match.
            var bestOff = 0.0
            for (example, score) in offScores.enumerated() where offMatched[example] >= weights.offTopicCoverage * totalWeight {
                bestOff = max(bestOff, score)
            }
            let bestAskScore = bestAsk[ranked[0]]
            if bestOff > bestAskScore * weights.offTopicMargin {
                return SearchResult(query: query, hits: Array(hits.prefix(limit)), verdict: .outOfScope)
            }
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

    /// Adds BM25 contributions of `terms` to `scores`, and their coverage weight to `matched`.
    private func accumulate(_ terms: [QueryTerm], in index: InvertedIndex, scores: inout [Double], matched: inout [Double], expansions: Bool = true) {
        let k1 = weights.k1
        for term in terms where expansions || !term.isExpansion {
            guard let id = term.id else { continue }
            let idf = index.idf(id)
            for posting in index.postings(id) {
                let doc = Int(posting.doc)
                let tf = Double(posting.tf)
                scores[doc] += term.weight * idf * tf * (k1 + 1) / (tf + k1)
                matched[doc] += term.coverageWeight
            }
        }
    }

    /// A misspelt English word replaced by the indexed word one edit away (two for long words),
    /// with the same first letter; other tokens unchanged.
    func corrected(_ token: Token) -> Token {
        let word = token.text
        guard word.count >= 5, tokenTable.id(word) == nil, word.allSatisfy({ $0.isASCII && $0.isLetter }),
              let candidates = spelling[String(word.first!)] else { return token }
        let limit = word.count >= 8 ? 2 : 1
        var best: (word: String, distance: Int)?
        for candidate in candidates where abs(candidate.count - word.count) <= limit {
            let distance = Suggestion.editDistance(word, candidate)
            if distance <= limit, distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
        }
        return best.map { Token(text: $0.word, isUnigram: false) } ?? token
    }

    struct QueryTerm {
        var id: Int32?
        var weight: Double
        var isExpansion = false
        /// How much the term counts towards coverage: the IDF of English words and single Chinese
        /// characters (pairs that straddle two words would count noise), nothing for expansions.
        var coverageWeight = 0.0
    }

    /// The query's tokens with weights, plus glossary synonyms and concepts.
    func queryTerms(_ query: String) -> [QueryTerm] {
        let normalized = TextNormalizer.normalize(query)
        let tokens = Tokenizer.tokens(normalized).map(corrected)
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
            let isPair = !unigrams.contains(text) && text.first.map(TextNormalizer.isCJK) == true
            return QueryTerm(id: id, weight: weightsByToken[text]!, coverageWeight: isPair ? 0 : idf)
        }
        // Glossary expansion: concepts and synonyms count towards the score, not the coverage.
        let queryIDs = Set(terms.compactMap(\.id))
        var expansions: [Int32: Double] = [:]
        func expand(_ id: Int32?, _ weight: Double) {
            guard let id, !queryIDs.contains(id) else { return }
            expansions[id] = max(expansions[id] ?? 0, weight)
        }
        for entry in glossary.concepts(in: Array(queryIDs)) {
            expand(tokenTable.id("#g\(entry)"), weights.conceptWeight)
            for topic in glossary.entries[entry].topics { expand(tokenTable.id("#t:" + topic), weights.conceptWeight * 0.5) }
            for synonym in glossary.synonymTokens[entry] { expand(synonym, weights.expansionWeight) }
        }
        for (id, weight) in expansions.sorted(by: { $0.key < $1.key }) {
            terms.append(QueryTerm(id: id, weight: weight, isExpansion: true))
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
