/// A manager's comment on one of the salesperson's entries, as the salesperson reads it.
public struct ManagerComment: Sendable, Hashable, Codable {
    public var verification: Verification
    public var entry: ReviewEntry

    public init(verification: Verification, entry: ReviewEntry) {
        self.verification = verification
        self.entry = entry
    }
}
