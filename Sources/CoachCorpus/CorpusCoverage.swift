public import CoachCore

/// How well the corpus covers each topic in each language.
public struct TopicCoverage: Sendable, Hashable, Codable {
    public var topic: String
    public var rules: Int
    /// Rules with a complete text (title, gist, body) per language.
    public var languages: [String: Int]

    /// Coverage of every topic, in topics.tsv order.
    public static func compute(_ corpus: Corpus) -> [TopicCoverage] {
        corpus.topics.map { topic in
            let rules = corpus.rules.filter { $0.topics.contains(topic.id) }
            var languages: [String: Int] = [:]
            for language in Language.allCases {
                languages[language.rawValue] = rules.filter { rule in
                    !rule.title[language].isEmpty && !rule.gist[language].isEmpty && !rule.body[language].isEmpty
                }.count
            }
            return TopicCoverage(topic: topic.id, rules: rules.count, languages: languages)
        }
    }

    /// The share of topics with at least one rule in `language`, 0–100.
    public static func percent(_ coverage: [TopicCoverage], language: Language) -> Double {
        guard !coverage.isEmpty else { return 0 }
        let covered = coverage.filter { ($0.languages[language.rawValue] ?? 0) > 0 }.count
        return Double(covered) * 100 / Double(coverage.count)
    }
}
