import Foundation
import GRDB

/// A row of `visitLog`: one visit, with the number of its newest version.
struct VisitLogRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "visitLog"

    /// The local number users type.
    var id: Int64?
    /// The stable id across machines.
    var uuid: String
    var accountId: String
    var visitor: String
    /// The newest version's visit date, `YYYY-MM-DD`, kept here for filtering.
    var visitDate: String
    var version: Int
    var createdAt: Date
    var editedAt: Date

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let uuid = Column(CodingKeys.uuid)
        static let accountId = Column(CodingKeys.accountId)
        static let visitor = Column(CodingKeys.visitor)
        static let visitDate = Column(CodingKeys.visitDate)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

extension DerivableRequest<VisitLogRecord> {
    /// By visit date, then in the order they were logged.
    func chronological() -> Self {
        order(VisitLogRecord.Columns.visitDate, VisitLogRecord.Columns.id)
    }
}

extension VisitLogRecord {
    /// Read by column, not through `Decodable` (a period's logs are read by the thousand).
    init(row: Row) throws {
        id = row["id"]
        uuid = row["uuid"]
        accountId = row["accountId"]
        visitor = row["visitor"]
        visitDate = row["visitDate"]
        version = row["version"]
        createdAt = row["createdAt"]
        editedAt = row["editedAt"]
    }
}
