import Foundation

/// Every quiz item the corpus holds, and the topics and areas they cover.
///
/// A quiz only ever asks items that exist here, so it never asks about a topic the corpus does not
/// cover.
///
/// ```swift
/// let catalog = QuizCatalog(corpus: corpus)
/// let items = try catalog.entries(matching: "personality").get()
/// ```
public struct QuizCatalog: Sendable {
    /// Every item, in corpus order.
    public let entries: [QuizEntry]
    /// Topic ids of the corpus, in `topics.tsv` order (used to order listings).
    private let topicOrder: [String: Int]

    public init(corpus: Corpus) {
        entries = corpus.rules.flatMap(QuizEntry.entries(of:))
        var order: [String: Int] = [:]
        for (offset, topic) in corpus.topics.enumerated() { order[topic.id] = offset }
        topicOrder = order
    }

    /// The item with this id.
    public func entry(id: String) -> QuizEntry? { entries.first { $0.id == id } }

    /// Topic ids that have at least one item (any of a rule's topics), in corpus order.
    public var topicsWithItems: [String] {
        let topics = Set(entries.flatMap(\.rule.topics))
        return topics.sorted { (topicOrder[$0] ?? Int.max, $0) < (topicOrder[$1] ?? Int.max, $1) }
    }

    /// Areas (the part of a topic id before the dot) that have items, in corpus order.
    public var areasWithItems: [String] {
        var seen = Set<String>()
        return topicsWithItems.map(Self.area(of:)).filter { seen.insert($0).inserted }
    }

    /// `personality` for `personality.tiger`.
    public static func area(of topic: String) -> String {
        String(topic.prefix { $0 != "." })
    }

    /// The items on a topic (`strategy.coach-cultivation`) or an area (`personality`); every item
    /// when `filter` is nil. When nothing matches, the error lists the topics that have items.
    public func entries(matching filter: String?) -> Result<[QuizEntry], UncoveredQuizTopic> {
        guard let raw = filter?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else {
            return entries.isEmpty ? .failure(UncoveredQuizTopic(query: "", isTopic: false, available: [])) : .success(entries)
        }
        let key = raw.lowercased()
        let matched: [QuizEntry]
        if key.contains(".") {
            matched = entries.filter { $0.rule.topics.contains(key) }
        } else {
            matched = entries.filter { entry in entry.rule.topics.contains { Self.area(of: $0) == key } }
        }
        guard matched.isEmpty else { return .success(matched) }
        let isTopic = topicOrder[key] != nil || topicOrder.keys.contains { Self.area(of: $0) == key }
        return .failure(UncoveredQuizTopic(query: raw, isTopic: isTopic, available: topicsWithItems))
    }
}

/// A quiz was asked for on a topic without quiz items.
public struct UncoveredQuizTopic: Error, Sendable, Hashable {
    /// What was asked for (empty when the corpus has no items at all).
    public var query: String
    /// Whether `query` is a topic or area of the corpus (it just has no questions yet).
    public var isTopic: Bool
    /// The topics that do have items.
    public var available: [String]
}
