public import CoachCore

/// What editing a visit log did: the log as it is now, whether a version was added, and the
/// version a manager verified (kept unchanged), if any.
public struct EditedVisit: Sendable, Hashable {
    public var log: VisitLog
    public var changed: Bool
    public var verifiedVersion: Int?

    public init(log: VisitLog, changed: Bool, verifiedVersion: Int?) {
        self.log = log
        self.changed = changed
        self.verifiedVersion = verifiedVersion
    }
}
