import Foundation
import GRDB

// The rows an import writes most, inserted through cached statements with their columns named:
// GRDB's `insert` encodes each record into a container and builds its statement every time, which
// was a tenth of an import. The values are the ones `insert` would store; dates are written as
// the text GRDB writes for them (`TimestampText.storage`), without its date formatter.
extension VisitLogRecord {
    mutating func insertCached(_ db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO visitLog (uuid, accountId, visitor, visitDate, version, createdAt, editedAt) VALUES (?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [uuid, accountId, visitor, visitDate, version, TimestampText.storage(createdAt), TimestampText.storage(editedAt)])
        id = db.lastInsertedRowID
    }
}

extension VisitLogVersionRecord {
    func insertCached(_ db: Database) throws {
        try db.cachedStatement(sql: "INSERT INTO visitLogVersion (logId, version, content, editedAt, editedBy) VALUES (?, ?, ?, ?, ?)")
            .execute(arguments: [logId, version, content, TimestampText.storage(editedAt), editedBy])
    }
}

extension FollowUpRecord {
    mutating func insertCached(_ db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO followUp (uuid, accountId, logId, text, raised, owner, department, due, status, createdAt, updatedAt)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                uuid, accountId, logId, text, raised, owner, department, due, status, TimestampText.storage(createdAt),
                TimestampText.storage(updatedAt),
            ])
        id = db.lastInsertedRowID
    }
}

extension FollowUpChangeRecord {
    /// Inserts the change unless one with its id is stored (`INSERT OR IGNORE`).
    func insertCachedUnlessStored(_ db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO followUpChange (uuid, followUpId, status, day, changedAt, changedBy) VALUES (?, ?, ?, ?, ?, ?)
            """).execute(arguments: [uuid, followUpId, status, day, TimestampText.storage(changedAt), changedBy])
    }
}

extension VerificationRecord {
    func insertCached(_ db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO verification (uuid, entryKind, entryId, entryVersion, verifiedBy, verifiedAt, comment, readAt)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                uuid, entryKind, entryId, entryVersion, verifiedBy, TimestampText.storage(verifiedAt), comment, readAt.map(TimestampText.storage),
            ])
    }
}
