public import Foundation

/// A scored drill: how well the trainee read an account.
public struct DrillResult: Sendable, Hashable, Codable {
    public var trainee: String
    public var accountID: String
    public var flags: SetScore
    public var strategies: SetScore
    /// 0–100 (see `DrillScore.percent`).
    public var percent: Int
    public var at: Date

    public init(trainee: String, accountID: String, flags: SetScore, strategies: SetScore, percent: Int, at: Date) {
        self.trainee = trainee
        self.accountID = accountID
        self.flags = flags
        self.strategies = strategies
        self.percent = percent
        self.at = at
    }
}
