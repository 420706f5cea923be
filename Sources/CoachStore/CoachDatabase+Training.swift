public import CoachCore
import Foundation
import GRDB

// Training (migration "v4"): lessons done, quiz answers, Leitner boxes per trainee and item, drills.
extension CoachDatabase {
    /// Migration "v4": the training tables.
    static func createTrainingTables(_ db: Database) throws {
        try db.create(table: "lessonCompletion") { t in
            t.column("trainee", .text).notNull()
            t.column("lessonId", .text).notNull()
            t.column("course", .text).notNull()
            t.column("correct", .integer).notNull()
            t.column("questions", .integer).notNull()
            t.column("completedAt", .datetime).notNull()
            t.primaryKey(["trainee", "lessonId"])
        }
        try db.create(table: "quizAnswer") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("trainee", .text).notNull().indexed()
            t.column("itemId", .text).notNull()
            t.column("ruleId", .text).notNull()
            t.column("topic", .text).notNull()
            t.column("kind", .text).notNull()
            t.column("correct", .boolean).notNull()
            t.column("retry", .boolean).notNull()
            t.column("source", .text).notNull()
            t.column("answeredAt", .datetime).notNull()
        }
        try db.create(table: "reviewState") { t in
            t.column("trainee", .text).notNull()
            t.column("itemId", .text).notNull()
            t.column("box", .integer).notNull()
            t.column("lastReviewed", .text).notNull()
            t.column("dueOn", .text).notNull()
            t.column("updatedAt", .datetime).notNull()
            t.primaryKey(["trainee", "itemId"])
        }
        try db.create(table: "drillScore") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("trainee", .text).notNull().indexed()
            t.column("accountId", .text).notNull()
            t.column("flagsExpected", .integer).notNull()
            t.column("flagsChosen", .integer).notNull()
            t.column("flagHits", .integer).notNull()
            t.column("strategiesExpected", .integer).notNull()
            t.column("strategiesChosen", .integer).notNull()
            t.column("strategyHits", .integer).notNull()
            t.column("percent", .integer).notNull()
            t.column("drilledAt", .datetime).notNull()
        }
    }

    // MARK: Writes, one transaction each

    /// Records that a trainee finished a lesson; doing it again adds a completion (the newest counts).
    public func completeLesson(_ completion: LessonCompletion) throws(StoreError) {
        try perform {
            try dbWriter.write { db in
                try LessonCompletionRecord(
                    uuid: ids.next(), trainee: completion.trainee, lessonId: completion.lessonID, course: completion.course,
                    correct: completion.correct, questions: completion.questions, completedAt: completion.at
                ).insert(db)
            }
        }
    }

    /// Records an answer to a quiz item and the item's new Leitner state, together.
    public func recordQuizAnswer(_ attempt: QuizAttempt, review: ReviewState) throws(StoreError) {
        try perform {
            try dbWriter.write { db in
                var answer = QuizAnswerRecord(
                    id: nil, uuid: ids.next(), trainee: attempt.trainee, itemId: attempt.itemID, ruleId: attempt.ruleID, topic: attempt.topic,
                    kind: attempt.kind.rawValue, correct: attempt.correct, retry: attempt.retry,
                    source: attempt.source.rawValue, answeredAt: attempt.at)
                try answer.insert(db)
                try ReviewStateRecord(
                    trainee: attempt.trainee, itemId: review.itemID, box: review.box, lastReviewed: review.lastReviewed,
                    dueOn: review.dueOn, updatedAt: attempt.at
                ).upsert(db)
            }
        }
    }

    /// Records a scored drill.
    public func recordDrill(_ result: DrillResult) throws(StoreError) {
        try perform {
            try dbWriter.write { db in
                var record = DrillScoreRecord(
                    id: nil, uuid: ids.next(), trainee: result.trainee, accountId: result.accountID,
                    flagsExpected: result.flags.expected, flagsChosen: result.flags.chosen, flagHits: result.flags.hits,
                    strategiesExpected: result.strategies.expected, strategiesChosen: result.strategies.chosen,
                    strategyHits: result.strategies.hits, percent: result.percent, drilledAt: result.at)
                try record.insert(db)
            }
        }
    }

    // MARK: Reads

    /// Everything stored about one trainee's training (empty lists for someone who never trained).
    public func trainingRecords(trainee: String) throws(StoreError) -> TrainingRecords {
        try perform {
            try dbWriter.read { db in
                // The newest completion of each lesson, in the order they were finished.
                var newest: [String: LessonCompletionRecord] = [:]
                for record in try LessonCompletionRecord.all().filter(LessonCompletionRecord.Columns.trainee == trainee)
                    .order(LessonCompletionRecord.Columns.completedAt, Column("rowid")).fetchAll(db) {
                    newest[record.lessonId] = record
                }
                let lessons = newest.values.sorted { ($0.completedAt, $0.lessonId) < ($1.completedAt, $1.lessonId) }
                let answers = try QuizAnswerRecord.all().filter(QuizAnswerRecord.Columns.trainee == trainee)
                    .order(QuizAnswerRecord.Columns.answeredAt, QuizAnswerRecord.Columns.id).fetchAll(db)
                let reviews = try ReviewStateRecord.all().filter(ReviewStateRecord.Columns.trainee == trainee)
                    .order(ReviewStateRecord.Columns.itemId).fetchAll(db)
                let drills = try DrillScoreRecord.all().filter(DrillScoreRecord.Columns.trainee == trainee)
                    .order(DrillScoreRecord.Columns.drilledAt, DrillScoreRecord.Columns.id).fetchAll(db)
                return TrainingRecords(
                    trainee: trainee,
                    lessons: lessons.map { record in
                        LessonCompletion(
                            trainee: record.trainee, course: record.course, lessonID: record.lessonId,
                            correct: record.correct, questions: record.questions, at: record.completedAt)
                    },
                    attempts: try answers.map { record in
                        guard let kind = QuizItem.Kind(rawValue: record.kind), let source = QuizAttempt.Source(rawValue: record.source) else {
                            throw StoreError.unreadableRecord(path: path, what: "quiz answer \(record.id ?? 0) (kind '\(record.kind)', source '\(record.source)')")
                        }
                        return QuizAttempt(
                            trainee: record.trainee, itemID: record.itemId, ruleID: record.ruleId, topic: record.topic,
                            kind: kind, correct: record.correct, retry: record.retry, source: source, at: record.answeredAt)
                    },
                    reviews: reviews.map { ReviewState(itemID: $0.itemId, box: $0.box, lastReviewed: $0.lastReviewed, dueOn: $0.dueOn) },
                    drills: drills.map { record in
                        DrillResult(
                            trainee: record.trainee, accountID: record.accountId,
                            flags: SetScore(expected: record.flagsExpected, chosen: record.flagsChosen, hits: record.flagHits),
                            strategies: SetScore(expected: record.strategiesExpected, chosen: record.strategiesChosen, hits: record.strategyHits),
                            percent: record.percent, at: record.drilledAt)
                    })
            }
        }
    }

    /// Everyone who has done any training, sorted.
    public func trainees() throws(StoreError) -> [String] {
        try perform {
            try dbWriter.read { db in
                try String.fetchAll(db, sql: """
                    SELECT trainee FROM lessonCompletion UNION SELECT trainee FROM quizAnswer
                    UNION SELECT trainee FROM reviewState UNION SELECT trainee FROM drillScore ORDER BY trainee
                    """)
            }
        }
    }
}
