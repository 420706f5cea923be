import Foundation
import GRDB

/// A row of `visitLogVersion`: one version of a visit log's content (JSON of `VisitLogContent`).
struct VisitLogVersionRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "visitLogVersion"

    var logId: Int64
    var version: Int
    var content: String
    var editedAt: Date
    var editedBy: String

    enum Columns {
        static let logId = Column(CodingKeys.logId)
        static let version = Column(CodingKeys.version)
    }
}

extension VisitLogVersionRecord {
    /// Read by column, not through `Decodable`.
    init(row: Row) throws {
        logId = row["logId"]
        version = row["version"]
        content = row["content"]
        editedAt = row["editedAt"]
        editedBy = row["editedBy"]
    }
}
