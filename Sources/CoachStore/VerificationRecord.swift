import Foundation
import GRDB

/// A row of `verification`: a manager's check of an entry, keyed by the entry's kind and stable id
/// (the v2 `coachingSession` table is left as it is).
struct VerificationRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "verification"

    var uuid: String
    /// `log` or `session`.
    var entryKind: String
    /// The log's uuid or the session's key.
    var entryId: String
    var entryVersion: Int?
    var verifiedBy: String
    var verifiedAt: Date
    var comment: String
    var readAt: Date?

    enum Columns {
        static let uuid = Column(CodingKeys.uuid)
        static let entryKind = Column(CodingKeys.entryKind)
        static let entryId = Column(CodingKeys.entryId)
        static let verifiedAt = Column(CodingKeys.verifiedAt)
        static let readAt = Column(CodingKeys.readAt)
    }
}

extension VerificationRecord {
    /// Read by column, not through `Decodable`.
    init(row: Row) throws {
        uuid = row["uuid"]
        entryKind = row["entryKind"]
        entryId = row["entryId"]
        entryVersion = row["entryVersion"]
        verifiedBy = row["verifiedBy"]
        verifiedAt = row["verifiedAt"]
        comment = row["comment"]
        readAt = row["readAt"]
    }
}
