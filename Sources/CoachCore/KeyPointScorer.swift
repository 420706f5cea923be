import Foundation

/// How a free-text answer covered the key points of a quiz item.
public struct KeyPointScore: Sendable, Hashable {
    /// Key points found in the answer, in the item's order.
    public var matched: [String]
    /// Key points not found.
    public var missed: [String]

    public init(matched: [String], missed: [String]) {
        self.matched = matched
        self.missed = missed
    }

    /// At least half the key points are present.
    public var passed: Bool { !matched.isEmpty && matched.count * 2 >= matched.count + missed.count }
}

/// Scores a free-text answer against key points.
///
/// Core cannot normalise Chinese (folding Traditional to Simplified lives in CoachRetrieval), so the
/// caller passes `tokens`, which turns text into normalised tokens (e.g. retrieval's tokenizer over
/// `TextNormalizer.normalize`). A key point is present when at least half of its tokens occur in
/// the answer, or when the two name the same concept (`concepts`: the glossary entries a text
/// names, so "买得多" covers "采购量大" as the question matcher would); the answer passes when at
/// least half of the key points are present.
///
/// ```swift
/// let score = KeyPointScorer.score(answer: "record it and tell the customer", keyPoints: points) {
///     Tokenizer.tokens(TextNormalizer.normalize($0)).map(\.text)
/// }
/// ```
public enum KeyPointScorer {
    /// - Complexity: O(answer + key points) token operations.
    public static func score(
        answer: String, keyPoints: [String], tokens: (String) -> [String], concepts: (String) -> Set<String> = { _ in [] }
    ) -> KeyPointScore {
        let answerTokens = Set(tokens(answer))
        let answerConcepts = concepts(answer)
        var matched: [String] = [], missed: [String] = []
        for point in keyPoints {
            let pointTokens = Set(tokens(point))
            let present: Bool
            if !answerConcepts.isDisjoint(with: concepts(point)) {
                present = true
            } else if pointTokens.isEmpty {
                present = answer.lowercased().contains(point.lowercased())
            } else {
                present = pointTokens.intersection(answerTokens).count * 2 >= pointTokens.count
            }
            if present { matched.append(point) } else { missed.append(point) }
        }
        return KeyPointScore(matched: matched, missed: missed)
    }
}
