public import CoachCore

/// Finds glossary terms in normalised text and names the entries (concepts) they belong to.
struct GlossaryMatcher: Sendable {
    struct Term: Sendable {
        var text: String
        var entry: Int
    }

    let entries: [GlossaryEntry]
    /// Terms keyed by their first token, so a text is only checked for terms that can occur in it.
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
                let normalized = TextNormalizer.normalize(term).trimmingCharactersIn(" ")
                guard !normalized.isEmpty else { continue }
                let termTokens = Tokenizer.tokens(normalized)
                guard let first = termTokens.first(where: { !$0.isUnigram }) ?? termTokens.first else { continue }
                termsByFirstToken[first.text, default: []].append(Term(text: normalized, entry: index))
                for token in termTokens where !token.isUnigram && seen.insert(token.text).inserted {
                    tokens.append(token)
                }
            }
            synonyms.append(tokens)
        }
        synonymTokens = synonyms
    }

    /// The entries whose terms occur in `normalized` (already tokenised as `tokens`).
    func concepts(in normalized: String, tokens: [Token]) -> Set<Int> {
        var found = Set<Int>()
        let padded = " " + normalized + " "
        var checked = Set<String>()
        for token in tokens where checked.insert(token.text).inserted {
            guard let candidates = termsByFirstToken[token.text] else { continue }
            for term in candidates where !found.contains(term.entry) {
                if term.text.allSatisfy({ $0.isASCII }) {
                    if padded.contains(" " + term.text + " ") || (term.text.count > 4 && normalized.contains(term.text)) {
                        found.insert(term.entry)
                    }
                } else if normalized.contains(term.text) {
                    found.insert(term.entry)
                }
            }
        }
        return found
    }
}
