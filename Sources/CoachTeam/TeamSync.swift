public import CoachStore
public import Foundation

/// `coach sync`: pushes this store's new and changed records to the team server, then pulls what
/// the team shares, in batches.
///
/// - Push: the records named by a prefix of the store's outbox go up in one transaction per batch
///   (`INSERT … ON CONFLICT (id) DO UPDATE`, so sending a record twice changes nothing); the store
///   forgets that prefix only after the server committed it.
/// - Pull: records with a change sequence above the store's cursor come down in `seq` order; the
///   store imports a batch and moves its cursor in one local transaction.
///
/// A connection dropped in between loses nothing: the next sync sends the unacknowledged batch
/// again (the server keeps one copy) and pulls from the stored cursor.
///
/// ```swift
/// let connection = try PostgresConnection.connect(url: membership.server)
/// let report = try TeamSync().run(store: store, connection: connection, now: Date())
/// print(report.pushed, report.pulled)
/// ```
public struct TeamSync {
    /// Records per batch, each way.
    public var batchSize: Int

    /// Called after each committed batch (tests drop the connection here).
    public var afterBatch: ((_ direction: SyncReport.Direction, _ batch: Int) throws -> Void)?

    public init(batchSize: Int = 500, afterBatch: ((SyncReport.Direction, Int) throws -> Void)? = nil) {
        self.batchSize = batchSize
        self.afterBatch = afterBatch
    }

    /// Pushes, then pulls; returns what went up and down.
    public func run(store: CoachDatabase, connection: PostgresConnection, now: Date) throws -> SyncReport {
        guard let membership = try store.teamMembership() else { throw TeamError.notJoined }
        try TeamServer.requireCurrentSchema(connection)
        let identity = try TeamServer.whoAmI(connection)
        guard identity.role == membership.role else {
            throw TeamError.cannotConnect(
                server: connection.server,
                reason: "connected as '\(identity.role)' but this store joined as '\(membership.role)'; run 'coach team join' again")
        }
        try store.saveTeamMembers(try TeamServer.members(connection))
        var report = SyncReport(server: membership.server, role: membership.role, team: membership.team)
        try push(store: store, connection: connection, identity: identity, report: &report)
        let proposalsBefore = try store.lastMergeProposalID()
        try pull(store: store, connection: connection, from: membership.cursor, report: &report)
        report.mergeProposals = try store.mergeProposals(after: proposalsBefore).map {
            SyncReport.MergeProposed(account: $0.accountID, colleague: $0.theirsBy, conflicts: $0.conflicts)
        }
        try store.recordSyncFinished(at: now)
        report.finishedAt = now
        return report
    }

    // MARK: Push

    func push(store: CoachDatabase, connection: PostgresConnection, identity: TeamIdentity, report: inout SyncReport) throws {
        let names: Set<String> = [identity.role, identity.displayName]
        var batchNumber = 0
        while true {
            let batch = try store.pendingSyncBatch(limit: batchSize)
            if batch.through == 0 { break }
            var mine: [SyncOutgoing] = []
            for record in batch.records {
                if let reason = Self.notMine(record, names: names, isManager: identity.isManager) {
                    report.skipped.append(SyncReport.Skipped(kind: record.kind, id: record.id, reason: reason))
                } else {
                    mine.append(record)
                }
            }
            if !mine.isEmpty {
                let outcome = try pushBatch(mine, connection: connection)
                for record in outcome.written { report.pushed[record.kind, default: 0] += 1 }
                report.unchanged += outcome.unchanged
                report.skipped += outcome.skipped
            }
            try store.acknowledgePush(through: batch.through)
            batchNumber += 1
            report.batches += 1
            try afterBatch?(.push, batchNumber)
        }
    }

    /// Why a record is not this person's to push, or nil when it is.
    static func notMine(_ record: SyncOutgoing, names: Set<String>, isManager: Bool) -> String? {
        switch record.kind {
        case "log" where !names.contains(record.author):
            return "visit log by \(record.author), not by you (\(names.sorted().joined(separator: "/"))); kept in this store only"
        case "session" where !names.contains(record.author):
            return "coaching session of \(record.author), not yours; kept in this store only"
        case "lesson" where !names.contains(record.author), "quiz-answer" where !names.contains(record.author),
             "drill" where !names.contains(record.author):
            return "training of \(record.author), not yours; kept in this store only"
        case "verification" where !isManager, "comment" where !isManager:
            return "only a manager shares \(record.kind == "comment" ? "comments" : "verifications"); kept in this store only"
        default:
            return nil
        }
    }

    struct BatchOutcome {
        var written: [SyncOutgoing] = []
        var unchanged = 0
        var skipped: [SyncReport.Skipped] = []
    }

    /// One push batch in one transaction; when the server refuses a record the batch is sent again
    /// record by record (each in a savepoint), so one refusal never holds back the others.
    func pushBatch(_ records: [SyncOutgoing], connection: PostgresConnection) throws -> BatchOutcome {
        do {
            return try connection.transaction { try self.write(records, connection: connection) }
        } catch let error as TeamError {
            guard case .server = error else { throw error }
        }
        return try connection.transaction {
            var outcome = BatchOutcome()
            for record in records {
                try connection.execute("SAVEPOINT one_record")
                do {
                    let single = try self.write([record], connection: connection)
                    try connection.execute("RELEASE SAVEPOINT one_record")
                    outcome.written += single.written
                    outcome.unchanged += single.unchanged
                    outcome.skipped += single.skipped
                } catch let error as TeamError {
                    guard case .server = error else { throw error }
                    try connection.execute("ROLLBACK TO SAVEPOINT one_record")
                    outcome.skipped.append(SyncReport.Skipped(kind: record.kind, id: record.id, reason: error.description))
                }
            }
            return outcome
        }
    }

