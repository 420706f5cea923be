public import CoachCore
public import Foundation
import GRDB

// The visit journal: visit logs with their versions, follow-ups with their status history, and
// managers' verifications of logs and coaching sessions (migration "v3").
extension CoachDatabase {
    /// Migration "v3": the journal's tables. The v2 `coachingSession` table is not altered: a
    /// verification is keyed by the entry's kind and stable id.
    static func createJournalTables(_ db: Database) throws {
        try db.create(table: "visitLog") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("uuid", .text).notNull().unique()
            t.column("accountId", .text).notNull().indexed()
            t.column("visitor", .text).notNull().indexed()
            t.column("visitDate", .text).notNull().indexed()
            t.column("version", .integer).notNull()
            t.column("createdAt", .datetime).notNull()
            t.column("editedAt", .datetime).notNull()
        }
        try db.create(table: "visitLogVersion") { t in
            t.column("logId", .integer).notNull().references("visitLog", onDelete: .cascade)
            t.column("version", .integer).notNull()
            t.column("content", .text).notNull()
            t.column("editedAt", .datetime).notNull()
            t.column("editedBy", .text).notNull()
            t.primaryKey(["logId", "version"])
        }
        try db.create(table: "followUp") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("uuid", .text).notNull().unique()
            t.column("accountId", .text).notNull().indexed()
            t.column("logId", .integer).indexed().references("visitLog", onDelete: .setNull)
            t.column("text", .text).notNull()
            t.column("raised", .text).notNull()
            t.column("owner", .text).notNull().indexed()
            t.column("department", .text)
            t.column("due", .text)
            t.column("status", .text).notNull()
            t.column("createdAt", .datetime).notNull()
            t.column("updatedAt", .datetime).notNull()
        }
        try db.create(table: "followUpChange") { t in
            t.column("followUpId", .integer).notNull().references("followUp", onDelete: .cascade)
            t.column("status", .text).notNull()
            t.column("day", .text).notNull()
            t.column("changedAt", .datetime).notNull()
            t.column("changedBy", .text).notNull()
            t.primaryKey(["followUpId", "status", "changedAt"])
        }
        try db.create(table: "verification") { t in
            t.primaryKey("uuid", .text)
            t.column("entryKind", .text).notNull()
            t.column("entryId", .text).notNull()
            t.column("entryVersion", .integer)
            t.column("verifiedBy", .text).notNull()
            t.column("verifiedAt", .datetime).notNull()
            t.column("comment", .text).notNull()
            t.column("readAt", .datetime)
        }
        try db.create(index: "verification_on_entry", on: "verification", columns: ["entryKind", "entryId"])
    }
}

// MARK: - Visit logs

