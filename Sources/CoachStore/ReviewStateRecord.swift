import Foundation
import GRDB

/// A row of `reviewState`: a quiz item's Leitner box for one trainee and when it is due.
struct ReviewStateRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "reviewState"

    var trainee: String
    var itemId: String
    var box: Int
    /// `YYYY-MM-DD`.
    var lastReviewed: String
    /// `YYYY-MM-DD`.
    var dueOn: String
    var updatedAt: Date

    enum Columns {
        static let trainee = Column(CodingKeys.trainee)
        static let itemId = Column(CodingKeys.itemId)
    }
}
