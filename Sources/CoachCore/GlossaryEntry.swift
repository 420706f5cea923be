/// A key term of the method with its synonyms in each language.
public struct GlossaryEntry: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var topics: [String]
    /// Terms per language; the first is the preferred one.
    public var terms: [Language: [String]]

    public init(id: String, topics: [String], terms: [Language: [String]]) {
        self.id = id
        self.topics = topics
        self.terms = terms
    }

    /// Every term in every language.
    public var allTerms: [String] { Language.allCases.flatMap { terms[$0] ?? [] } }
}
