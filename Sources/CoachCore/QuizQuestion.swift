/// A quiz item as asked: choice and situation options in a shuffled order, or key points for free text.
///
/// The order is a permutation of the corpus's options, the same in every language, so switching
/// language in the middle of a quiz keeps the numbers.
public struct QuizQuestion: Sendable, Hashable {
    public var entry: QuizEntry
    /// Positions into the corpus's option lists, in the order shown; the corpus lists the right
    /// option first, so the right answer is where `order` holds 0. Empty for free text.
    public var order: [Int]

    /// Shuffles the options with `generator` (free-text items have none).
    public init(entry: QuizEntry, generator: inout SeededGenerator) {
        self.entry = entry
        if entry.item.kind == .freeText {
            order = []
        } else {
            let count = Language.allCases.map { entry.item.options[$0]?.count ?? 0 }.min() ?? 0
            order = generator.shuffled(Array(0..<count))
        }
    }

    /// The item with its options in a given order (tests).
    public init(entry: QuizEntry, order: [Int]) {
        self.entry = entry
        self.order = order
    }

    /// The same item with its options in a new order, the right one somewhere else: a question
    /// asked again is read again, not answered by position.
    public func reshuffled(_ generator: inout SeededGenerator) -> QuizQuestion {
        guard order.count > 1 else { return self }
        var next = generator.shuffled(order)
        if let before = order.firstIndex(of: 0), let after = next.firstIndex(of: 0), before == after {
            next.swapAt(after, (after + 1) % next.count)
        }
        return QuizQuestion(entry: entry, order: next)
    }

    public var kind: QuizItem.Kind { entry.item.kind }

    public func prompt(_ language: Language) -> String { entry.item.question[language] }

    /// The options as shown, in `language`.
    public func options(_ language: Language) -> [String] {
        let list = entry.item.options[language] ?? []
        return order.map { list[$0] }
    }

    /// The shown position (from 0) of the right option.
    public var answerIndex: Int? { order.firstIndex(of: 0) }

    /// Whether the option shown at `index` (from 0) is the right one.
    public func isRight(choice index: Int) -> Bool { order.indices.contains(index) && order[index] == 0 }

    /// Why the option shown at `index` (from 0) is wrong, in `language`; nil for the right one or
    /// when the corpus gives no reason.
    public func whyNot(choice index: Int, _ language: Language) -> String? {
        guard order.indices.contains(index) else { return nil }
        return entry.item.whyNot(position: order[index], language)
    }

    /// The key points of a free-text item in `language`.
    public func keyPoints(_ language: Language) -> [String] { entry.item.keyPoints[language] ?? [] }

    /// The model answer: the right option, or the key points of a free-text item.
    public func modelAnswer(_ language: Language) -> String {
        if kind == .freeText {
            return keyPoints(language).joined(separator: language == .en ? "; " : "；")
        }
        return entry.item.options[language]?.first ?? ""
    }
}
