public import CoachCore

/// Finds glossary terms in a text as whole phrases and names the entries (concepts) they belong to.
///
/// A term matches only where its phrase units (English words, stemmed, stop words kept; single
/// Chinese characters) occur contiguously and in order, so "I type" needs both words and "I型" both
/// characters: neither fires on "what type" or "老虎型". Where matches overlap, the longest wins, so
/// "老板不见我" names the unreachable decision maker, not the decision maker as well.
struct GlossaryMatcher: Sendable, Codable {
    struct Term: Sendable, Codable {
        var units: [Int32]
        var entry: Int
    }

    let entries: [GlossaryEntry]
    /// Phrase units of every term, interned locally (units are not index tokens: stop words stay).
    /// (Internal, not private: `GlossaryMatcher+Codable.swift` writes and reads them.)
    let unitIDs: [String: Int32]
    /// Terms keyed by their first unit, so a text is only checked for terms that can start there.
    let termsByFirstUnit: [Int32: [Term]]
    /// The token ids of each entry's synonyms, for query expansion.
    let synonymTokens: [[Int32]]
    /// How people shorten words, folded in terms and texts alike.
    let shorthand: Shorthand

    /// Interns every term's index tokens into `table` (for expansion) and its phrase units locally.
    init(entries: [GlossaryEntry], shorthand: Shorthand = .empty, table: inout TokenTable) {
        self.entries = entries
        self.shorthand = shorthand
        var synonyms: [[Int32]] = []
        var unitIDs: [String: Int32] = [:]
        var termsByFirstUnit: [Int32: [Term]] = [:]
        for (index, entry) in entries.enumerated() {
            var tokens: [Int32] = []
            var seen = Set<Int32>()
            for term in entry.allTerms {
                let normalized = TextNormalizer.normalizeForMatching(term)
                let units = Tokenizer.phraseUnits(normalized, shorthand: shorthand, spelling: { $0 }).map { unit -> Int32 in
                    if let id = unitIDs[unit] { return id }
                    let id = Int32(unitIDs.count)
                    unitIDs[unit] = id
                    return id
                }
                guard let first = units.first else { continue }
                termsByFirstUnit[first, default: []].append(Term(units: units, entry: index))
                for token in Tokenizer.tokens(normalized, shorthand: shorthand, spelling: { $0 }) where !token.isUnigram {
                    let id = table.intern(token.text)
                    if seen.insert(id).inserted { tokens.append(id) }
                }
            }
            synonyms.append(tokens)
        }
        self.unitIDs = unitIDs
        self.termsByFirstUnit = termsByFirstUnit
        synonymTokens = synonyms
    }

    /// The entries whose terms occur as phrases in `units` (from `Tokenizer.phraseUnits`).
    ///
    /// - Complexity: O(units × terms starting with each unit × term length).
    func concepts(inUnits units: [String]) -> Set<Int> {
        Set(matches(inUnits: units).map(\.entry))
    }

    /// The entries whose terms occur as phrases in `units`, each with the units its phrase spans
    /// (an entry named twice appears twice).
    ///
    /// - Complexity: as `concepts(inUnits:)`.
    func matches(inUnits units: [String]) -> [(entry: Int, range: Range<Int>)] {
        let ids = units.map { unitIDs[$0] ?? -1 }
        var matches: [(start: Int, length: Int, entry: Int)] = []
        for start in ids.indices {
            guard let candidates = termsByFirstUnit[ids[start]] else { continue }
            for term in candidates where start + term.units.count <= ids.count
                && ids[start..<(start + term.units.count)].elementsEqual(term.units) {
                matches.append((start, term.units.count, term.entry))
            }
        }
        // Longest first; a match inside a longer one (of another entry) does not count.
        matches.sort { ($0.length, -$0.start) > ($1.length, -$1.start) }
        var taken = [Int](repeating: -1, count: ids.count)
        var found: [(entry: Int, range: Range<Int>)] = []
        for match in matches {
            let range = match.start..<(match.start + match.length)
            if range.contains(where: { taken[$0] != -1 && taken[$0] != match.entry }) { continue }
            for position in range { taken[position] = match.entry }
            found.append((match.entry, range))
        }
        return found
    }

    /// The entries whose terms occur as phrases in `text` (any case, script or width).
    func concepts(in text: String) -> Set<Int> {
        concepts(inUnits: Tokenizer.phraseUnits(TextNormalizer.normalizeForMatching(text), shorthand: shorthand, spelling: { $0 }))
    }

    /// The ids of the entries (`large-spend`) whose terms occur as phrases in `text`.
    func conceptIDs(in text: String) -> Set<String> {
        Set(concepts(in: text).map { entries[$0].id })
    }
}