extension CoachDatabase {
    /// Stores a visit log as version 1 and opens a follow-up for each issue (owned by the visitor
    /// unless the issue names an owner; raised on the visit date; status `open`).
    ///
    /// A log whose `uuid` is already stored is left as it is (`isNew` false), so a script can run twice.
    /// An id that is not a UUID (a script's `demo-001`) is stored as its derived UUID
    /// (`RecordID.normalized`) and still finds the log.
    ///
    /// ```swift
    /// let saved = try store.recordVisit(NewVisitLog(
    ///     uuid: "demo-001", accountID: "east-post", visitor: "李明", at: now,
    ///     content: VisitLogContent(visitDate: "2026-11-03", peopleMet: ["陳志明"], discussed: "年度宣傳計劃"),
    ///     issues: [NewFollowUp(text: "月結帳單對不上", department: "財務部", due: "2026-11-20")]))
    /// print(saved.log.number, saved.followUps.map(\.number))
    /// ```
    public func recordVisit(_ new: NewVisitLog) throws(StoreError) -> RecordedVisit {
        try Self.checkDay(new.content.visitDate, field: "visit date")
        for issue in new.issues {
            if let due = issue.due { try Self.checkDay(due, field: "due date") }
        }
        let content = try Self.json(new.content)
        let uuid = RecordID.normalized(new.uuid, kind: .log)
        return try perform {
            try dbWriter.write { db in
                try Self.requireAccount(db, id: new.accountID)
                if let existing = try VisitLogRecord.filter(VisitLogRecord.Columns.uuid == uuid).fetchOne(db) {
                    return RecordedVisit(
                        log: try Self.visitLog(existing, db: db), followUps: try Self.followUps(ofLog: existing, db: db),
                        isNew: false)
                }
                var record = VisitLogRecord(
                    id: nil, uuid: uuid, accountId: new.accountID, visitor: new.visitor,
                    visitDate: new.content.visitDate, version: 1, createdAt: new.at, editedAt: new.at)
                try record.insert(db)
                try VisitLogVersionRecord(logId: record.id!, version: 1, content: content, editedAt: new.at, editedBy: new.visitor)
                    .insert(db)
                for (index, issue) in new.issues.enumerated() {
                    var followUp = FollowUpRecord(
                        id: nil, uuid: issue.uuid.map(RecordID.normalizedFollowUp) ?? RecordID.followUp(log: uuid, index: index + 1),
                        accountId: new.accountID, logId: record.id,
                        text: issue.text, raised: new.content.visitDate, owner: issue.owner ?? new.visitor,
                        department: issue.department, due: issue.due, status: IssueStatus.open.rawValue,
                        createdAt: new.at, updatedAt: new.at)
                    try followUp.insert(db)
                    try FollowUpChangeRecord(
                        uuid: ids.next(), followUpId: followUp.id!, status: IssueStatus.open.rawValue, day: new.content.visitDate,
                        changedAt: new.at, changedBy: new.visitor
                    ).insert(db)
                }
                try Self.refreshSearchText(db, logIDs: [record.id!])
                return RecordedVisit(
                    log: try Self.visitLog(record, db: db), followUps: try Self.followUps(ofLog: record, db: db), isNew: true)
            }
        }
    }

    /// Stores `content` as the log's next version; the earlier versions, and the one a manager
    /// verified, stay as they were. Content equal to the newest version stores nothing.
    ///
    /// - Parameter id: the log's number (`12`) or stable id.
    public func editVisitLog(_ id: String, content: VisitLogContent, by user: String, at date: Date) throws(StoreError) -> EditedVisit {
        try Self.checkDay(content.visitDate, field: "visit date")
        let encoded = try Self.json(content)
        return try perform {
            try dbWriter.write { db in
                var record = try Self.logRecord(db, id: id)
                let verified = try Self.verificationRecords(db, kind: .log, entryID: record.uuid).last?.entryVersion
                let current = try Self.visitLog(record, db: db)
                guard current.content != content else {
                    return EditedVisit(log: current, changed: false, verifiedVersion: verified)
                }
                record.version += 1
                record.visitDate = content.visitDate
                record.editedAt = date
                try record.update(db)
                try VisitLogVersionRecord(logId: record.id!, version: record.version, content: encoded, editedAt: date, editedBy: user)
                    .insert(db)
                try Self.refreshSearchText(db, logIDs: [record.id!])
                return EditedVisit(log: try Self.visitLog(record, db: db), changed: true, verifiedVersion: verified)
            }
        }
    }

    /// Visit logs by visit date (then in the order logged), filtered by `query` in SQL.
    ///
    /// - Complexity: the logs the query keeps (indexes on account, visitor, date; the full-text
    ///   index for words), a few queries per thousand logs.
    public func visitLogs(_ query: JournalQuery = JournalQuery()) throws(StoreError) -> [VisitLog] {
        try perform {
            try dbWriter.read { db in try Self.visitLogs(try Self.logRecords(db, query), db: db) }
        }
    }

    /// One visit log in full, by number or stable id; nil when there is none.
    public func visitLogDetail(_ id: String) throws(StoreError) -> VisitLogDetail? {
        try perform {
            try dbWriter.read { db in
                guard let record = try Self.findLogRecord(db, id: id) else { return nil }
                return try Self.detail(record, db: db)
            }
        }
    }

    /// Every visit log of `query` in full, by visit date.
    public func visitLogDetails(_ query: JournalQuery = JournalQuery()) throws(StoreError) -> [VisitLogDetail] {
        var all: [VisitLogDetail] = []
        try forEachVisitLogDetail(query) { all += $0 }
        return all
    }

