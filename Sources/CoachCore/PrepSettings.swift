public import Foundation

/// How the prep flow treats sessions, from `corpus/prep.yaml`.
public struct PrepSettings: Sendable, Hashable, Codable {
    /// A prep paused (or left) longer than this many days is marked abandoned instead of offered
    /// again; nil keeps paused sessions resumable forever.
    public var abandonPausedAfterDays: Int?

    public init(abandonPausedAfterDays: Int? = nil) {
        self.abandonPausedAfterDays = abandonPausedAfterDays
    }

    /// Whether a prep paused at `pausedAt` is past the limit on the day of `now`.
    public func isAbandoned(pausedAt: Date, now: Date, timeZone: TimeZone) -> Bool {
        guard let limit = abandonPausedAfterDays else { return false }
        return DayNumber(now, in: timeZone).value - DayNumber(pausedAt, in: timeZone).value > limit
    }

    /// The entries as a manager should read them: a session paused past the limit is `abandoned`.
    /// The coach marks it so in the store only when it would offer it again; a listing must not
    /// call it paused meanwhile.
    public func reading(_ entries: [ReviewEntry], now: Date, timeZone: TimeZone) -> [ReviewEntry] {
        entries.map { entry in
            guard entry.kind == .session, entry.status == "paused",
                  isAbandoned(pausedAt: entry.updatedAt, now: now, timeZone: timeZone) else { return entry }
            var read = entry
            read.status = "abandoned"
            return read
        }
    }
}
