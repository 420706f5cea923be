/// One quiz item of the corpus with a stable id: the rule's id and the item's position in it.
public struct QuizEntry: Sendable, Hashable, Identifiable {
    /// `rule-id#N`, N counting the rule's `quiz:` items from 1. Progress refers to it.
    public var id: String
    public var rule: Rule
    public var item: QuizItem

    public init(rule: Rule, position: Int) {
        id = "\(rule.id)#\(position + 1)"
        self.rule = rule
        item = rule.quiz[position]
    }

    /// The topic the item counts towards in progress: the rule's first topic.
    public var topic: String { rule.topics.first ?? rule.id }

    /// Every entry of a rule, in order.
    public static func entries(of rule: Rule) -> [QuizEntry] {
        rule.quiz.indices.map { QuizEntry(rule: rule, position: $0) }
    }
}