    /// The visit logs of `query` in full, by visit date, handed over a batch at a time so a long
    /// listing is written out as it is read, never held whole.
    public func forEachVisitLogDetail(_ query: JournalQuery = JournalQuery(), batch: Int = 1_000, _ body: ([VisitLogDetail]) throws -> Void) throws(StoreError) {
        try perform {
            try dbWriter.read { db in
                let records = try Self.logRecords(db, query)
                var start = 0
                while start < records.count {
                    let end = min(records.count, start + batch)
                    try body(try Self.details(Array(records[start..<end]), db: db))
                    start = end
                }
            }
        }
    }

    static func detail(_ record: VisitLogRecord, db: Database) throws -> VisitLogDetail {
        guard let detail = try details([record], db: db).first else {
            throw StoreError.journal(.unreadable(what: "visit log '\(record.uuid)'", reason: "it has no versions"))
        }
        return detail
    }
}

// MARK: - Follow-ups

extension CoachDatabase {
    /// Changes a follow-up's status, department, due date or owner. A status change is added to its
    /// history with the day it took effect (`day`), the time and who made it.
    ///
    /// `customer-informed` is allowed only from `resolved`: the follow-up is closed only once the
    /// customer has been told the result.
    public func updateFollowUp(_ id: String, _ update: FollowUpUpdate, day: String, by user: String, at date: Date) throws(StoreError) -> FollowUp {
        try Self.checkDay(day, field: "day")
        if let due = update.due, !due.isEmpty { try Self.checkDay(due, field: "due date") }
        return try perform {
            try dbWriter.write { db in
                var record = try Self.followUpRecord(db, id: id)
                let current = IssueStatus(rawValue: record.status) ?? .open
                if let status = update.status {
                    guard current.allowsChange(to: status) else {
                        throw StoreError.journal(.statusNotAllowed(followUp: Int(record.id!), from: current, to: status))
                    }
                    record.status = status.rawValue
                    try FollowUpChangeRecord(
                        uuid: ids.next(), followUpId: record.id!, status: status.rawValue, day: day, changedAt: date, changedBy: user
                    ).insert(db)
                }
                if let department = update.department { record.department = department.isEmpty ? nil : department }
                if let due = update.due { record.due = due.isEmpty ? nil : due }
                if let owner = update.owner, !owner.isEmpty { record.owner = owner }
                record.updatedAt = date
                try record.update(db)
                if let logID = record.logId { try Self.refreshSearchText(db, logIDs: [logID]) }
                return try Self.followUp(record, db: db)
            }
        }
    }

    /// Follow-ups, oldest raised first: of one owner or account, and only those not yet closed
    /// unless `includeClosed`.
    public func followUps(owner: String? = nil, accountID: String? = nil, includeClosed: Bool = true) throws(StoreError) -> [FollowUp] {
        try perform {
            try dbWriter.read { db in
                var request = FollowUpRecord.all().order(FollowUpRecord.Columns.raised, FollowUpRecord.Columns.id)
                if let owner { request = request.filter(FollowUpRecord.Columns.owner == owner) }
                if let accountID { request = request.filter(FollowUpRecord.Columns.accountId == accountID) }
                if !includeClosed { request = request.filter(FollowUpRecord.Columns.status != IssueStatus.customerInformed.rawValue) }
                return try Self.followUps(try request.fetchAll(db), db: db)
            }
        }
    }

    /// One follow-up by number or stable id; nil when there is none.
    public func followUp(_ id: String) throws(StoreError) -> FollowUp? {
        try perform {
            try dbWriter.read { db in
                try Self.findFollowUpRecord(db, id: id).map { try Self.followUp($0, db: db) }
            }
        }
    }
}

// MARK: - Verification and comments

