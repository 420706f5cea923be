/// A question template for the per-account question outline.
public struct OutlineTemplate: Sendable, Hashable, Codable, Identifiable {
    /// The placeholders a template may use.
    public static let placeholders: Set<String> = ["person", "title", "product", "account", "issue"]

    public var id: String
    public var topics: [String]
    /// The role the question is put to or asked about; `nil` means any.
    public var role: BuyingRole?
    public var priority: Int
    public var when: [Condition]
    public var text: LocalizedText
    /// Whom the question is for (`for:`); nil lets the builder tell from the text.
    public var audience: OutlineQuestion.Audience?
    public var source: String

    public init(
        id: String, topics: [String], role: BuyingRole?, priority: Int = 50, when: [Condition] = [],
        text: LocalizedText, audience: OutlineQuestion.Audience? = nil, source: String
    ) {
        self.audience = audience
        self.id = id
        self.topics = topics
        self.role = role
        self.priority = priority
        self.when = when
        self.text = text
        self.source = source
    }
}
