import Foundation
import GRDB

/// A row of `followUp`: a customer's issue, its owner, department, due date and current status.
struct FollowUpRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "followUp"

    var id: Int64?
    var uuid: String
    var accountId: String
    /// The visit log it was raised at.
    var logId: Int64?
    var text: String
    var raised: String
    var owner: String
    var department: String?
    var due: String?
    var status: String
    var createdAt: Date
    var updatedAt: Date

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let uuid = Column(CodingKeys.uuid)
        static let accountId = Column(CodingKeys.accountId)
        static let logId = Column(CodingKeys.logId)
        static let raised = Column(CodingKeys.raised)
        static let owner = Column(CodingKeys.owner)
        static let status = Column(CodingKeys.status)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

extension FollowUpRecord {
    /// Read by column, not through `Decodable` (a report reads every follow-up it may list).
    init(row: Row) throws {
        id = row["id"]
        uuid = row["uuid"]
        accountId = row["accountId"]
        logId = row["logId"]
        text = row["text"]
        raised = row["raised"]
        owner = row["owner"]
        department = row["department"]
        due = row["due"]
        status = row["status"]
        createdAt = row["createdAt"]
        updatedAt = row["updatedAt"]
    }
}