extension CoachDatabase {
    /// Marks a visit log (its newest version) or a finished coaching session as verified by a
    /// manager, with a comment the salesperson will see.
    ///
    /// - Parameters:
    ///   - id: the entry's number or stable id (a log's uuid, a session's key).
    ///   - uuid: the verification's own id; by default a new one, so two verifications never merge.
    public func verify(
        kind: JournalEntryKind, id: String, by manager: String, comment: String, at date: Date, uuid: String? = nil
    ) throws(StoreError) -> Verification {
        try perform {
            try dbWriter.write { db in
                let entryID: String
                var entryVersion: Int?
                switch kind {
                case .log:
                    let record = try Self.logRecord(db, id: id)
                    entryID = record.uuid
                    entryVersion = record.version
                case .session:
                    let record = try Self.sessionRecord(db, id: id)
                    let status = SessionStatus(rawValue: record.status) ?? .inProgress
                    guard status == .finished || status == .cancelled else {
                        throw StoreError.journal(.sessionNotFinished(key: record.key, status: record.status))
                    }
                    entryID = record.key
                }
                let record = VerificationRecord(
                    uuid: uuid.map { RecordID.normalized($0, kind: .verification) } ?? ids.next(),
                    entryKind: kind.rawValue, entryId: entryID, entryVersion: entryVersion, verifiedBy: manager,
                    verifiedAt: date, comment: comment, readAt: nil)
                try record.insert(db, onConflict: .ignore)
                return Self.verification(try VerificationRecord.fetchOne(db, key: record.uuid) ?? record)
            }
        }
    }

    /// The verifications of one entry, oldest first.
    public func verifications(kind: JournalEntryKind, entryID: String) throws(StoreError) -> [Verification] {
        try perform {
            try dbWriter.read { db in try Self.verificationRecords(db, kind: kind, entryID: entryID).map(Self.verification) }
        }
    }

    /// Every verification, oldest first.
    public func allVerifications() throws(StoreError) -> [Verification] {
        try perform {
            try dbWriter.read { db in
                try VerificationRecord.all().order(VerificationRecord.Columns.verifiedAt).fetchAll(db).map(Self.verification)
            }
        }
    }

    /// Managers' comments on the salesperson's logs and sessions, oldest first (only unread ones
    /// when `unreadOnly`). Verifications without a comment are left out.
    public func comments(for salesperson: String, unreadOnly: Bool, timeZone: TimeZone = .current) throws(StoreError) -> [ManagerComment] {
        try perform {
            try dbWriter.read { db in
                var request = VerificationRecord.all().order(VerificationRecord.Columns.verifiedAt)
                if unreadOnly { request = request.filter(VerificationRecord.Columns.readAt == nil) }
                var comments: [ManagerComment] = []
                for record in try request.fetchAll(db) where !record.comment.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                    guard let kind = JournalEntryKind(rawValue: record.entryKind),
                          let entry = try Self.reviewEntry(db, kind: kind, id: record.entryId, timeZone: timeZone),
                          entry.person == salesperson else { continue }
                    comments.append(ManagerComment(verification: Self.verification(record), entry: entry))
                }
                return comments
            }
        }
    }

    /// Records that the salesperson has read these comments (by verification uuid).
    public func markCommentsRead(_ uuids: [String], at date: Date) throws(StoreError) {
        guard !uuids.isEmpty else { return }
        try perform {
            try dbWriter.write { db in
                try VerificationRecord
                    .filter(uuids.contains(VerificationRecord.Columns.uuid) && VerificationRecord.Columns.readAt == nil)
                    .updateAll(db, VerificationRecord.Columns.readAt.set(to: date))
            }
        }
    }
}

// MARK: - Review

extension CoachDatabase {
    /// Visit logs and coaching sessions for a manager's review: those whose day (visit date, or the
    /// day the session started in `timeZone`) lies in `days`, of one salesperson; by day.
    public func reviewEntries(days: DayRange? = nil, who: String? = nil, accountID: String? = nil, timeZone: TimeZone = .current) throws(StoreError) -> [ReviewEntry] {
        try perform {
            try dbWriter.read { db in
                // Logs filtered in SQL (indexed account, visitor, date), verifications read in batches.
                var entries: [ReviewEntry] = []
                let logs = try Self.logRecords(db, JournalQuery(accountID: accountID, visitor: who, days: days))
                let logVerifications = try Self.verificationRecords(db, kind: .log, entryIDs: logs.map(\.uuid))
                for record in logs {
                    guard let id = record.id else { continue }
                    entries.append(ReviewEntry(
                        kind: .log, id: record.uuid, number: Int(id), accountID: record.accountId, person: record.visitor,
                        day: record.visitDate, updatedAt: record.editedAt, version: record.version,
                        verifications: (logVerifications[record.uuid] ?? []).map(Self.verification)))
                }
                // Sessions filtered in SQL by salesperson, account and a start within a day of the
                // period (any time zone), then by the day they started in `timeZone`.
                let sessions = try Self.numberedSessions(db, salesperson: who, accountID: accountID, around: days).filter { _, record in
                    days.map { $0.contains(day: Self.day(of: record.startedAt, in: timeZone)) } ?? true
                }
                let sessionVerifications = try Self.verificationRecords(db, kind: .session, entryIDs: sessions.map(\.record.key))
                for (number, record) in sessions {
                    entries.append(Self.reviewEntry(
                        session: record, number: number, timeZone: timeZone,
                        verifications: (sessionVerifications[record.key] ?? []).map(Self.verification)))
                }
                return entries
                    .filter { entry in
                        (days.map { $0.contains(day: entry.day) } ?? true) && (who.map { $0 == entry.person } ?? true)
                            && (accountID.map { $0 == entry.accountID } ?? true)
                    }
                    .sorted { ($0.day, $0.kind == .session ? 0 : 1, $0.number) < ($1.day, $1.kind == .session ? 0 : 1, $1.number) }
            }
        }
    }

