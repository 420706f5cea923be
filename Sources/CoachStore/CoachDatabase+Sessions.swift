public import CoachCore
public import Foundation
import GRDB

/// A coaching session as stored.
public struct StoredSession: Sendable, Hashable {
    public var key: String
    public var accountID: String
    public var accountVersion: Int?
    public var salesperson: String
    public var language: String
    public var status: SessionStatus
    public var position: Int
    public var startedAt: Date
    public var updatedAt: Date
    public var finishedAt: Date?
    public var answers: [PrepAnswer]
    public var flags: [RiskFlag]
    public var strategies: [StrategyChoice]
    public var outline: [OutlineQuestion]
    /// Why it was last paused (Ctrl-C, /quit, a signal); nil if never, or before this was recorded.
    public var pausedBy: PauseReason? = nil
}

extension CoachDatabase {
    // MARK: Writes, one transaction each, so an answer is on disk as soon as it is given.

    /// Records a session's start, with the flags and strategies the account file gave then.
    public func startSession(
        key: String, accountID: String, accountVersion: Int?, salesperson: String, language: String, at date: Date,
        flags: [RiskFlag] = [], strategies: [StrategyChoice] = []
    ) throws(StoreError) {
        let flagsJSON = try Self.json(flags), strategiesJSON = try Self.json(strategies)
        try perform {
            try dbWriter.write { db in
                try CoachingSessionRecord(
                    key: key, accountId: accountID, accountVersion: accountVersion, salesperson: salesperson,
                    language: language, status: SessionStatus.inProgress.rawValue, position: 0, startedAt: date,
                    updatedAt: date, finishedAt: nil, flags: flagsJSON, strategies: strategiesJSON, outline: nil
                ).insert(db, onConflict: .ignore)
            }
        }
    }

    public func recordAnswer(sessionKey: String, answer: PrepAnswer, position: Int, at date: Date) throws(StoreError) {
        let content = try Self.json(answer)
        try perform {
            try dbWriter.write { db in
                try SessionAnswerRecord(sessionKey: sessionKey, questionId: answer.questionID, answer: content, answeredAt: date)
                    .upsert(db)
                try db.execute(
                    sql: "UPDATE coachingSession SET position = ?, updatedAt = ?, status = ? WHERE key = ?",
                    arguments: [position, date, SessionStatus.inProgress.rawValue, sessionKey])
            }
        }
    }

    /// Pauses a session at `position`, recording why (`reason`): Ctrl-C, /quit or a signal.
    public func pauseSession(key: String, position: Int, at date: Date, reason: PauseReason = .quit) throws(StoreError) {
        try perform {
            try dbWriter.write { db in
                try db.execute(
                    sql: "UPDATE coachingSession SET status = ?, position = ?, updatedAt = ?, pausedBy = ? WHERE key = ?",
                    arguments: [SessionStatus.paused.rawValue, position, date, reason.rawValue, key])
            }
        }
    }

    public func cancelSession(key: String, at date: Date) throws(StoreError) {
        try setStatus(key: key, status: .cancelled, position: nil, at: date)
    }

    /// Marks a paused session abandoned: kept with its answers, no longer offered to resume.
    public func abandonSession(key: String, at date: Date) throws(StoreError) {
        try setStatus(key: key, status: .abandoned, position: nil, at: date)
    }

    public func finishSession(key: String, flags: [RiskFlag], strategies: [StrategyChoice], outline: [OutlineQuestion], at date: Date) throws(StoreError) {
        let flagsJSON = try Self.json(flags), strategiesJSON = try Self.json(strategies), outlineJSON = try Self.json(outline)
        try perform {
            try dbWriter.write { db in
                try db.execute(
                    sql: """
                        UPDATE coachingSession SET status = ?, updatedAt = ?, finishedAt = ?, flags = ?, strategies = ?, outline = ?
                        WHERE key = ?
                        """,
                    arguments: [SessionStatus.finished.rawValue, date, date, flagsJSON, strategiesJSON, outlineJSON, key])
            }
        }
    }

    private func setStatus(key: String, status: SessionStatus, position: Int?, at date: Date) throws(StoreError) {
        try perform {
            try dbWriter.write { db in
                if let position {
                    try db.execute(
                        sql: "UPDATE coachingSession SET status = ?, position = ?, updatedAt = ? WHERE key = ?",
                        arguments: [status.rawValue, position, date, key])
                } else {
                    try db.execute(
                        sql: "UPDATE coachingSession SET status = ?, updatedAt = ? WHERE key = ?",
                        arguments: [status.rawValue, date, key])
                }
            }
        }
    }

    // MARK: Reads

    /// The newest session that is neither finished nor cancelled nor abandoned (of one account, or
    /// any; of one salesperson, or anyone's).
    public func resumableSession(accountID: String?, salesperson: String? = nil) throws(StoreError) -> StoredSession? {
        try perform {
            try dbWriter.read { db in
                var request = CoachingSessionRecord.all().resumable().newestFirst()
                if let accountID { request = request.filter(CoachingSessionRecord.Columns.accountId == accountID) }
                if let salesperson { request = request.filter(CoachingSessionRecord.Columns.salesperson == salesperson) }
                guard let record = try request.fetchOne(db) else { return nil }
                return try Self.session(record, db: db)
            }
        }
    }

    /// One session by key.
    public func session(key: String) throws(StoreError) -> StoredSession? {
        try perform {
            try dbWriter.read { db in
                guard let record = try CoachingSessionRecord.fetchOne(db, key: key) else { return nil }
                return try Self.session(record, db: db)
            }
        }
    }

    /// Sessions, newest first, optionally of one account.
    public func sessions(accountID: String? = nil) throws(StoreError) -> [StoredSession] {
        try perform {
            try dbWriter.read { db in
                var request = CoachingSessionRecord.all().newestFirst()
                if let accountID { request = request.filter(CoachingSessionRecord.Columns.accountId == accountID) }
                return try request.fetchAll(db).map { try Self.session($0, db: db) }
            }
        }
    }

    static func session(_ record: CoachingSessionRecord, db: Database) throws -> StoredSession {
        let decoder = JSONDecoder()
        let answers = try SessionAnswerRecord
            .filter(SessionAnswerRecord.Columns.sessionKey == record.key)
            .order(SessionAnswerRecord.Columns.answeredAt)
            .fetchAll(db)
            .map { try decoder.decode(PrepAnswer.self, from: Data($0.answer.utf8)) }
        func decode<T: Decodable>(_ text: String?, as type: T.Type) throws -> T? {
            try text.map { try decoder.decode(T.self, from: Data($0.utf8)) }
        }
        return StoredSession(
            key: record.key, accountID: record.accountId, accountVersion: record.accountVersion,
            salesperson: record.salesperson, language: record.language,
            status: SessionStatus(rawValue: record.status) ?? .inProgress, position: record.position,
            startedAt: record.startedAt, updatedAt: record.updatedAt, finishedAt: record.finishedAt, answers: answers,
            flags: try decode(record.flags, as: [RiskFlag].self) ?? [],
            strategies: try decode(record.strategies, as: [StrategyChoice].self) ?? [],
            outline: try decode(record.outline, as: [OutlineQuestion].self) ?? [],
            pausedBy: record.pausedBy.flatMap(PauseReason.init(rawValue:)))
    }

    static func json<T: Encodable>(_ value: T) throws(StoreError) -> String {
        do {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            return String(decoding: try encoder.encode(value), as: UTF8.self)
        } catch {
            throw StoreError.database(path: nil, code: 1, message: "cannot encode \(T.self): \(error)", hint: "this is a bug; please report it")
        }
    }
}
