public import CoachCore
public import Foundation

/// A coaching session with its answers in a team export; its id is the session key.
public struct ExchangeSession: Sendable, Equatable, Codable {
    /// One answer and when it was given.
    public struct Answer: Sendable, Equatable, Codable {
        public var answer: PrepAnswer
        public var answeredAt: Date

        public init(answer: PrepAnswer, answeredAt: Date) {
            self.answer = answer
            self.answeredAt = answeredAt
        }
    }

    public var id: String
    public var account: String
    public var accountVersion: Int?
    public var salesperson: String
    public var language: String
    public var status: String
    public var position: Int
    public var startedAt: Date
    public var updatedAt: Date
    public var finishedAt: Date?
    public var answers: [Answer]
    public var flags: [RiskFlag]?
    public var strategies: [StrategyChoice]?
    public var outline: [OutlineQuestion]?
}