    /// A coaching session in full for review, by number or key; nil when there is none.
    public func sessionSnapshot(_ id: String) throws(StoreError) -> SessionSnapshot? {
        try perform {
            try dbWriter.read { db in
                guard let record = try Self.findSessionRecord(db, id: id) else { return nil }
                return try Self.snapshot(record, db: db)
            }
        }
    }

    /// Every coaching session in full, oldest first.
    public func sessionSnapshots() throws(StoreError) -> [SessionSnapshot] {
        try perform {
            try dbWriter.read { db in try Self.numberedSessions(db).map { try Self.snapshot($0.record, db: db) } }
        }
    }

    static func snapshot(_ record: CoachingSessionRecord, db: Database) throws -> SessionSnapshot {
        let stored = try session(record, db: db)
        return SessionSnapshot(
            key: stored.key, number: try sessionNumber(db, key: record.key), accountID: stored.accountID,
            accountVersion: stored.accountVersion, salesperson: stored.salesperson, language: stored.language,
            status: stored.status.rawValue, startedAt: stored.startedAt, finishedAt: stored.finishedAt,
            answers: stored.answers, flags: stored.flags, strategies: stored.strategies, outline: stored.outline,
            verifications: try verificationRecords(db, kind: .session, entryID: record.key).map(verification),
            pausedBy: stored.pausedBy?.rawValue)
    }
}

// MARK: - Rows to values

extension CoachDatabase {
    static func visitLog(_ record: VisitLogRecord, db: Database) throws -> VisitLog {
        guard let id = record.id,
              let version = try VisitLogVersionRecord
                .filter(VisitLogVersionRecord.Columns.logId == id && VisitLogVersionRecord.Columns.version == record.version)
                .fetchOne(db) else {
            throw StoreError.journal(.unreadable(what: "visit log '\(record.uuid)'", reason: "version \(record.version) is missing"))
        }
        return VisitLog(
            number: Int(id), uuid: record.uuid, accountID: record.accountId, visitor: record.visitor, version: record.version,
            content: try content(version), createdAt: record.createdAt, editedAt: record.editedAt)
    }

    static func content(_ record: VisitLogVersionRecord) throws -> VisitLogContent {
        do {
            return try JSONDecoder().decode(VisitLogContent.self, from: Data(record.content.utf8))
        } catch {
            throw StoreError.journal(.unreadable(what: "version \(record.version) of visit log #\(record.logId)", reason: "\(error)"))
        }
    }

    static func followUp(_ record: FollowUpRecord, db: Database) throws -> FollowUp {
        let history = try FollowUpChangeRecord
            .filter(FollowUpChangeRecord.Columns.followUpId == record.id!)
            .order(FollowUpChangeRecord.Columns.changedAt)
            .fetchAll(db)
        let logUUID = try record.logId.flatMap { try VisitLogRecord.fetchOne(db, key: $0)?.uuid }
        return followUp(record, history: history, logUUID: logUUID)
    }

