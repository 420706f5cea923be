public import CoachCore

/// What storing a visit log did: the log, the follow-ups opened from it, and whether it was new
/// (a log whose id was already stored is left as it was).
public struct RecordedVisit: Sendable, Hashable {
    public var log: VisitLog
    public var followUps: [FollowUp]
    public var isNew: Bool

    public init(log: VisitLog, followUps: [FollowUp], isNew: Bool) {
        self.log = log
        self.followUps = followUps
        self.isNew = isNew
    }
}
