public import CoachCore

/// Finds glossary terms in normalised text and names the entries (concepts) they belong to.
///
/// A term matches when all of its word or character-pair tokens occur in the text (order is not
/// checked: terms are short, and this keeps matching to set lookups).
struct GlossaryMatcher: Sendable {
    struct Term: Sendable {
        var tokens: [String]
        var entry: Int
    }

    let entries: [GlossaryEntry]
    /// Terms keyed by their rarest-looking (first) token, so a text is only checked for terms that can occur in it.
    private var termsByFirstToken: [String: [Term]] = [:]
    /// The normalised synonyms of each entry, tokenised, for query expansion.
    let synonymTokens: [[Token]]

    init(entries: [GlossaryEntry]) {
        self.entries = entries
        var synonyms: [[Token]] = []
        for (index, entry) in entries.enumerated() {
            var tokens: [Token] = []
            var seen = Set<String>()
            for term in entry.allTerms {
                let termTokens = Tokenizer.tokens(TextNormalizer.normalize(term))
                // Pairs and words identify a term; a one-character term is matched by its character.
                let identifying = termTokens.filter { !$0.isUnigram }.map(\.text)
                let key = identifying.isEmpty ? termTokens.map(\.text) : identifying
                guard let first = key.first else { continue }
                termsByFirstToken[first, default: []].append(Term(tokens: key, entry: index))
                for token in termTokens where !token.isUnigram && seen.insert(token.text).inserted {
                    tokens.append(token)
                }
            }
            synonyms.append(tokens)
        }
        synonymTokens = synonyms
    }

    /// The entries whose terms occur among `tokens`.
    func concepts(in tokens: [Token]) -> Set<Int> {
        var found = Set<Int>()
        let present = Set(tokens.map(\.text))
        for token in present {
            guard let candidates = termsByFirstToken[token] else { continue }
            for term in candidates where !found.contains(term.entry) && term.tokens.allSatisfy(present.contains) {
                found.insert(term.entry)
            }
        }
        return found
    }
}