    /// A follow-up from its row, its status changes (oldest first) and its log's stable id.
    static func followUp(_ record: FollowUpRecord, history records: [FollowUpChangeRecord], logUUID: String?) -> FollowUp {
        let history = records.map {
            FollowUpChange(status: IssueStatus(rawValue: $0.status) ?? .open, day: $0.day, at: $0.changedAt, by: $0.changedBy, id: $0.uuid)
        }
        return FollowUp(
            number: Int(record.id!), uuid: record.uuid, accountID: record.accountId, logUUID: logUUID,
            logNumber: record.logId.map(Int.init), text: record.text, raised: record.raised, owner: record.owner,
            department: record.department, due: record.due, status: IssueStatus(rawValue: record.status) ?? .open,
            history: history, createdAt: record.createdAt, updatedAt: record.updatedAt)
    }

    static func followUps(ofLog record: VisitLogRecord, db: Database) throws -> [FollowUp] {
        try followUps(FollowUpRecord.filter(FollowUpRecord.Columns.logId == record.id!).order(FollowUpRecord.Columns.id).fetchAll(db), db: db)
    }

    static func verification(_ record: VerificationRecord) -> Verification {
        Verification(
            uuid: record.uuid, kind: JournalEntryKind(rawValue: record.entryKind) ?? .log, entryID: record.entryId,
            entryVersion: record.entryVersion, verifiedBy: record.verifiedBy, verifiedAt: record.verifiedAt,
            comment: record.comment, readAt: record.readAt)
    }

    static func verificationRecords(_ db: Database, kind: JournalEntryKind, entryID: String) throws -> [VerificationRecord] {
        try VerificationRecord
            .filter(VerificationRecord.Columns.entryKind == kind.rawValue && VerificationRecord.Columns.entryId == entryID)
            .order(VerificationRecord.Columns.verifiedAt)
            .fetchAll(db)
    }

    static func reviewEntry(_ db: Database, kind: JournalEntryKind, id: String, timeZone: TimeZone) throws -> ReviewEntry? {
        switch kind {
        case .log:
            return try findLogRecord(db, id: id).flatMap { try reviewEntry(db, log: $0) }
        case .session:
            guard let record = try findSessionRecord(db, id: id) else { return nil }
            return try reviewEntry(db, session: record, number: try sessionNumber(db, key: record.key), timeZone: timeZone)
        }
    }

    static func reviewEntry(_ db: Database, log record: VisitLogRecord) throws -> ReviewEntry? {
        guard let id = record.id else { return nil }
        return ReviewEntry(
            kind: .log, id: record.uuid, number: Int(id), accountID: record.accountId, person: record.visitor,
            day: record.visitDate, updatedAt: record.editedAt, version: record.version,
            verifications: try verificationRecords(db, kind: .log, entryID: record.uuid).map(verification))
    }

    static func reviewEntry(_ db: Database, session record: CoachingSessionRecord, number: Int, timeZone: TimeZone) throws -> ReviewEntry {
        reviewEntry(
            session: record, number: number, timeZone: timeZone,
            verifications: try verificationRecords(db, kind: .session, entryID: record.key).map(verification))
    }

    static func reviewEntry(session record: CoachingSessionRecord, number: Int, timeZone: TimeZone, verifications: [Verification]) -> ReviewEntry {
        ReviewEntry(
            kind: .session, id: record.key, number: number, accountID: record.accountId, person: record.salesperson,
            day: day(of: record.startedAt, in: timeZone), updatedAt: record.updatedAt, status: record.status,
            verifications: verifications)
    }
}

// MARK: - Lookups

extension CoachDatabase {
    static func requireAccount(_ db: Database, id: String) throws {
        guard try AccountRecord.fetchOne(db, key: id) == nil else { return }
        throw StoreError.unknownAccount(id: id, known: try AccountRecord.fetchAll(db).map(\.id).sorted())
    }

    static func findLogRecord(_ db: Database, id: String) throws -> VisitLogRecord? {
        let trimmed = id.trimmingCharacters(in: CharacterSet(charactersIn: "# "))
        if let number = Int64(trimmed), let record = try VisitLogRecord.fetchOne(db, key: number) { return record }
        if let record = try VisitLogRecord.filter(VisitLogRecord.Columns.uuid == id).fetchOne(db) { return record }
        return try VisitLogRecord.filter(VisitLogRecord.Columns.uuid == RecordID.normalized(id, kind: .log)).fetchOne(db)
    }

    static func logRecord(_ db: Database, id: String) throws -> VisitLogRecord {
        guard let record = try findLogRecord(db, id: id) else { throw StoreError.journal(.unknownLog(id)) }
        return record
    }

