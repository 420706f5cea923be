public import CoachCore
public import Foundation
import GRDB

// Moving a team's data between machines: `coach export` writes `exchangeItems`, `coach import`
// hands each line to `importExchangeItem`. Every item has a stable id, so importing twice changes
// nothing.
extension CoachDatabase {
    /// Everything to export, accounts first (their versions), then sessions with their answers,
    /// visit logs with their versions, follow-ups with their history, and verifications.
    ///
    /// - Parameters:
    ///   - since: only entries on or after this day (visit date, session start, day raised).
    ///   - who: only this salesperson's sessions, logs and follow-ups.
    ///   Verifications of the entries exported, and every version of the accounts they refer to
    ///   (all accounts when neither filter is given), come along.
    public func exchangeItems(since: DayNumber? = nil, who: String? = nil, timeZone: TimeZone = .current) throws(StoreError) -> [ExchangeItem] {
        try perform {
            try dbWriter.read { db in
                let sinceText = since?.text
                var sessions: [ExchangeItem] = []
                var logs: [ExchangeItem] = []
                var followUps: [ExchangeItem] = []
                var verifications: [ExchangeItem] = []
                var accounts = Set<String>()
                var entries: [(JournalEntryKind, String)] = []

                for (_, record) in try Self.numberedSessions(db) {
                    if let sinceText, Self.day(of: record.startedAt, in: timeZone) < sinceText { continue }
                    if let who, record.salesperson != who { continue }
                    sessions.append(.session(try Self.exchangeSession(record, db: db)))
                    accounts.insert(record.accountId)
                    entries.append((.session, record.key))
                }
                var logIDs = Set<Int64>()
                for record in try VisitLogRecord.all().order(VisitLogRecord.Columns.id).fetchAll(db) {
                    if let sinceText, record.visitDate < sinceText { continue }
                    if let who, record.visitor != who { continue }
                    let versions = try VisitLogVersionRecord.filter(VisitLogVersionRecord.Columns.logId == record.id!)
                        .order(VisitLogVersionRecord.Columns.version).fetchAll(db)
                        .map { VisitLogVersion(version: $0.version, content: try Self.content($0), editedAt: $0.editedAt, editedBy: $0.editedBy) }
                    logs.append(.log(ExchangeLog(
                        id: record.uuid, account: record.accountId, visitor: record.visitor, createdAt: record.createdAt,
                        versions: versions)))
                    logIDs.insert(record.id!)
                    accounts.insert(record.accountId)
                    entries.append((.log, record.uuid))
                }
                for record in try FollowUpRecord.all().order(FollowUpRecord.Columns.id).fetchAll(db) {
                    let fromExportedLog = record.logId.map(logIDs.contains) ?? false
                    if !fromExportedLog {
                        if let sinceText, record.raised < sinceText { continue }
                        if let who, record.owner != who { continue }
                    }
                    let followUp = try Self.followUp(record, db: db)
                    followUps.append(.followUp(ExchangeFollowUp(
                        id: followUp.uuid, account: followUp.accountID, log: followUp.logUUID, text: followUp.text,
                        raised: followUp.raised, owner: followUp.owner, department: followUp.department, due: followUp.due,
                        status: followUp.status, createdAt: followUp.createdAt, updatedAt: followUp.updatedAt,
                        history: followUp.history)))
                    accounts.insert(record.accountId)
                }
                for (kind, id) in entries {
                    for record in try Self.verificationRecords(db, kind: kind, entryID: id) {
                        verifications.append(.verification(ExchangeVerification(
                            id: record.uuid, kind: kind, entry: record.entryId, entryVersion: record.entryVersion,
                            verifiedBy: record.verifiedBy, verifiedAt: record.verifiedAt, comment: record.comment)))
                    }
                }

                var versions: [ExchangeItem] = []
                let everything = since == nil && who == nil
                for record in try AccountVersionRecord.all().order(AccountVersionRecord.Columns.accountId, AccountVersionRecord.Columns.version).fetchAll(db)
                where everything || accounts.contains(record.accountId) {
                    versions.append(.accountVersion(ExchangeAccountVersion(
                        account: record.accountId, version: record.version, importedAt: record.importedAt,
                        importedBy: record.importedBy, source: record.source, summary: record.summary,
                        content: try Self.decode(record), uuid: record.uuid)))
                }
                return versions + sessions + logs + followUps + verifications
            }
        }
    }

