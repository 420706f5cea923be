public import CoachCore
import Foundation
import GRDB

// Reading many visit logs at once: one query per table for a whole batch of logs (not five per
// log), each log's JSON decoded once with one decoder.
extension CoachDatabase {
    /// How many ids go into one `IN (…)` list (well under SQLite's variable limit).
    static let batchSize = 2_000

    /// Runs `body` on `ids` in chunks of `batchSize`, with `?, ?, …` for the chunk.
    static func chunked<ID: DatabaseValueConvertible, T>(_ ids: [ID], _ body: ([ID], String) throws -> [T]) rethrows -> [T] {
        var result: [T] = []
        var start = 0
        while start < ids.count {
            let chunk = Array(ids[start..<min(ids.count, start + batchSize)])
            result += try body(chunk, databaseQuestionMarks(count: chunk.count))
            start += batchSize
        }
        return result
    }

    /// The newest version of each log, in the order of `records`.
    ///
    /// - Complexity: one query per `batchSize` logs.
    static func visitLogs(_ records: [VisitLogRecord], db: Database) throws -> [VisitLog] {
        let decoder = JSONDecoder()
        let ids = records.compactMap(\.id)
        let versions = try chunked(ids) { chunk, marks in
            try VisitLogVersionRecord.fetchAll(db, sql: """
                SELECT v.* FROM visitLogVersion v JOIN visitLog l ON l.id = v.logId AND l.version = v.version
                WHERE l.id IN (\(marks))
                """, arguments: StatementArguments(chunk))
        }
        var newest: [Int64: VisitLogVersionRecord] = [:]
        newest.reserveCapacity(versions.count)
        for version in versions { newest[version.logId] = version }
        return try records.map { record in
            guard let id = record.id, let version = newest[id] else {
                throw StoreError.journal(.unreadable(what: "visit log '\(record.uuid)'", reason: "version \(record.version) is missing"))
            }
            return VisitLog(
                number: Int(id), uuid: record.uuid, accountID: record.accountId, visitor: record.visitor, version: record.version,
                content: try content(version, decoder: decoder), createdAt: record.createdAt, editedAt: record.editedAt)
        }
    }

    /// Every version, follow-up (with its history) and verification of `records`, in their order.
    ///
    /// - Complexity: a few queries per `batchSize` logs.
    static func details(_ records: [VisitLogRecord], db: Database) throws -> [VisitLogDetail] {
        let decoder = JSONDecoder()
        let ids = records.compactMap(\.id)
        var versionsByLog: [Int64: [VisitLogVersion]] = [:]
        for version in try chunked(ids, { chunk, marks in
            try VisitLogVersionRecord.fetchAll(
                db, sql: "SELECT * FROM visitLogVersion WHERE logId IN (\(marks)) ORDER BY logId, version",
                arguments: StatementArguments(chunk))
        }) {
            let content = try content(version, decoder: decoder)
            versionsByLog[version.logId, default: []].append(
                VisitLogVersion(version: version.version, content: content, editedAt: version.editedAt, editedBy: version.editedBy))
        }
        let followUps = try followUps(ofLogs: ids, db: db)
        let verifications = try verificationRecords(db, kind: .log, entryIDs: records.map(\.uuid))
        return try records.map { record in
            guard let id = record.id, let versions = versionsByLog[id], let newest = versions.last(where: { $0.version == record.version }) else {
                throw StoreError.journal(.unreadable(what: "visit log '\(record.uuid)'", reason: "version \(record.version) is missing"))
            }
            let log = VisitLog(
                number: Int(id), uuid: record.uuid, accountID: record.accountId, visitor: record.visitor, version: record.version,
                content: newest.content, createdAt: record.createdAt, editedAt: record.editedAt)
            return VisitLogDetail(
                log: log, versions: versions, followUps: followUps[id] ?? [],
                verifications: (verifications[record.uuid] ?? []).map(verification))
        }
    }

    /// The follow-ups raised at each of `logIDs`, by id, each with its status history.
    static func followUps(ofLogs logIDs: [Int64], db: Database) throws -> [Int64: [FollowUp]] {
        let records = try chunked(logIDs) { chunk, marks in
            try FollowUpRecord.fetchAll(
                db, sql: "SELECT * FROM followUp WHERE logId IN (\(marks)) ORDER BY id", arguments: StatementArguments(chunk))
        }
        var result: [Int64: [FollowUp]] = [:]
        for followUp in try followUps(records, db: db) {
            if let log = followUp.logNumber { result[Int64(log), default: []].append(followUp) }
        }
        return result
    }

    /// `records` as follow-ups with their status histories and logs' stable ids, in their order.
    ///
    /// - Complexity: a few queries per `batchSize` follow-ups.
    static func followUps(_ records: [FollowUpRecord], db: Database) throws -> [FollowUp] {
        let logIDs = Array(Set(records.compactMap(\.logId)))
        let uuids = try chunked(logIDs) { chunk, marks in
            try Row.fetchAll(db, sql: "SELECT id, uuid FROM visitLog WHERE id IN (\(marks))", arguments: StatementArguments(chunk))
        }
        var logUUID: [Int64: String] = [:]
        for row in uuids { logUUID[row["id"]] = row["uuid"] }
        let changes = try chunked(records.compactMap(\.id)) { chunk, marks in
            try FollowUpChangeRecord.fetchAll(
                db, sql: "SELECT * FROM followUpChange WHERE followUpId IN (\(marks)) ORDER BY changedAt",
                arguments: StatementArguments(chunk))
        }
        var history: [Int64: [FollowUpChangeRecord]] = [:]
        for change in changes { history[change.followUpId, default: []].append(change) }
        return records.map { record in
            followUp(record, history: history[record.id!] ?? [], logUUID: record.logId.flatMap { logUUID[$0] })
        }
    }

    /// The verifications of each of `entryIDs`, oldest first.
    static func verificationRecords(_ db: Database, kind: JournalEntryKind, entryIDs: [String]) throws -> [String: [VerificationRecord]] {
        let records = try chunked(entryIDs) { chunk, marks in
            try VerificationRecord.fetchAll(
                db, sql: "SELECT * FROM verification WHERE entryKind = ? AND entryId IN (\(marks)) ORDER BY verifiedAt",
                arguments: StatementArguments([kind.rawValue] + chunk))
        }
        var result: [String: [VerificationRecord]] = [:]
        for record in records { result[record.entryId, default: []].append(record) }
        return result
    }

    static func content(_ record: VisitLogVersionRecord, decoder: JSONDecoder) throws -> VisitLogContent {
        do {
            return try decoder.decode(VisitLogContent.self, from: Data(record.content.utf8))
        } catch {
            throw StoreError.journal(.unreadable(what: "version \(record.version) of visit log #\(record.logId)", reason: "\(error)"))
        }
    }
}