    /// Sends `records` inside the caller's transaction: unchanged ones and colleagues' are left out.
    func write(_ records: [SyncOutgoing], connection: PostgresConnection) throws -> BatchOutcome {
        let elements = try Self.json(records)
        var outcome = BatchOutcome()
        // What the server already holds under these ids (and can show this role). `id = ANY(…)`
        // makes it a primary-key lookup per record; a join on the elements alone lets the planner
        // scan the whole table (checking the read policy on every row) once per batch.
        let existing = try connection.query(
            """
            WITH e AS (SELECT (x->>'id')::uuid AS id, (x->>'payload')::jsonb AS payload FROM jsonb_array_elements($1::jsonb) AS x)
            SELECT r.id::text AS id, r.owner::text AS owner, (r.payload = e.payload) AS same
            FROM coach.record r JOIN e ON e.id = r.id
            WHERE r.id = ANY(ARRAY(SELECT id FROM e))
            """, [elements]).dictionaries
        var skip = Set<String>()
        let role = try connection.query("SELECT current_user::text AS r").first?["r"] ?? ""
        for row in existing {
            let id = row["id"] ?? ""
            if row["owner"] != role {
                skip.insert(id)
                if let record = records.first(where: { $0.id.lowercased() == id }) {
                    outcome.skipped.append(SyncReport.Skipped(
                        kind: record.kind, id: record.id, reason: "already on the server from \(row["owner"] ?? "?"); kept theirs"))
                }
            } else if row["same"] == "t" {
                skip.insert(id)
                outcome.unchanged += 1
            }
        }
        let toWrite = records.filter { !skip.contains($0.id.lowercased()) }
        guard !toWrite.isEmpty else { return outcome }
        try connection.execute(
            """
            INSERT INTO coach.record (id, kind, team, owner, account, subject, recipient, payload, seq, pushed_at)
            SELECT (e->>'id')::uuid, e->>'kind', coach.team_of(current_user), current_user, e->>'account',
                   (e->>'subject')::uuid, e->>'recipient', (e->>'payload')::jsonb, 0, now()
            FROM jsonb_array_elements($1::jsonb) AS e
            ON CONFLICT (id) DO UPDATE
                SET payload = EXCLUDED.payload, account = EXCLUDED.account, subject = EXCLUDED.subject,
                    recipient = EXCLUDED.recipient
            """, [try Self.json(toWrite)])
        outcome.written = toWrite
        return outcome
    }

    struct Element: Encodable {
        var id, kind, account: String
        var subject, recipient: String?
        var payload: String
    }

    static func json(_ records: [SyncOutgoing]) throws -> String {
        let elements = records.map {
            Element(
                id: $0.id, kind: $0.kind, account: $0.account, subject: $0.subject.flatMap { RecordIDCheck.isUUID($0) ? $0 : nil },
                recipient: $0.recipient, payload: $0.payload)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return String(decoding: try encoder.encode(elements), as: UTF8.self)
    }

    // MARK: Pull

    /// Pulls from `start`; a store that never pulled also gets its own role's records (a new
    /// laptop), later pulls only the others' (this store made its own).
    func pull(store: CoachDatabase, connection: PostgresConnection, from start: Int64, report: inout SyncReport) throws {
        var cursor = start
        var batchNumber = 0
        while true {
            let rows = try connection.query(
                """
                SELECT seq, kind, id::text AS id, owner::text AS owner, payload::text AS payload
                FROM coach.record WHERE seq > $1 AND (owner <> current_user OR $3::boolean) ORDER BY seq LIMIT $2
                """, [String(cursor), String(batchSize), start == 0 ? "true" : "false"]).dictionaries
            guard let last = rows.last, let lastSeq = Int64(last["seq"] ?? "") else { break }
            let incoming = rows.map {
                SyncIncoming(
                    seq: Int64($0["seq"] ?? "") ?? 0, kind: $0["kind"] ?? "", id: $0["id"] ?? "", owner: $0["owner"] ?? "",
                    payload: $0["payload"] ?? "")
            }
            // What others refer to first: accounts, then sessions and logs, then follow-ups…
            let ordered = incoming.enumerated().sorted { a, b in
                let ka = TeamSchema.kinds.firstIndex(of: a.element.kind) ?? 99, kb = TeamSchema.kinds.firstIndex(of: b.element.kind) ?? 99
                return ka != kb ? ka < kb : a.offset < b.offset
            }.map(\.element)
            for outcome in try store.applyPulled(ordered, cursor: lastSeq) {
                switch outcome.result {
                case .success(.added), .success(.updated):
                    report.pulled[outcome.kind, default: 0] += 1
                case .success(.unchanged):
                    report.unchanged += 1
                case .success(.conflict(let message)):
                    report.conflicts.append(message)
                case .failure(let error):
                    report.skipped.append(SyncReport.Skipped(kind: outcome.kind, id: outcome.id, reason: error.description))
                }
            }
            cursor = lastSeq
            report.cursor = cursor
            batchNumber += 1
            report.batches += 1
            try afterBatch?(.pull, batchNumber)
        }
        report.cursor = cursor
    }
}

/// A UUID check that does not need CoachCore's `RecordID` (the server would refuse others).
enum RecordIDCheck {
    static func isUUID(_ text: String) -> Bool { UUID(uuidString: text) != nil }
}