    /// Imports one exported item; what is already here under the same id is kept.
    ///
    /// Ids that are not UUIDs (exports written before every record had one) are read as the
    /// UUIDs the store's migration gave the same records (`RecordID.normalized`).
    public func importExchangeItem(_ item: ExchangeItem) throws(StoreError) -> ExchangeOutcome {
        try perform {
            try dbWriter.write { db in
                var change: SearchTextChange?
                let outcome = try Self.importItem(Self.normalizingIDs(item), db: db, change: &change)
                if let change { try Self.refreshSearchText(db, changes: [change]) }
                return outcome
            }
        }
    }

    /// The log whose searchable text an imported item changed (a log, or a follow-up raised at one).
    static func changedLog(_ item: ExchangeItem, outcome: ExchangeOutcome, db: Database) throws -> Int64? {
        switch outcome {
        case .added, .updated: break
        case .unchanged, .conflict: return nil
        }
        switch item {
        case .log(let log): return try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM visitLog WHERE uuid = ?"), arguments: [log.id])
        case .followUp(let followUp):
            return try Int64.fetchOne(db.cachedStatement(sql: "SELECT logId FROM followUp WHERE uuid = ?"), arguments: [followUp.id])
        case .accountVersion, .session, .verification: return nil
        }
    }

    /// Imports a batch of exported items in one transaction: an item that cannot be stored is
    /// reported and leaves nothing behind, the others are kept.
    ///
    /// The batch is first imported as a whole, without a savepoint per item. Every field was
    /// checked before (`ExchangeItem.problem(within:)`), so the store refusing an item is rare;
    /// when it does, that attempt is rolled back whole and the batch is imported again with each
    /// item in its own savepoint, which gives exactly the outcomes an item-by-item import gives.
    ///
    /// - Parameter lineHashes: the hash of each item's export line (or nil); the line of an item
    ///   stored for good is remembered, so that importing it again is skipped (`importedLines`).
    /// - Complexity: one commit per batch instead of one per item; the search text of the logs the
    ///   batch changed is computed once, at the end, from the content the batch stored.
    public func importExchangeItems(_ items: [ExchangeItem], lineHashes: [Data?] = []) throws(StoreError) -> [Result<ExchangeOutcome, StoreError>] {
        let items = items.map(Self.normalizingIDs)
        let synchronous: Int = try perform {
            // SQLite keeps a statement's undo pages in a temporary file once they pass 64 KB: with
            // the FTS index and the indexes an import writes, that was most of its system calls.
            // In memory they are a copy each (freed after the statement); it cannot be changed
            // inside a transaction.
            try dbWriter.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA temp_store = MEMORY")
                // An import can be run again (the second time it changes nothing), so its batches
                // need not each reach the disk before the next one: in WAL mode NORMAL keeps the
                // store consistent through a power cut and syncs at checkpoints, not at every
                // commit (a twentieth of an import was that sync). Set back once the batch is stored.
                let current = try Int.fetchOne(db, sql: "PRAGMA synchronous") ?? 2
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
                return current
            }
        }
        defer {
            _ = try? perform { try dbWriter.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = \(synchronous)") } }
        }
        let whole: [Result<ExchangeOutcome, StoreError>]? = try perform {
            do {
                return try dbWriter.write { db in try importBatch(items, lineHashes: lineHashes, db: db, isolating: false) }
            } catch is ItemRefused {
                return nil
            }
        }
        if let whole { return whole }
        return try perform {
            try dbWriter.write { db in try importBatch(items, lineHashes: lineHashes, db: db, isolating: true) }
        }
    }

    /// Thrown by a batch imported as a whole when the store refuses one of its items.
    private struct ItemRefused: Error {}

