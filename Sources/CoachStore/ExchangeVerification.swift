public import CoachCore
public import Foundation

/// A manager's verification in a team export; its id is the verification's uuid.
public struct ExchangeVerification: Sendable, Equatable, Codable {
    public var id: String
    public var kind: JournalEntryKind
    /// The log's uuid or the session's key.
    public var entry: String
    public var entryVersion: Int?
    public var verifiedBy: String
    public var verifiedAt: Date
    public var comment: String
}
