import CoachCore
import Foundation
import GRDB

// Migration "v6-record-ids": every record gets a UUID. Earlier releases keyed a session by account
// and second and a visit log by account, salesperson and second, so records saved in the same
// second merged. The migration gives each existing record the name-based UUID of its old key
// (`RecordID.normalized`), the same on every machine, so an export written before it still finds
// the records it describes; records without any id (status changes, drafts, training records)
// get one too.
extension CoachDatabase {
    static func assignRecordIDs(_ db: Database) throws {
        try rekey(db, table: "coachingSession", column: "key", kind: .session) { old, new in
            try db.execute(sql: "UPDATE sessionAnswer SET sessionKey = ? WHERE sessionKey = ?", arguments: [new, old])
            try db.execute(
                sql: "UPDATE verification SET entryId = ? WHERE entryKind = ? AND entryId = ?",
                arguments: [new, JournalEntryKind.session.rawValue, old])
        }
        try rekey(db, table: "visitLog", column: "uuid", kind: .log) { old, new in
            try db.execute(
                sql: "UPDATE verification SET entryId = ? WHERE entryKind = ? AND entryId = ?",
                arguments: [new, JournalEntryKind.log.rawValue, old])
        }
        for old in try String.fetchAll(db, sql: "SELECT uuid FROM followUp") {
            let new = RecordID.normalizedFollowUp(old)
            if new != old { try db.execute(sql: "UPDATE followUp SET uuid = ? WHERE uuid = ?", arguments: [new, old]) }
        }
        try rekey(db, table: "verification", column: "uuid", kind: .verification) { _, _ in }

        // Status changes: keyed by their own id instead of (follow-up, status, instant).
        try db.create(table: "followUpChangeWithID") { t in
            t.primaryKey("uuid", .text)
            t.column("followUpId", .integer).notNull().indexed().references("followUp", onDelete: .cascade)
            t.column("status", .text).notNull()
            t.column("day", .text).notNull()
            t.column("changedAt", .datetime).notNull()
            t.column("changedBy", .text).notNull()
        }
        let changes = try Row.fetchAll(db, sql: """
            SELECT c.followUpId, c.status, c.day, c.changedAt, c.changedBy, f.uuid AS followUpUUID
            FROM followUpChange c JOIN followUp f ON f.id = c.followUpId
            """)
        for row in changes {
            let changedAt: Date = row["changedAt"]
            let status: String = row["status"], by: String = row["changedBy"], followUp: String = row["followUpUUID"]
            try db.execute(
                sql: "INSERT INTO followUpChangeWithID (uuid, followUpId, status, day, changedAt, changedBy) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [
                    RecordID.followUpChange(followUp: followUp, status: status, at: isoTimestamp(changedAt), by: by),
                    row["followUpId"] as Int64, status, row["day"] as String, changedAt, by,
                ])
        }
        try db.drop(table: "followUpChange")
        try db.rename(table: "followUpChangeWithID", to: "followUpChange")

        // Account versions keep (account, version) as their key and gain an id of their own.
        try db.alter(table: "accountVersion") { t in t.add(column: "uuid", .text).notNull().defaults(to: "") }
        for row in try Row.fetchAll(db, sql: "SELECT accountId, version FROM accountVersion") {
            let account: String = row["accountId"], version: Int = row["version"]
            try db.execute(
                sql: "UPDATE accountVersion SET uuid = ? WHERE accountId = ? AND version = ?",
                arguments: [RecordID.derived(from: "\(account)/\(version)", kind: .accountVersion), account, version])
        }
        try db.create(index: "accountVersion_on_uuid", on: "accountVersion", columns: ["uuid"], options: .unique)

        // Drafts, quiz answers and drills: a random id each (they are never exported).
        for table in ["visitLogDraft", "quizAnswer", "drillScore"] {
            try db.alter(table: table) { t in t.add(column: "uuid", .text).notNull().defaults(to: "") }
            for rowid in try Int64.fetchAll(db, sql: "SELECT rowid FROM \(table)") {
                try db.execute(
                    sql: "UPDATE \(table) SET uuid = ? WHERE rowid = ?", arguments: [RecordIDs.random.next(), rowid])
            }
            try db.create(index: "\(table)_on_uuid", on: table, columns: ["uuid"], options: .unique)
        }

        // Lesson completions: every completion kept (doing a lesson again no longer replaces it).
        try db.create(table: "lessonCompletionWithID") { t in
            t.primaryKey("uuid", .text)
            t.column("trainee", .text).notNull()
            t.column("lessonId", .text).notNull()
            t.column("course", .text).notNull()
            t.column("correct", .integer).notNull()
            t.column("questions", .integer).notNull()
            t.column("completedAt", .datetime).notNull()
        }
        for row in try Row.fetchAll(db, sql: "SELECT * FROM lessonCompletion") {
            try db.execute(
                sql: """
                    INSERT INTO lessonCompletionWithID (uuid, trainee, lessonId, course, correct, questions, completedAt)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    RecordIDs.random.next(), row["trainee"] as String, row["lessonId"] as String, row["course"] as String,
                    row["correct"] as Int, row["questions"] as Int, row["completedAt"] as Date,
                ])
        }
        try db.drop(table: "lessonCompletion")
        try db.rename(table: "lessonCompletionWithID", to: "lessonCompletion")
        try db.create(index: "lessonCompletion_on_trainee", on: "lessonCompletion", columns: ["trainee", "lessonId"])
    }

    /// Gives every row of `table` whose `column` is not a lowercase UUID its normalized id, and
    /// lets `references` move what refers to it.
    private static func rekey(
        _ db: Database, table: String, column: String, kind: RecordID.Kind, references: (String, String) throws -> Void
    ) throws {
        for old in try String.fetchAll(db, sql: "SELECT \(column) FROM \(table)") {
            let new = RecordID.normalized(old, kind: kind)
            guard new != old else { continue }
            try db.execute(sql: "UPDATE \(table) SET \(column) = ? WHERE \(column) = ?", arguments: [new, old])
            try references(old, new)
        }
    }
}
