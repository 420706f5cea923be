/// A visit log in full: every version, the follow-ups raised at the visit and the verifications.
public struct VisitLogDetail: Sendable, Hashable, Codable {
    public var log: VisitLog
    /// Oldest first; the last is `log.content`.
    public var versions: [VisitLogVersion]
    public var followUps: [FollowUp]
    public var verifications: [Verification]

    public init(log: VisitLog, versions: [VisitLogVersion], followUps: [FollowUp], verifications: [Verification]) {
        self.log = log
        self.versions = versions
        self.followUps = followUps
        self.verifications = verifications
    }
}
