public import Foundation

/// One change of a follow-up's status: to what, on which day, when it was recorded and by whom.
public struct FollowUpChange: Sendable, Hashable, Codable {
    public var status: IssueStatus
    /// The day the change took effect, `YYYY-MM-DD` (what reports count by).
    public var day: String
    /// When it was recorded.
    public var at: Date
    public var by: String
    /// The change's own id (nil only in exports written before changes had one).
    public var id: String?

    public init(status: IssueStatus, day: String, at: Date, by: String, id: String? = nil) {
        self.id = id
        self.status = status
        self.day = day
        self.at = at
        self.by = by
    }
}
