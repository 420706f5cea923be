public import Foundation

/// A coaching session as a manager reviews it: the answers, the flags at the time, the strategies
/// and the outline, with its verifications.
public struct SessionSnapshot: Sendable, Hashable, Codable {
    /// The stable id (`east-post@2026-11-05T01:00:00Z`).
    public var key: String
    /// The local number to type (`coach review show session 2`).
    public var number: Int
    public var accountID: String
    /// The account version the session was prepared on.
    public var accountVersion: Int?
    public var salesperson: String
    public var language: String
    /// `in-progress`, `paused`, `finished` or `cancelled`.
    public var status: String
    public var startedAt: Date
    public var finishedAt: Date?
    public var answers: [PrepAnswer]
    public var flags: [RiskFlag]
    public var strategies: [StrategyChoice]
    public var outline: [OutlineQuestion]
    public var verifications: [Verification]
    /// Why it was last paused: `ctrl-c`, `quit` or `signal` (`PauseReason`); absent if never.
    public var pausedBy: String?

    public init(
        key: String, number: Int, accountID: String, accountVersion: Int?, salesperson: String, language: String,
        status: String, startedAt: Date, finishedAt: Date?, answers: [PrepAnswer], flags: [RiskFlag],
        strategies: [StrategyChoice], outline: [OutlineQuestion], verifications: [Verification], pausedBy: String? = nil
    ) {
        self.key = key
        self.number = number
        self.accountID = accountID
        self.accountVersion = accountVersion
        self.salesperson = salesperson
        self.language = language
        self.status = status
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.answers = answers
        self.flags = flags
        self.strategies = strategies
        self.outline = outline
        self.verifications = verifications
        self.pausedBy = pausedBy
    }
}
