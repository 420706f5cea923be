import Foundation
import GRDB

/// A row of `lessonCompletion`: a lesson a trainee finished, with the score of its questions.
/// Doing a lesson again adds a row; the newest counts.
struct LessonCompletionRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "lessonCompletion"
    var uuid: String

    var trainee: String
    var lessonId: String
    var course: String
    var correct: Int
    var questions: Int
    var completedAt: Date

    enum Columns {
        static let trainee = Column(CodingKeys.trainee)
        static let completedAt = Column(CodingKeys.completedAt)
    }
}
