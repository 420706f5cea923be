import Foundation
import GRDB

// Migration "v10-sync-training" and the training records of `coach sync`: lesson completions,
// quiz answers and drill scores go up as their owner's (so a manager's `coach progress --all`
// covers the team, and a new laptop gets its owner's progress back). The Leitner review state
// stays local: it is each store's schedule, rebuilt from the answers it holds.
extension CoachDatabase {
    /// The outbox kinds of training records and their tables.
    static let trainingSyncKinds: [(kind: String, table: String)] = [
        ("lesson", "lessonCompletion"), ("quiz-answer", "quizAnswer"), ("drill", "drillScore"),
    ]

    static func syncTraining(_ db: Database) throws {
        try createTrainingSyncTriggers(db)
        // What is already stored is this person's to push on the next sync.
        try db.execute(sql: """
            INSERT INTO syncOutbox (kind, uuid) SELECT 'lesson', uuid FROM lessonCompletion ORDER BY completedAt;
            INSERT INTO syncOutbox (kind, uuid) SELECT 'quiz-answer', uuid FROM quizAnswer ORDER BY id;
            INSERT INTO syncOutbox (kind, uuid) SELECT 'drill', uuid FROM drillScore ORDER BY id;
            """)
    }

    /// A later migration that rebuilds a training table must call this again.
    static func createTrainingSyncTriggers(_ db: Database) throws {
        for (kind, table) in trainingSyncKinds {
            try db.execute(sql: """
                CREATE TRIGGER IF NOT EXISTS syncOutbox_\(table)_insert AFTER INSERT ON \(table)
                BEGIN INSERT INTO syncOutbox (kind, uuid) VALUES ('\(kind)', NEW.uuid); END
                """)
        }
    }

    /// A training record as the server keeps it, or nil when it is gone.
    static func outgoingTraining(kind: String, uuid: String, db: Database) throws -> SyncOutgoing? {
        switch kind {
        case "lesson":
            guard let record = try LessonCompletionRecord.fetchOne(db, key: uuid) else { return nil }
            return SyncOutgoing(kind: kind, id: uuid, account: "", author: record.trainee, payload: try trainingJSON(record))
        case "quiz-answer":
            guard var record = try QuizAnswerRecord.filter(Column("uuid") == uuid).fetchOne(db) else { return nil }
            record.id = nil
            return SyncOutgoing(kind: kind, id: uuid, account: "", author: record.trainee, payload: try trainingJSON(record))
        case "drill":
            guard var record = try DrillScoreRecord.filter(Column("uuid") == uuid).fetchOne(db) else { return nil }
            record.id = nil
            return SyncOutgoing(kind: kind, id: uuid, account: record.accountId, author: record.trainee, payload: try trainingJSON(record))
        default:
            return nil
        }
    }

    /// Stores a pulled training record once (by its id); nil when `kind` is not a training kind.
    static func importPulledTraining(_ record: SyncIncoming, db: Database) throws -> ExchangeOutcome? {
        let before = db.totalChangesCount
        switch record.kind {
        case "lesson":
            try ExchangeItem.decodeLine(LessonCompletionRecord.self, record.payload).insert(db, onConflict: .ignore)
        case "quiz-answer":
            var answer = try ExchangeItem.decodeLine(QuizAnswerRecord.self, record.payload)
            answer.id = nil
            try answer.insert(db, onConflict: .ignore)
        case "drill":
            var drill = try ExchangeItem.decodeLine(DrillScoreRecord.self, record.payload)
            drill.id = nil
            try drill.insert(db, onConflict: .ignore)
        default:
            return nil
        }
        return db.totalChangesCount == before ? .unchanged : .added
    }

    static func trainingJSON(_ value: some Encodable) throws -> String {
        try ExchangeItem.encodeLine(value)
    }

}
