/// How the prep flow treats sessions, from `corpus/prep.yaml`.
public struct PrepSettings: Sendable, Hashable, Codable {
    /// A prep paused (or left) longer than this many days is marked abandoned instead of offered
    /// again; nil keeps paused sessions resumable forever.
    public var abandonPausedAfterDays: Int?

    public init(abandonPausedAfterDays: Int? = nil) {
        self.abandonPausedAfterDays = abandonPausedAfterDays
    }
}
