/// An outline question asked during a visit and what the answer taught.
public struct OutlineFinding: Sendable, Hashable, Codable {
    /// The question as it was asked (empty when the fact came up without a question).
    public var question: String
    /// What was learnt.
    public var learnt: String

    public init(question: String = "", learnt: String) {
        self.question = question
        self.learnt = learnt
    }
}
