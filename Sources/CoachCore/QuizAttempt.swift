public import Foundation

/// One answer a trainee gave to a quiz item, in a quiz or at the end of a lesson.
public struct QuizAttempt: Sendable, Hashable, Codable {
    /// Where the question was asked.
    public enum Source: String, Sendable, Hashable, Codable {
        case quiz, lesson
    }

    public var trainee: String
    /// The item's id (`rule-id#N`).
    public var itemID: String
    public var ruleID: String
    /// The topic the answer counts towards.
    public var topic: String
    public var kind: QuizItem.Kind
    public var correct: Bool
    /// A wrong answer asked again later in the same quiz (not counted in topic scores).
    public var retry: Bool
    public var source: Source
    public var at: Date

    public init(trainee: String, itemID: String, ruleID: String, topic: String, kind: QuizItem.Kind, correct: Bool, retry: Bool, source: Source, at: Date) {
        self.trainee = trainee
        self.itemID = itemID
        self.ruleID = ruleID
        self.topic = topic
        self.kind = kind
        self.correct = correct
        self.retry = retry
        self.source = source
        self.at = at
    }
}
