/// The method's figures a trainer may tune, read from `corpus/method.yaml`.
public struct MethodSettings: Sendable, Hashable, Codable {
    /// Days after which a customer issue not yet closed is late (whoever visits follows it up).
    public var overdueDays: Int
    /// Two salespeople visiting one account within this many days of each other overlap (the
    /// manager's report lists it).
    public var overlapDays: Int

    /// The overlap window when `method.yaml` does not set one.
    public static let defaultOverlapDays = 14
    /// The late limit when `method.yaml` does not set one (the method's month).
    public static let defaultOverdueDays = 30

    public init(overdueDays: Int = MethodSettings.defaultOverdueDays, overlapDays: Int = MethodSettings.defaultOverlapDays) {
        self.overdueDays = overdueDays
        self.overlapDays = overlapDays
    }
}
