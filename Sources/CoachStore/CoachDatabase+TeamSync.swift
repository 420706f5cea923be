public import CoachCore
public import Foundation
import GRDB

// Migration "v9-team-sync" and the store's side of `coach sync`.
//
// - `syncOutbox`: every local change to a shared record (account version, session, visit log,
//   follow-up, verification, comment; training records since v10, CoachDatabase+TrainingSync.swift) appends a row here through a trigger; a push sends the
//   records named by a prefix of the outbox and, once the server committed them, deletes that
//   prefix. A change made while a push is under way gets a later row, so it is never lost.
//   What a pull imports is taken out of the outbox again in the same transaction, so records
//   that came from the team are never sent back as this person's.
// - `teamSync`: the one team this store syncs with (the URL without a password, the role, the
//   team, the pull cursor — the server's change sequence — and when it last synced).
// - `teamMember`: the team's people as the server lists them (role, display name, manager).
// - `teamComment`: comments a manager writes to a salesperson, kept with their UUID.
// - `syncFollowUpLink`: a pulled follow-up whose visit log has not arrived yet, linked when it does.
//
// A later migration that rebuilds one of the tables above (create, copy, drop, rename) drops its
// triggers with it: it must create them again (`createSyncTriggers`).
extension CoachDatabase {
    static func createTeamSync(_ db: Database) throws {
        try db.create(table: "syncOutbox") { t in
            t.autoIncrementedPrimaryKey("seq")
            t.column("kind", .text).notNull()
            t.column("uuid", .text).notNull()
        }
        try db.create(table: "teamSync") { t in
            t.primaryKey("id", .integer).check { $0 == 1 }
            t.column("server", .text).notNull()
            t.column("role", .text).notNull()
            t.column("team", .text).notNull()
            t.column("displayName", .text).notNull()
            t.column("isManager", .boolean).notNull()
            t.column("cursor", .integer).notNull()
            t.column("joinedAt", .datetime).notNull()
            t.column("lastSyncAt", .datetime)
        }
        try db.create(table: "teamMember") { t in
            t.primaryKey("role", .text)
            t.column("displayName", .text).notNull()
            t.column("isManager", .boolean).notNull()
        }
        try db.create(table: "teamComment") { t in
            t.primaryKey("uuid", .text)
            t.column("author", .text).notNull()
            t.column("recipient", .text).notNull()
            t.column("accountId", .text)
            t.column("logUuid", .text)
            t.column("text", .text).notNull()
            t.column("createdAt", .datetime).notNull()
            t.column("readAt", .datetime)
        }
        try db.create(table: "syncFollowUpLink") { t in
            t.primaryKey("followUpUuid", .text)
            t.column("logUuid", .text).notNull().indexed()
        }
        try createSyncTriggers(db)
        // Everything already stored is this person's to push on the first sync.
        try db.execute(sql: """
            INSERT INTO syncOutbox (kind, uuid) SELECT 'account-version', uuid FROM accountVersion ORDER BY accountId, version;
            INSERT INTO syncOutbox (kind, uuid) SELECT 'session', key FROM coachingSession ORDER BY startedAt;
            INSERT INTO syncOutbox (kind, uuid) SELECT 'log', uuid FROM visitLog ORDER BY id;
            INSERT INTO syncOutbox (kind, uuid) SELECT 'follow-up', uuid FROM followUp ORDER BY id;
            INSERT INTO syncOutbox (kind, uuid) SELECT 'verification', uuid FROM verification ORDER BY verifiedAt;
            """)
    }

