/// The method's figures a trainer may tune, read from `corpus/method.yaml`.
public struct MethodSettings: Sendable, Hashable, Codable {
    /// Days after which a customer issue not yet closed is late (whoever visits follows it up).
    public var overdueDays: Int

    public init(overdueDays: Int = RiskFlags.overdueDays) {
        self.overdueDays = overdueDays
    }
}
