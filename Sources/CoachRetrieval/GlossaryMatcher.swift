public import CoachCore

/// Finds glossary terms among a text's tokens and names the entries (concepts) they belong to.
///
/// A term matches when all of its word or character-pair tokens occur in the text (order is not
/// checked: terms are short, and this keeps matching to integer set lookups).
struct GlossaryMatcher: Sendable, Codable {
    struct Term: Sendable, Codable {
        var tokens: [Int32]
        var entry: Int
    }

    let entries: [GlossaryEntry]
    /// Terms keyed by their first token, so a text is only checked for terms that can occur in it.
    private var termsByFirstToken: [Int32: [Term]] = [:]
    /// The token ids of each entry's synonyms, for query expansion.
    let synonymTokens: [[Int32]]

    /// Interns every term's tokens into `table`.
    init(entries: [GlossaryEntry], table: inout TokenTable) {
        self.entries = entries
        var synonyms: [[Int32]] = []
        for (index, entry) in entries.enumerated() {
            var tokens: [Int32] = []
            var seen = Set<Int32>()
            for term in entry.allTerms {
                let termTokens = Tokenizer.tokens(TextNormalizer.normalize(term))
                // Pairs and words identify a term; a one-character term is matched by its character.
                let identifying = termTokens.filter { !$0.isUnigram }
                let key = (identifying.isEmpty ? termTokens : identifying).map { table.intern($0.text) }
                guard let first = key.first else { continue }
                termsByFirstToken[first, default: []].append(Term(tokens: key, entry: index))
                for token in identifying {
                    let id = table.intern(token.text)
                    if seen.insert(id).inserted { tokens.append(id) }
                }
            }
            synonyms.append(tokens)
        }
        synonymTokens = synonyms
    }

    /// The entries whose terms occur among `tokens` (ids; nil for tokens never interned).
    func concepts(in tokens: [Int32]) -> Set<Int> {
        var found = Set<Int>()
        let present = Set(tokens)
        for token in present {
            guard let candidates = termsByFirstToken[token] else { continue }
            for term in candidates where !found.contains(term.entry) && term.tokens.allSatisfy(present.contains) {
                found.insert(term.entry)
            }
        }
        return found
    }
}
