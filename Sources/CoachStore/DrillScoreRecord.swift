import Foundation
import GRDB

/// A row of `drillScore`: one drill, its risk and strategy counts and its score.
struct DrillScoreRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "drillScore"

    var id: Int64?
    var uuid: String
    var trainee: String
    var accountId: String
    var flagsExpected: Int
    var flagsChosen: Int
    var flagHits: Int
    var strategiesExpected: Int
    var strategiesChosen: Int
    var strategyHits: Int
    var percent: Int
    var drilledAt: Date

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let trainee = Column(CodingKeys.trainee)
        static let drilledAt = Column(CodingKeys.drilledAt)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
