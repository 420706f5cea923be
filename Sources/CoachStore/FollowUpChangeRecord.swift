import Foundation
import GRDB

/// A row of `followUpChange`: one status a follow-up took, when and by whom.
struct FollowUpChangeRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "followUpChange"
    /// The change's own id.
    var uuid: String

    var followUpId: Int64
    var status: String
    /// The day the change took effect, `YYYY-MM-DD`.
    var day: String
    var changedAt: Date
    var changedBy: String

    enum Columns {
        static let followUpId = Column(CodingKeys.followUpId)
        static let changedAt = Column(CodingKeys.changedAt)
    }
}

extension FollowUpChangeRecord {
    /// Read by column, not through `Decodable`.
    init(row: Row) throws {
        uuid = row["uuid"]
        followUpId = row["followUpId"]
        status = row["status"]
        day = row["day"]
        changedAt = row["changedAt"]
        changedBy = row["changedBy"]
    }
}
