public import CoachCore

/// Finds glossary terms that tokenising would collapse into something else: "I type" keeps only
/// `type` once the stop word goes, "I型" keeps nothing but `型`. Such a term would fire on every
/// question about any type (or every 老虎型), so `coach corpus check` refuses it.
///
/// ```swift
/// let problems = GlossaryLint.collapsingTerms(corpus.glossary)
/// ```
public enum GlossaryLint {
    /// A term and what it collapses to.
    public struct Problem: Sendable, Hashable {
        public var entry: String
        public var language: Language
        public var term: String
        /// The tokens the index would keep (empty when nothing identifying is left).
        public var kept: [String]

        public var message: String {
            let left = kept.isEmpty ? "nothing identifying (only stop words or single characters)" : kept.map { "'\($0)'" }.joined(separator: " ")
            return "glossary term '\(term)' of '\(entry)' (\(language.rawValue)) collapses to \(left) once stop words and single characters are dropped; write it so that its distinctive words remain (e.g. 'influencer style', 'I型性格')"
        }
    }

    /// Every collapsing term, in glossary order.
    public static func collapsingTerms(_ entries: [GlossaryEntry]) -> [Problem] {
        var problems: [Problem] = []
        for entry in entries {
            for language in Language.allCases {
                for term in entry.terms[language] ?? [] {
                    if let kept = collapse(term) {
                        problems.append(Problem(entry: entry.id, language: language, term: term, kept: kept))
                    }
                }
            }
        }
        return problems
    }

    /// What a collapsing term keeps, or nil when the term survives tokenising: it keeps at least one
    /// word or character pair, and a single kept English word only if the term was that word alone.
    static func collapse(_ term: String) -> [String]? {
        let normalized = TextNormalizer.normalizeForMatching(term)
        let units = Tokenizer.phraseUnits(normalized)
        let kept = Tokenizer.tokens(normalized).filter { !$0.isUnigram }.map(\.text)
        guard !units.isEmpty else { return nil }
        if kept.isEmpty { return units.count == 1 && units[0].count > 1 ? nil : kept }
        if kept.count == 1, units.count > 1, kept[0].first.map(TextNormalizer.isCJK) != true, units.count > kept[0].split(separator: " ").count {
            // A CJK pair covers two units; an English word one. Only English words lose company.
            return kept
        }
        return nil
    }
}