    static func createSyncTriggers(_ db: Database) throws {
        let triggers: [(name: String, event: String, table: String, kind: String, uuid: String)] = [
            ("accountVersion_insert", "INSERT", "accountVersion", "account-version", "NEW.uuid"),
            ("session_insert", "INSERT", "coachingSession", "session", "NEW.key"),
            ("session_update", "UPDATE", "coachingSession", "session", "NEW.key"),
            ("answer_insert", "INSERT", "sessionAnswer", "session", "NEW.sessionKey"),
            ("answer_update", "UPDATE", "sessionAnswer", "session", "NEW.sessionKey"),
            ("log_insert", "INSERT", "visitLog", "log", "NEW.uuid"),
            ("log_update", "UPDATE", "visitLog", "log", "NEW.uuid"),
            ("logVersion_insert", "INSERT", "visitLogVersion", "log", "(SELECT uuid FROM visitLog WHERE id = NEW.logId)"),
            ("followUp_insert", "INSERT", "followUp", "follow-up", "NEW.uuid"),
            ("followUp_update", "UPDATE", "followUp", "follow-up", "NEW.uuid"),
            ("followUpChange_insert", "INSERT", "followUpChange", "follow-up", "(SELECT uuid FROM followUp WHERE id = NEW.followUpId)"),
            ("verification_insert", "INSERT", "verification", "verification", "NEW.uuid"),
            ("verification_update", "UPDATE OF comment, entryVersion, entryId", "verification", "verification", "NEW.uuid"),
            ("comment_insert", "INSERT", "teamComment", "comment", "NEW.uuid"),
        ]
        for trigger in triggers {
            try db.execute(sql: """
                CREATE TRIGGER IF NOT EXISTS syncOutbox_\(trigger.name) AFTER \(trigger.event) ON \(trigger.table)
                BEGIN INSERT INTO syncOutbox (kind, uuid) VALUES ('\(trigger.kind)', \(trigger.uuid)); END
                """)
        }
    }
}

// MARK: - Membership

extension CoachDatabase {
    /// The team this store syncs with, or nil before `coach team join`.
    public func teamMembership() throws(StoreError) -> TeamMembership? {
        try perform {
            try dbWriter.read { db in
                try Row.fetchOne(db, sql: "SELECT * FROM teamSync WHERE id = 1").map(Self.membership)
            }
        }
    }