    /// Imports `items` (ids already normalized) inside the caller's transaction. Unless
    /// `isolating`, the first item the store refuses throws `ItemRefused`; when `isolating`,
    /// each item runs in a savepoint and a refused one is a failure in the results.
    private func importBatch(
        _ items: [ExchangeItem], lineHashes: [Data?], db: Database, isolating: Bool
    ) throws -> [Result<ExchangeOutcome, StoreError>] {
        // A batch touches more pages than SQLite's default 2 MB cache holds: spilling them to
        // the log before the commit wrote most pages several times.
        try db.execute(sql: "PRAGMA cache_size = -32768")
        let remember = try db.cachedStatement(sql: "INSERT OR IGNORE INTO importedLine (hash, type) VALUES (?, ?)")
        var changes: [Int64: SearchTextChange] = [:]
        var results: [Result<ExchangeOutcome, StoreError>] = []
        results.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            let hash = index < lineHashes.count ? lineHashes[index] : nil
            var change: SearchTextChange?
            func store() throws -> ExchangeOutcome {
                let outcome = try Self.importItem(item, db: db, change: &change)
                if let hash, try Self.isSettled(item, outcome: outcome, db: db) {
                    try remember.execute(arguments: [hash, item.type])
                }
                return outcome
            }
            if isolating {
                var outcome: ExchangeOutcome = .unchanged
                do throws(StoreError) {
                    try Self.converting(path: path) {
                        try db.inSavepoint {
                            outcome = try store()
                            return .commit
                        }
                    }
                    results.append(.success(outcome))
                } catch {
                    results.append(.failure(error))
                    continue
                }
            } else {
                do {
                    results.append(.success(try store()))
                } catch {
                    throw ItemRefused()
                }
            }
            if let change { SearchTextChange.merge(change, into: &changes) }
        }
        try Self.refreshSearchText(db, changes: changes.values.sorted { $0.id < $1.id })
        return results
    }

    /// Which of `hashes` are lines an earlier import stored for good, with each one's type: such a
    /// line is counted unchanged without being read again.
    ///
    /// - Complexity: one query per `batchSize` hashes.
    public func importedLines(_ hashes: [Data]) throws(StoreError) -> [Data: String] {
        try perform {
            try dbWriter.read { db in
                var known: [Data: String] = [:]
                for row in try Self.chunked(hashes, { chunk, marks in
                    try Row.fetchAll(db, sql: "SELECT hash, type FROM importedLine WHERE hash IN (\(marks))", arguments: StatementArguments(chunk))
                }) {
                    known[row["hash"]] = row["type"]
                }
                return known
            }
        }
    }

    /// Whether importing the same line again can only say `unchanged`: stored records are never
    /// rewritten by an import (versions and status changes are added, a newer update wins), except
    /// that a follow-up whose log was not here yet is linked to it once it arrives; a conflict is
    /// said again each time.
    static func isSettled(_ item: ExchangeItem, outcome: ExchangeOutcome, db: Database) throws -> Bool {
        if case .conflict = outcome { return false }
        guard case .followUp(let followUp) = item, followUp.log != nil else { return true }
        return try Int64.fetchOne(
            db.cachedStatement(sql: "SELECT logId FROM followUp WHERE uuid = ?"), arguments: [followUp.id]) != nil
    }

    /// Migration "v13-imported-lines": the hashes of export lines already imported for good.
    static func createImportedLines(_ db: Database) throws {
        try db.create(table: "importedLine", options: .withoutRowID) { t in
            t.primaryKey("hash", .blob)
            t.column("type", .text).notNull()
        }
    }

    /// Imports one item inside the caller's transaction.
    static func importItem(_ item: ExchangeItem, db: Database) throws -> ExchangeOutcome {
        var change: SearchTextChange?
        return try importItem(item, db: db, change: &change)
    }

    /// Imports one item inside the caller's transaction; `change` is set to the log whose
    /// searchable text the item changed (a log, or a follow-up raised at one), if any.
    static func importItem(_ item: ExchangeItem, db: Database, change: inout SearchTextChange?) throws -> ExchangeOutcome {
        switch Self.normalizingIDs(item) {
        case .accountVersion(let version):
            let content = try encode(version.content)
            return try importAccountVersion(version, content: content, db: db)
        case .session(let session):
            let answers = try session.answers.map { answer throws(StoreError) in (answer, try json(answer.answer)) }
            let flags = try session.flags.map { value throws(StoreError) in try json(value) }
            let strategies = try session.strategies.map { value throws(StoreError) in try json(value) }
            let outline = try session.outline.map { value throws(StoreError) in try json(value) }
            return try importSession(session, answers: answers, flags: flags, strategies: strategies, outline: outline, db: db)
        case .log(let log):
            for version in log.versions { try checkDay(version.content.visitDate, field: "visit date of log '\(log.id)'") }
            let contents = log.versions.map { version in (version, version.content.storedJSON) }
            return try importLog(log, contents: contents, db: db, change: &change)
        case .followUp(let followUp):
            try checkDay(followUp.raised, field: "raised date of follow-up '\(followUp.id)'")
            return try importFollowUp(followUp, db: db, change: &change)
        case .verification(let verification):
            if let existing = try VerificationRecord.fetchOne(
                db.cachedStatement(sql: "SELECT * FROM verification WHERE uuid = ?"), arguments: [verification.id]) {
                return existing.comment == verification.comment && existing.entryId == verification.entry
                    ? .unchanged : .conflict("verification '\(verification.id)' differs from the one in this store; kept this store's")
            }
            try VerificationRecord(
                uuid: verification.id, entryKind: verification.kind.rawValue, entryId: verification.entry,
                entryVersion: verification.entryVersion, verifiedBy: verification.verifiedBy,
                verifiedAt: verification.verifiedAt, comment: verification.comment, readAt: nil
            ).insertCached(db)
            return .added
        }
    }

    /// `item` with every id and reference in the form this store keeps.
    static func normalizingIDs(_ item: ExchangeItem) -> ExchangeItem {
        switch item {
        case .accountVersion(var version):
            version.uuid = version.uuid.map { RecordID.normalized($0, kind: .accountVersion) }
                ?? RecordID.derived(from: "\(version.account)/\(version.version)", kind: .accountVersion)
            return .accountVersion(version)
        case .session(var session):
            session.id = RecordID.normalized(session.id, kind: .session)
            return .session(session)
        case .log(var log):
            log.id = RecordID.normalized(log.id, kind: .log)
            return .log(log)
        case .followUp(var followUp):
            followUp.id = RecordID.normalizedFollowUp(followUp.id)
            followUp.log = followUp.log.map { RecordID.normalized($0, kind: .log) }
            followUp.history = followUp.history.map { change in
                var change = change
                change.id = change.id.map { RecordID.normalized($0, kind: .followUpChange) }
                    ?? RecordID.followUpChange(followUp: followUp.id, status: change.status.rawValue, at: isoTimestamp(change.at), by: change.by)
                return change
            }
            return .followUp(followUp)
        case .verification(var verification):
            verification.id = RecordID.normalized(verification.id, kind: .verification)
            verification.entry = RecordID.normalized(verification.entry, kind: verification.kind == .log ? .log : .session)
            return .verification(verification)
        }
    }

    static func importAccountVersion(_ item: ExchangeAccountVersion, content: String, db: Database) throws -> ExchangeOutcome {
        let uuid = item.uuid ?? RecordID.derived(from: "\(item.account)/\(item.version)", kind: .accountVersion)
        if let existing = try AccountVersionRecord.all().filter(accountID: item.account)
            .filter(AccountVersionRecord.Columns.version == item.version).fetchOne(db) {
            return try decode(existing) == item.content
                ? .unchanged
                : .conflict("account '\(item.account)' version \(item.version) differs from the one in this store; kept this store's")
        }
        let account = try AccountRecord.fetchOne(db, key: item.account)
        let row = AccountRecord(
            id: item.account, name: item.content.name, owner: item.content.owner, tier: item.content.tier?.rawValue,
            version: item.version, updatedAt: item.importedAt)
        // The version refers to the account row, so a new account's row comes first.
        if account == nil { try row.insert(db) }
        try AccountVersionRecord(
            accountId: item.account, version: item.version, importedAt: item.importedAt, importedBy: item.importedBy,
            source: item.source, content: content, summary: item.summary, uuid: uuid
        ).insert(db)
        if let account, item.version > account.version { try row.update(db) }
        return .added
    }

    static func importSession(
        _ item: ExchangeSession, answers: [(ExchangeSession.Answer, String)], flags: String?, strategies: String?,
        outline: String?, db: Database
    ) throws -> ExchangeOutcome {
        let existing = try CoachingSessionRecord.fetchOne(db, key: item.id)
        let record = CoachingSessionRecord(
            key: item.id, accountId: item.account, accountVersion: item.accountVersion, salesperson: item.salesperson,
            language: item.language, status: item.status, position: item.position, startedAt: item.startedAt,
            updatedAt: item.updatedAt, finishedAt: item.finishedAt, flags: flags, strategies: strategies, outline: outline)
        var changed = false
        if let existing {
            if Self.isLater(item.updatedAt, than: existing.updatedAt) {
                try record.update(db)
                changed = true
            }
        } else {
            try record.insert(db)
        }
        for (answer, content) in answers {
            let known = try SessionAnswerRecord
                .filter(SessionAnswerRecord.Columns.sessionKey == item.id && Column("questionId") == answer.answer.questionID)
                .fetchOne(db)
            if let known, !Self.isLater(answer.answeredAt, than: known.answeredAt) { continue }
            try SessionAnswerRecord(sessionKey: item.id, questionId: answer.answer.questionID, answer: content, answeredAt: answer.answeredAt)
                .upsert(db)
            changed = true
        }
        if existing == nil { return .added }
        return changed ? .updated : .unchanged
    }

    /// Whether `date` is later than `stored` by at least a millisecond: the store and the export
    /// keep milliseconds, so a date read back from either compares equal to itself (a re-import
    /// changes nothing).
    static func isLater(_ date: Date, than stored: Date) -> Bool {
        (date.timeIntervalSince1970 * 1000).rounded() > (stored.timeIntervalSince1970 * 1000).rounded()
    }

    /// Imports a log and its versions; `change` is set when the log's searchable text may differ,
    /// with its newest content when that is the one this import stored.
    static func importLog(
        _ item: ExchangeLog, contents: [(VisitLogVersion, String)], db: Database, change: inout SearchTextChange?
    ) throws -> ExchangeOutcome {
        guard let newest = item.versions.max(by: { $0.version < $1.version }) else {
            throw StoreError.journal(.unreadable(what: "visit log '\(item.id)'", reason: "it has no versions"))
        }
        var record: VisitLogRecord
        let isNew: Bool
        if let existing = try VisitLogRecord.fetchOne(db.cachedStatement(sql: "SELECT * FROM visitLog WHERE uuid = ?"), arguments: [item.id]) {
            record = existing
            isNew = false
        } else {
            record = VisitLogRecord(
                id: nil, uuid: item.id, accountId: item.account, visitor: item.visitor, visitDate: newest.content.visitDate,
                version: newest.version, createdAt: item.createdAt, editedAt: newest.editedAt)
            try record.insertCached(db)
            isNew = true
        }
        var added = false
        var conflicts: [Int] = []
        for (version, content) in contents {
            if let stored = try VisitLogVersionRecord.fetchOne(
                db.cachedStatement(sql: "SELECT * FROM visitLogVersion WHERE logId = ? AND version = ?"),
                arguments: [record.id!, version.version]) {
                if try Self.content(stored) != version.content { conflicts.append(version.version) }
                continue
            }
            try VisitLogVersionRecord(logId: record.id!, version: version.version, content: content, editedAt: version.editedAt, editedBy: version.editedBy)
                .insertCached(db)
            added = true
        }
        var newestStored = isNew
        if !isNew, newest.version > record.version {
            record.version = newest.version
            record.visitDate = newest.content.visitDate
            record.editedAt = newest.editedAt
            try record.update(db)
            newestStored = !conflicts.contains(newest.version)
        }
        let source = newestStored
            ? SearchTextChange.Source(accountID: record.accountId, visitor: record.visitor, content: newest.content) : nil
        if isNew {
            change = SearchTextChange(id: record.id!, source: source, isNew: true)
            return .added
        }
        if !conflicts.isEmpty {
            let list = conflicts.map(String.init).joined(separator: ", ")
            return .conflict("visit log '\(item.id)' version \(list) differs from the one in this store; kept this store's")
        }
        if added { change = SearchTextChange(id: record.id!, source: source) }
        return added ? .updated : .unchanged
    }

    /// Imports a follow-up and its status history; `change` is set to the log it is raised at
    /// when it was added or changed.
    static func importFollowUp(_ item: ExchangeFollowUp, db: Database, change: inout SearchTextChange?) throws -> ExchangeOutcome {
        let logID = try item.log.flatMap {
            try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM visitLog WHERE uuid = ?"), arguments: [$0])
        }
        var record: FollowUpRecord
        let isNew: Bool
        if let existing = try FollowUpRecord.fetchOne(db.cachedStatement(sql: "SELECT * FROM followUp WHERE uuid = ?"), arguments: [item.id]) {
            record = existing
            isNew = false
        } else {
            record = FollowUpRecord(
                id: nil, uuid: item.id, accountId: item.account, logId: logID, text: item.text, raised: item.raised,
                owner: item.owner, department: item.department, due: item.due, status: item.status.rawValue,
                createdAt: item.createdAt, updatedAt: item.updatedAt)
            try record.insertCached(db)
            isNew = true
        }
        var changed = false
        for change in item.history {
            let before = db.totalChangesCount
            let uuid = change.id ?? RecordID.followUpChange(followUp: item.id, status: change.status.rawValue, at: isoTimestamp(change.at), by: change.by)
            try FollowUpChangeRecord(
                uuid: uuid, followUpId: record.id!, status: change.status.rawValue, day: change.day, changedAt: change.at, changedBy: change.by
            ).insertCachedUnlessStored(db)
            if db.totalChangesCount != before { changed = true }
        }
        if !isNew {
            if Self.isLater(item.updatedAt, than: record.updatedAt) {
                record.owner = item.owner
                record.department = item.department
                record.due = item.due
                record.text = item.text
                record.updatedAt = item.updatedAt
                changed = true
            }
            if record.logId == nil, let logID {
                record.logId = logID
                changed = true
            }
            let latest = try FollowUpChangeRecord.fetchOne(
                db.cachedStatement(sql: "SELECT * FROM followUpChange WHERE followUpId = ? ORDER BY changedAt DESC LIMIT 1"),
                arguments: [record.id!])
            if let latest, latest.status != record.status {
                record.status = latest.status
                changed = true
            }
            if changed { try record.update(db) }
        }
        if (isNew || changed), let logID = record.logId { change = SearchTextChange(id: logID) }
        if isNew { return .added }
        return changed ? .updated : .unchanged
    }

    static func exchangeSession(_ record: CoachingSessionRecord, db: Database) throws -> ExchangeSession {
        let decoder = JSONDecoder()
        let answers = try SessionAnswerRecord.filter(SessionAnswerRecord.Columns.sessionKey == record.key)
            .order(SessionAnswerRecord.Columns.answeredAt).fetchAll(db)
            .map { ExchangeSession.Answer(answer: try decoder.decode(PrepAnswer.self, from: Data($0.answer.utf8)), answeredAt: $0.answeredAt) }
        func decode<T: Decodable>(_ text: String?, as type: T.Type) throws -> T? {
            try text.map { try decoder.decode(T.self, from: Data($0.utf8)) }
        }
        return ExchangeSession(
            id: record.key, account: record.accountId, accountVersion: record.accountVersion, salesperson: record.salesperson,
            language: record.language, status: record.status, position: record.position, startedAt: record.startedAt,
            updatedAt: record.updatedAt, finishedAt: record.finishedAt, answers: answers,
            flags: try decode(record.flags, as: [RiskFlag].self), strategies: try decode(record.strategies, as: [StrategyChoice].self),
            outline: try decode(record.outline, as: [OutlineQuestion].self))
    }
}
