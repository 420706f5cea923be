public import Foundation

/// One line of a manager's review list: a visit log or a coaching session and its verification.
public struct ReviewEntry: Sendable, Hashable, Codable {
    public var kind: JournalEntryKind
    /// The stable id (log uuid or session key).
    public var id: String
    /// The local number to type (`coach review show log 3`).
    public var number: Int
    public var accountID: String
    /// The salesperson: the visitor of a log, the one coached in a session.
    public var person: String
    /// The visit date, or the day the session started, `YYYY-MM-DD`.
    public var day: String
    /// When the entry was written (a log's newest version, a session's last answer).
    public var updatedAt: Date
    /// A session's status (`finished`, `paused`…); nil for logs.
    public var status: String?
    /// A log's newest version; nil for sessions.
    public var version: Int?
    /// Every verification, oldest first.
    public var verifications: [Verification]

    public init(
        kind: JournalEntryKind, id: String, number: Int, accountID: String, person: String, day: String, updatedAt: Date,
        status: String? = nil, version: Int? = nil, verifications: [Verification] = []
    ) {
        self.kind = kind
        self.id = id
        self.number = number
        self.accountID = accountID
        self.person = person
        self.day = day
        self.updatedAt = updatedAt
        self.status = status
        self.version = version
        self.verifications = verifications
    }

    /// The newest verification, if any.
    public var latestVerification: Verification? { verifications.last }

    /// Whether a log was edited after its newest verification.
    public var editedSinceVerified: Bool {
        guard let verified = latestVerification?.entryVersion, let version else { return false }
        return version > verified
    }
}
