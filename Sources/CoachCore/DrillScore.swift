/// The outcome of a drill: risks and strategies compared with the engine's, and what was missed.
public struct DrillScore: Sendable, Hashable {
    public var flags: SetScore
    public var strategies: SetScore
    /// Risks the engine derives that the trainee did not name, most urgent first.
    public var missedFlags: [FlagKind]
    /// Risks named that the account does not show.
    public var wrongFlags: [FlagKind]
    /// Recommended strategies the trainee did not pick, in the order offered.
    public var missedStrategies: [Rule]
    /// Strategies picked that do not apply to the account.
    public var wrongStrategies: [Rule]

    public init(flags: SetScore, strategies: SetScore, missedFlags: [FlagKind], wrongFlags: [FlagKind], missedStrategies: [Rule], wrongStrategies: [Rule]) {
        self.flags = flags
        self.strategies = strategies
        self.missedFlags = missedFlags
        self.wrongFlags = wrongFlags
        self.missedStrategies = missedStrategies
        self.wrongStrategies = wrongStrategies
    }

    /// 0–100: the mean of the F1 scores of risks and strategies.
    public var percent: Int { Int(((flags.f1 + strategies.f1) / 2 * 100).rounded()) }
}
