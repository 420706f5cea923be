/// The method's figures a trainer may tune, read from `corpus/method.yaml`.
public struct MethodSettings: Sendable, Hashable, Codable {
    /// Days after which a customer issue not yet closed is late (whoever visits follows it up).
    public var overdueDays: Int
    /// Two salespeople visiting one account within this many days of each other overlap (the
    /// manager's report lists it).
    public var overlapDays: Int

    /// The overlap window when `method.yaml` does not set one.
    public static let defaultOverlapDays = 14

    public init(overdueDays: Int = RiskFlags.overdueDays, overlapDays: Int = MethodSettings.defaultOverlapDays) {
        self.overdueDays = overdueDays
        self.overlapDays = overlapDays
    }
}