    static func findFollowUpRecord(_ db: Database, id: String) throws -> FollowUpRecord? {
        let trimmed = id.trimmingCharacters(in: CharacterSet(charactersIn: "# "))
        if let number = Int64(trimmed), let record = try FollowUpRecord.fetchOne(db, key: number) { return record }
        if let record = try FollowUpRecord.filter(FollowUpRecord.Columns.uuid == id).fetchOne(db) { return record }
        return try FollowUpRecord.filter(FollowUpRecord.Columns.uuid == RecordID.normalizedFollowUp(id)).fetchOne(db)
    }

    static func followUpRecord(_ db: Database, id: String) throws -> FollowUpRecord {
        guard let record = try findFollowUpRecord(db, id: id) else { throw StoreError.journal(.unknownFollowUp(id)) }
        return record
    }

    /// A session by its number (SQLite's rowid) or key.
    static func findSessionRecord(_ db: Database, id: String) throws -> CoachingSessionRecord? {
        if let record = try CoachingSessionRecord.fetchOne(db, key: id) { return record }
        if let record = try CoachingSessionRecord.fetchOne(db, key: RecordID.normalized(id, kind: .session)) { return record }
        let trimmed = id.trimmingCharacters(in: CharacterSet(charactersIn: "# "))
        guard let number = Int64(trimmed) else { return nil }
        return try CoachingSessionRecord.fetchOne(db, sql: "SELECT * FROM coachingSession WHERE rowid = ?", arguments: [number])
    }

    static func sessionRecord(_ db: Database, id: String) throws -> CoachingSessionRecord {
        guard let record = try findSessionRecord(db, id: id) else { throw StoreError.journal(.unknownSession(id)) }
        return record
    }

    /// The session's number: its rowid, stable on this machine.
    static func sessionNumber(_ db: Database, key: String) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT rowid FROM coachingSession WHERE key = ?", arguments: [key]) ?? 0
    }

    /// Every session with its number, oldest first: of one salesperson and account when given, and
    /// with `around`, those that started within a day of the range in UTC (every day of the range
    /// in any time zone, and a few more the caller filters out).
    static func numberedSessions(
        _ db: Database, salesperson: String? = nil, accountID: String? = nil, around days: DayRange? = nil
    ) throws -> [(number: Int, record: CoachingSessionRecord)] {
        var clauses: [String] = []
        var arguments: [any DatabaseValueConvertible] = []
        if let salesperson {
            clauses.append("salesperson = ?")
            arguments.append(salesperson)
        }
        if let accountID {
            clauses.append("accountId = ?")
            arguments.append(accountID)
        }
        if let days {
            func midnight(_ day: DayNumber) -> Date { Date(timeIntervalSince1970: Double(day.value) * 86_400) }
            clauses.append("startedAt >= ? AND startedAt < ?")
            arguments += [midnight(days.first.adding(days: -1)), midnight(days.last.adding(days: 2))]
        }
        let condition = clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND ")
        let rows = try Row.fetchAll(
            db, sql: "SELECT rowid AS number, * FROM coachingSession \(condition) ORDER BY startedAt, rowid",
            arguments: StatementArguments(arguments.map { $0.databaseValue }))
        return try rows.map { row in (row["number"], try CoachingSessionRecord(row: row)) }
    }

    static func checkDay(_ text: String, field: String) throws(StoreError) {
        guard DayNumber.strict(text) != nil else { throw StoreError.journal(.invalidDay(field: field, value: text)) }
    }

    /// The calendar day of `date` in `timeZone`, `YYYY-MM-DD`.
    public static func day(of date: Date, in timeZone: TimeZone) -> String {
        DayNumber(date, in: timeZone).text
    }

    /// `2026-11-29T09:00:00.000Z`: millisecond precision, as the store keeps dates.
    public static func isoTimestamp(_ date: Date) -> String {
        TimestampText.iso(date) ?? timestampFormatter.string(from: date)
    }

    /// Made once: an import formats a timestamp for every status change. Formatting with a
    /// configured ISO8601DateFormatter is thread-safe.
    nonisolated(unsafe) private static let timestampFormatter: ISO8601DateFormatter = {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter
    }()
}
