import Foundation
import GRDB

/// A row of `quizAnswer`: one answer to a quiz item, right or wrong.
struct QuizAnswerRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "quizAnswer"

    var id: Int64?
    var uuid: String
    var trainee: String
    var itemId: String
    var ruleId: String
    var topic: String
    var kind: String
    var correct: Bool
    var retry: Bool
    /// `quiz` or `lesson`.
    var source: String
    var answeredAt: Date

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let trainee = Column(CodingKeys.trainee)
        static let answeredAt = Column(CodingKeys.answeredAt)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
