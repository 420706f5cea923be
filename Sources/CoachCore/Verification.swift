public import Foundation

/// A manager's check of a visit log or coaching session, with a comment for the salesperson.
///
/// A verified entry is locked: a later edit of a log is a new version, and the verified version is
/// kept (`entryVersion`).
public struct Verification: Sendable, Hashable, Codable {
    /// The stable id of the verification itself.
    public var uuid: String
    public var kind: JournalEntryKind
    /// The entry's stable id: the log's uuid or the session's key.
    public var entryID: String
    /// The log version that was verified (nil for sessions).
    public var entryVersion: Int?
    public var verifiedBy: String
    public var verifiedAt: Date
    public var comment: String
    /// When the salesperson read the comment (nil while unread).
    public var readAt: Date?

    public init(
        uuid: String, kind: JournalEntryKind, entryID: String, entryVersion: Int?, verifiedBy: String, verifiedAt: Date,
        comment: String, readAt: Date? = nil
    ) {
        self.uuid = uuid
        self.kind = kind
        self.entryID = entryID
        self.entryVersion = entryVersion
        self.verifiedBy = verifiedBy
        self.verifiedAt = verifiedAt
        self.comment = comment
        self.readAt = readAt
    }
}