    /// Connects this store to a team; joining another server or as another role starts the pull
    /// from the beginning, joining the same again keeps the cursor.
    public func joinTeam(server: String, role: String, team: String, displayName: String, isManager: Bool, at date: Date) throws(StoreError) -> TeamMembership {
        try perform {
            try dbWriter.write { db in
                let old = try Row.fetchOne(db, sql: "SELECT * FROM teamSync WHERE id = 1").map(Self.membership)
                let same = old.map { $0.server == server && $0.role == role && $0.team == team } ?? false
                try db.execute(
                    sql: """
                        INSERT OR REPLACE INTO teamSync (id, server, role, team, displayName, isManager, cursor, joinedAt, lastSyncAt)
                        VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        server, role, team, displayName, isManager, same ? old!.cursor : 0, same ? old!.joinedAt : date,
                        same ? old!.lastSyncAt : nil,
                    ])
                return try Self.membership(try Row.fetchOne(db, sql: "SELECT * FROM teamSync WHERE id = 1")!)
            }
        }
    }

    /// How many local changes wait for the next push (counted once per record).
    public func pendingSyncCount() throws(StoreError) -> Int {
        try perform {
            try dbWriter.read { db in
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM (SELECT DISTINCT kind, uuid FROM syncOutbox)") ?? 0
            }
        }
    }

    /// The team's people as the last sync saw them.
    public func teamMembers() throws(StoreError) -> [TeamMember] {
        try perform {
            try dbWriter.read { db in
                try Row.fetchAll(db, sql: "SELECT * FROM teamMember ORDER BY role").map {
                    TeamMember(role: $0["role"], displayName: $0["displayName"], isManager: $0["isManager"])
                }
            }
        }
    }

    /// Replaces the stored list of the team's people.
    public func saveTeamMembers(_ members: [TeamMember]) throws(StoreError) {
        try perform {
            try dbWriter.write { db in
                try db.execute(sql: "DELETE FROM teamMember")
                for member in members {
                    try db.execute(
                        sql: "INSERT INTO teamMember (role, displayName, isManager) VALUES (?, ?, ?)",
                        arguments: [member.role, member.displayName, member.isManager])
                }
            }
        }
    }

    /// Notes that a sync finished.
    public func recordSyncFinished(at date: Date) throws(StoreError) {
        try perform {
            try dbWriter.write { db in try db.execute(sql: "UPDATE teamSync SET lastSyncAt = ? WHERE id = 1", arguments: [date]) }
        }
    }

    static func membership(_ row: Row) -> TeamMembership {
        TeamMembership(
            server: row["server"], role: row["role"], team: row["team"], displayName: row["displayName"],
            isManager: row["isManager"], cursor: row["cursor"], joinedAt: row["joinedAt"], lastSyncAt: row["lastSyncAt"])
    }
}

// MARK: - Comments

extension CoachDatabase {
    /// Stores a comment (sent to the server on the next sync).
    public func addTeamComment(_ comment: TeamComment) throws(StoreError) {
        try perform {
            try dbWriter.write { db in try Self.insert(comment, db: db) }
        }
    }

    /// Comments to or from `role`, newest first.
    public func teamComments(involving role: String? = nil) throws(StoreError) -> [TeamComment] {
        try perform {
            try dbWriter.read { db in
                let rows = if let role {
                    try Row.fetchAll(db, sql: "SELECT * FROM teamComment WHERE recipient = ? OR author = ? ORDER BY createdAt DESC", arguments: [role, role])
                } else {
                    try Row.fetchAll(db, sql: "SELECT * FROM teamComment ORDER BY createdAt DESC")
                }
                return rows.map(Self.comment)
            }
        }
    }

    static func insert(_ comment: TeamComment, db: Database) throws {
        try db.execute(
            sql: """
                INSERT OR IGNORE INTO teamComment (uuid, author, recipient, accountId, logUuid, text, createdAt, readAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, NULL)
                """,
            arguments: [comment.id, comment.author, comment.recipient, comment.account, comment.log, comment.text, comment.createdAt])
    }

    static func comment(_ row: Row) -> TeamComment {
        TeamComment(
            id: row["uuid"], author: row["author"], recipient: row["recipient"], account: row["accountId"], log: row["logUuid"],
            text: row["text"], createdAt: row["createdAt"])
    }
}

// MARK: - Push

extension CoachDatabase {
    /// The next records to push: up to `limit` records named by the oldest outbox rows, each
    /// once, as the JSON the server keeps. `through` is the last outbox row covered; hand it to
    /// `acknowledgePush` once the server committed them.
    ///
    /// One change often queues several rows (a visit log and its version, a follow-up and its
    /// status change), so the batch is cut by records, not rows.
    ///
    /// - Complexity: one query per record (the batch is small).
    public func pendingSyncBatch(limit: Int) throws(StoreError) -> SyncOutgoingBatch {
        try perform {
            try dbWriter.read { db in
                let rows = try Row.fetchAll(
                    db, sql: "SELECT seq, kind, uuid FROM syncOutbox ORDER BY seq LIMIT ?", arguments: [limit * 8])
                var seen = Set<String>()
                var records: [SyncOutgoing] = []
                var through: Int64 = 0
                for row in rows {
                    let kind: String = row["kind"], uuid: String? = row["uuid"]
                    if let uuid, !seen.contains("\(kind)/\(uuid)") {
                        if seen.count == limit { break }
                        seen.insert("\(kind)/\(uuid)")
                        if let record = try Self.outgoing(kind: kind, uuid: uuid, db: db) { records.append(record) }
                    }
                    through = row["seq"]
                }
                return SyncOutgoingBatch(records: records, through: through)
            }
        }
    }

    /// Forgets the outbox rows up to `through` (the server has committed what they named).
    public func acknowledgePush(through seq: Int64) throws(StoreError) {
        try perform {
            try dbWriter.write { db in try db.execute(sql: "DELETE FROM syncOutbox WHERE seq <= ?", arguments: [seq]) }
        }
    }

    /// One record as the server keeps it, or nil when it is gone.
    static func outgoing(kind: String, uuid: String, db: Database) throws -> SyncOutgoing? {
        switch kind {
        case "account-version":
            guard let record = try AccountVersionRecord.filter(Column("uuid") == uuid).fetchOne(db) else { return nil }
            let item = ExchangeItem.accountVersion(ExchangeAccountVersion(
                account: record.accountId, version: record.version, importedAt: record.importedAt, importedBy: record.importedBy,
                source: record.source, summary: record.summary, content: try decode(record), uuid: record.uuid))
            return SyncOutgoing(kind: kind, id: uuid, account: record.accountId, author: record.importedBy, payload: try item.jsonLine())
        case "session":
            guard let record = try CoachingSessionRecord.fetchOne(db, key: uuid) else { return nil }
            let item = ExchangeItem.session(try exchangeSession(record, db: db))
            return SyncOutgoing(kind: kind, id: uuid, account: record.accountId, author: record.salesperson, payload: try item.jsonLine())
        case "log":
            guard let record = try VisitLogRecord.filter(VisitLogRecord.Columns.uuid == uuid).fetchOne(db) else { return nil }
            let versions = try VisitLogVersionRecord.filter(VisitLogVersionRecord.Columns.logId == record.id!)
                .order(VisitLogVersionRecord.Columns.version).fetchAll(db)
                .map { VisitLogVersion(version: $0.version, content: try content($0), editedAt: $0.editedAt, editedBy: $0.editedBy) }
            let item = ExchangeItem.log(ExchangeLog(
                id: record.uuid, account: record.accountId, visitor: record.visitor, createdAt: record.createdAt, versions: versions))
            return SyncOutgoing(kind: kind, id: uuid, account: record.accountId, author: record.visitor, payload: try item.jsonLine())
        case "follow-up":
            guard let record = try FollowUpRecord.filter(FollowUpRecord.Columns.uuid == uuid).fetchOne(db) else { return nil }
            let followUp = try followUp(record, db: db)
            let item = ExchangeItem.followUp(ExchangeFollowUp(
                id: followUp.uuid, account: followUp.accountID, log: followUp.logUUID, text: followUp.text,
                raised: followUp.raised, owner: followUp.owner, department: followUp.department, due: followUp.due,
                status: followUp.status, createdAt: followUp.createdAt, updatedAt: followUp.updatedAt,
                history: followUp.history))
            return SyncOutgoing(
                kind: kind, id: uuid, account: record.accountId, author: record.owner, subject: followUp.logUUID, payload: try item.jsonLine())
        case "verification":
            guard let record = try VerificationRecord.fetchOne(db, key: uuid) else { return nil }
            let account: String? = record.entryKind == JournalEntryKind.log.rawValue
                ? try String.fetchOne(db, sql: "SELECT accountId FROM visitLog WHERE uuid = ?", arguments: [record.entryId])
                : try String.fetchOne(db, sql: "SELECT accountId FROM coachingSession WHERE key = ?", arguments: [record.entryId])
            let item = ExchangeItem.verification(ExchangeVerification(
                id: record.uuid, kind: JournalEntryKind(rawValue: record.entryKind) ?? .log, entry: record.entryId,
                entryVersion: record.entryVersion, verifiedBy: record.verifiedBy, verifiedAt: record.verifiedAt, comment: record.comment))
            return SyncOutgoing(
                kind: kind, id: uuid, account: account ?? "", author: record.verifiedBy, subject: record.entryId, payload: try item.jsonLine())
        case "comment":
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM teamComment WHERE uuid = ?", arguments: [uuid]) else { return nil }
            let comment = Self.comment(row)
            return SyncOutgoing(
                kind: kind, id: uuid, account: comment.account ?? "", author: comment.author, subject: comment.log,
                recipient: comment.recipient, payload: try comment.jsonLine())
        default:
            return try outgoingTraining(kind: kind, uuid: uuid, db: db)
        }
    }
}

// MARK: - Pull

extension CoachDatabase {
    /// Imports records pulled from the team server and moves the cursor to `cursor`, all in one
    /// transaction: either the whole batch and the new cursor are stored, or neither.
    ///
    /// Each record is imported in its own savepoint (one that cannot be stored is reported and
    /// the others are kept). An account version whose number this store already uses for other
    /// content (two people edited the account at the same time) is kept as the account's next
    /// version, so both edits survive. What the pull stores is not pushed back.
    ///
    /// Every pulled record is checked as `coach import` checks a line (`ExchangeItem.problem(within:)`,
    /// dates against `now`): one out of range is reported, never stored.
    public func applyPulled(_ records: [SyncIncoming], cursor: Int64, now: Date = Date()) throws(StoreError) -> [SyncPullOutcome] {
        let limits = ExchangeLimits(now: now)
        return try perform {
            try dbWriter.write { db in
                let outboxBefore = try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(seq), 0) FROM syncOutbox") ?? 0
                var changedLogs = Set<Int64>()
                var outcomes: [SyncPullOutcome] = []
                for record in records {
                    var outcome: ExchangeOutcome = .unchanged
                    do throws(StoreError) {
                        try Self.converting(path: path) {
                            try db.inSavepoint {
                                outcome = try Self.importPulled(record, db: db, limits: limits, changedLogs: &changedLogs)
                                return .commit
                            }
                        }
                        outcomes.append(SyncPullOutcome(kind: record.kind, id: record.id, result: .success(outcome)))
                    } catch {
                        outcomes.append(SyncPullOutcome(kind: record.kind, id: record.id, result: .failure(error)))
                    }
                }
                // Follow-ups that arrived before their visit log.
                let linked = try Int64.fetchAll(db, sql: """
                    SELECT v.id FROM syncFollowUpLink l JOIN visitLog v ON v.uuid = l.logUuid
                    """)
                if !linked.isEmpty {
                    try db.execute(sql: """
                        UPDATE followUp SET logId = (SELECT v.id FROM syncFollowUpLink l JOIN visitLog v ON v.uuid = l.logUuid
                                                     WHERE l.followUpUuid = followUp.uuid)
                        WHERE logId IS NULL AND uuid IN (SELECT l.followUpUuid FROM syncFollowUpLink l JOIN visitLog v ON v.uuid = l.logUuid)
                        """)
                    try db.execute(sql: "DELETE FROM syncFollowUpLink WHERE logUuid IN (SELECT uuid FROM visitLog)")
                    changedLogs.formUnion(linked)
                }
                try Self.refreshSearchText(db, logIDs: changedLogs.sorted())
                try db.execute(sql: "DELETE FROM syncOutbox WHERE seq > ?", arguments: [outboxBefore])
                try db.execute(sql: "UPDATE teamSync SET cursor = ? WHERE id = 1", arguments: [cursor])
                return outcomes
            }
        }
    }

    static func importPulled(_ record: SyncIncoming, db: Database, limits: ExchangeLimits, changedLogs: inout Set<Int64>) throws -> ExchangeOutcome {
        if let outcome = try importPulledTraining(record, db: db) { return outcome }
        if record.kind == "comment" {
            let comment = try TeamComment.parse(record.payload)
            let before = db.totalChangesCount
            try insert(comment, db: db)
            return db.totalChangesCount == before ? .unchanged : .added
        }
        let parsed = try ExchangeItem.parse(record.payload)
        if let problem = parsed.problem(within: limits) {
            throw StoreError.journal(.invalidRecord(what: "\(parsed.type) '\(parsed.id)' from the team server", reason: problem))
        }
        let item = normalizingIDs(parsed)
        let outcome: ExchangeOutcome
        switch item {
        case .accountVersion(let version):
            outcome = try importPulledAccountVersion(version, db: db)
        case .followUp(let followUp):
            outcome = try importItem(item, db: db)
            if let log = followUp.log,
               try Int64.fetchOne(db, sql: "SELECT logId FROM followUp WHERE uuid = ?", arguments: [followUp.id]) == nil {
                try db.execute(
                    sql: "INSERT OR REPLACE INTO syncFollowUpLink (followUpUuid, logUuid) VALUES (?, ?)", arguments: [followUp.id, log])
            }
        default:
            outcome = try importItem(item, db: db)
        }
        if let log = try changedLog(item, outcome: outcome, db: db) { changedLogs.insert(log) }
        return outcome
    }

    /// A pulled account version: already here (same id or same content under its number) is
    /// left alone; a number this store uses for other content becomes the next version.
    static func importPulledAccountVersion(_ item: ExchangeAccountVersion, db: Database) throws -> ExchangeOutcome {
        let uuid = item.uuid ?? RecordID.derived(from: "\(item.account)/\(item.version)", kind: .accountVersion)
        if try AccountVersionRecord.filter(Column("uuid") == uuid).fetchOne(db) != nil { return .unchanged }
        let content = try encode(item.content)
        guard let existing = try AccountVersionRecord.all().filter(accountID: item.account)
            .filter(AccountVersionRecord.Columns.version == item.version).fetchOne(db) else {
            return try importAccountVersion(item, content: content, db: db)
        }
        if try decode(existing) == item.content { return .unchanged }
        guard var account = try AccountRecord.fetchOne(db, key: item.account) else { return .unchanged }
        let previous = try newestAccount(db, record: account)
        let oursVersion = account.version
        let diff = AccountDiff(from: previous, to: item.content)
        let changes = diff.isEmpty ? ["details changed"] : diff.changes
        account.version += 1
        account.name = item.content.name
        account.owner = item.content.owner
        account.tier = item.content.tier?.rawValue
        account.updatedAt = item.importedAt
        try account.update(db)
        try AccountVersionRecord(
            accountId: item.account, version: account.version, importedAt: item.importedAt, importedBy: item.importedBy,
            source: item.source,
            content: content,
            summary: "edited at the same time as version \(item.version) here (\(item.importedBy)'s version \(item.version)): "
                + changes.joined(separator: "; "),
            uuid: uuid
        ).insert(db)
        try proposeMerge(
            db: db, accountID: item.account, baseVersion: item.version - 1, oursVersion: oursVersion,
            theirsVersion: account.version, at: item.importedAt)
        return .updated
    }
}

// MARK: - Colleagues

/// Colleagues' recent visits to an account and their open follow-ups on it.
public struct ColleagueActivity: Sendable {
    public struct Visit: Sendable, Equatable {
        public var visitor: String
        public var visitDate: String
        public var logNumber: Int
        public var peopleMet: [String]
    }

    public var visits: [Visit]
    public var followUps: [(owner: String, followUp: FollowUp)]
}

extension CoachDatabase {
    /// For a store that joined a team (nil otherwise): the newest `limit` visits to the account by
    /// anyone but `me` (and this store's role and display name), and their follow-ups on it that
    /// are not closed. Names are shown as the team knows them (a role becomes its display name).
    ///
    /// - Complexity: two indexed queries on the account.
    public func colleagueActivity(accountID: String, me: String, limit: Int = 3) throws(StoreError) -> ColleagueActivity? {
        try perform {
            try dbWriter.read { db in
                guard let membership = try Row.fetchOne(db, sql: "SELECT * FROM teamSync WHERE id = 1").map(Self.membership) else { return nil }
                var mine = membership.names
                mine.insert(me)
                var display: [String: String] = [:]
                for row in try Row.fetchAll(db, sql: "SELECT role, displayName FROM teamMember") {
                    let role: String = row["role"], name: String = row["displayName"]
                    display[role] = name
                    // Either name of the person being coached is theirs.
                    if role == me || name == me { mine.formUnion([role, name]) }
                }
                let names = Array(mine)
                let marks = names.map { _ in "?" }.joined(separator: ", ")
                let records = try VisitLogRecord.fetchAll(
                    db,
                    sql: """
                        SELECT * FROM visitLog WHERE accountId = ? AND visitor NOT IN (\(marks))
                        ORDER BY visitDate DESC, id DESC LIMIT ?
                        """,
                    arguments: StatementArguments([accountID] + names + [String(limit)]))
                let visits = try records.map { record in
                    let log = try Self.visitLog(record, db: db)
                    return ColleagueActivity.Visit(
                        visitor: display[log.visitor] ?? log.visitor, visitDate: log.content.visitDate, logNumber: log.number,
                        peopleMet: log.content.peopleMet)
                }
                let followUps = try FollowUpRecord.fetchAll(
                    db,
                    sql: """
                        SELECT * FROM followUp WHERE accountId = ? AND owner NOT IN (\(marks)) AND status <> ?
                        ORDER BY COALESCE(due, raised), id
                        """,
                    arguments: StatementArguments([accountID] + names + [IssueStatus.customerInformed.rawValue]))
                    .map { record in
                        let followUp = try Self.followUp(record, db: db)
                        return (owner: display[followUp.owner] ?? followUp.owner, followUp: followUp)
                    }
                return ColleagueActivity(visits: visits, followUps: followUps)
            }
        }
    }
}
