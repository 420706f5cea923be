public import CoachCore
import Foundation
import GRDB

// Migration "v8-journal-search": each visit log's folded text (`visitLogText`) and a contentless
// FTS5 index of its grams (`visitLogGrams`, rowid = the log's id); see `JournalSearchText`.
extension CoachDatabase {
    static func createJournalSearch(_ db: Database) throws {
        try db.create(table: "visitLogText") { t in
            t.primaryKey("logId", .integer).references("visitLog", onDelete: .cascade)
            t.column("folded", .text).notNull()
        }
        try db.execute(sql: "CREATE VIRTUAL TABLE visitLogGrams USING fts5(grams, content='', detail=none, tokenize='ascii')")
        let ids = try Int64.fetchAll(db, sql: "SELECT id FROM visitLog ORDER BY id")
        try refreshSearchText(db, logIDs: ids)
    }

    /// Recomputes the folded text and grams of these logs (after a log or its follow-ups changed).
    ///
    /// - Complexity: a few queries per `batchSize` logs.
    static func refreshSearchText(_ db: Database, logIDs: [Int64]) throws {
        try refreshSearchText(db, changes: logIDs.map { SearchTextChange(id: $0) })
    }

    /// Recomputes the folded text and grams of the changed logs, from what each change holds: a
    /// log whose content the writer just stored is not read back and decoded again, and a log
    /// created by the write has no old text to look up. The follow-ups raised at the logs are read
    /// in one query per `batchSize` logs.
    static func refreshSearchText(_ db: Database, changes: [SearchTextChange]) throws {
        guard !changes.isEmpty else { return }
        let ids = changes.map(\.id)
        var sources: [Int64: SearchTextChange.Source] = [:]
        sources.reserveCapacity(changes.count)
        for change in changes { if let source = change.source { sources[change.id] = source } }
        let unknown = changes.filter { $0.source == nil }.map(\.id)
        if !unknown.isEmpty {
            let records = try chunked(unknown) { chunk, marks in
                try VisitLogRecord.fetchAll(db, sql: "SELECT * FROM visitLog WHERE id IN (\(marks))", arguments: StatementArguments(chunk))
            }
            for log in try visitLogs(records, db: db) {
                sources[Int64(log.number)] = SearchTextChange.Source(accountID: log.accountID, visitor: log.visitor, content: log.content)
            }
        }
        let followUps = try chunked(ids) { chunk, marks in
            try Row.fetchAll(
                db, sql: "SELECT logId, text, department FROM followUp WHERE logId IN (\(marks)) ORDER BY id",
                arguments: StatementArguments(chunk))
        }
        var issues: [Int64: [(text: String, department: String?)]] = [:]
        for row in followUps { issues[row[0], default: []].append((row[1], row[2])) }
        let old = try chunked(changes.filter { !$0.isNew }.map(\.id)) { chunk, marks in
            try Row.fetchAll(db, sql: "SELECT logId, folded FROM visitLogText WHERE logId IN (\(marks))", arguments: StatementArguments(chunk))
        }
        var stored: [Int64: String] = [:]
        for row in old { stored[row[0]] = row[1] }
        let deleteGrams = try db.cachedStatement(sql: "INSERT INTO visitLogGrams(visitLogGrams, rowid, grams) VALUES('delete', ?, ?)")
        let saveText = try db.cachedStatement(sql: "INSERT OR REPLACE INTO visitLogText(logId, folded) VALUES (?, ?)")
        let insertGrams = try db.cachedStatement(sql: "INSERT INTO visitLogGrams(rowid, grams) VALUES (?, ?)")
        for id in ids {
            guard let source = sources[id] else { continue }
            let folded = JournalSearchText.folded(
                content: source.content, accountID: source.accountID, visitor: source.visitor, followUps: issues[id] ?? [])
            if let previous = stored[id] {
                if previous == folded { continue }
                try deleteGrams.execute(arguments: [id, JournalSearchText.grams(previous)])
            }
            try saveText.execute(arguments: [id, folded])
            try insertGrams.execute(arguments: [id, JournalSearchText.grams(folded)])
        }
    }

    /// The SQL condition and arguments that keep the logs (`l`) of `query`, words included.
    ///
    /// Each word must occur in the log's folded text (candidates from the FTS5 index, checked with
    /// `instr`) or in the name of the log's account (`JournalQuery.Word.accounts`).
    static func condition(_ query: JournalQuery) -> (sql: String, arguments: StatementArguments) {
        var clauses: [String] = []
        var arguments: [any DatabaseValueConvertible] = []
        if let accountID = query.accountID {
            clauses.append("l.accountId = ?")
            arguments.append(accountID)
        }
        if let visitor = query.visitor {
            clauses.append("l.visitor = ?")
            arguments.append(visitor)
        }
        if let days = query.days {
            clauses.append("l.visitDate BETWEEN ? AND ?")
            arguments += [days.first.text, days.last.text]
        }
        for word in query.words {
            var inText = "instr((SELECT folded FROM visitLogText t WHERE t.logId = l.id), ?) > 0"
            var wordArguments: [any DatabaseValueConvertible] = [word.text]
            if let match = JournalSearchText.match(word.text) {
                inText = "(l.id IN (SELECT rowid FROM visitLogGrams WHERE visitLogGrams MATCH ?) AND \(inText))"
                wordArguments.insert(match, at: 0)
            }
            if word.accounts.isEmpty {
                clauses.append(inText)
            } else {
                clauses.append("(l.accountId IN (\(databaseQuestionMarks(count: word.accounts.count))) OR \(inText))")
                wordArguments = word.accounts.map { $0 as any DatabaseValueConvertible } + wordArguments
            }
            arguments += wordArguments
        }
        let sql = clauses.isEmpty ? "1" : clauses.joined(separator: " AND ")
        return (sql, StatementArguments(arguments.map { $0.databaseValue }))
    }

    /// The log rows of `query`, by visit date then number.
    static func logRecords(_ db: Database, _ query: JournalQuery) throws -> [VisitLogRecord] {
        let (sql, arguments) = Self.condition(query)
        return try VisitLogRecord.fetchAll(
            db, sql: "SELECT l.* FROM visitLog l WHERE \(sql) ORDER BY l.visitDate, l.id", arguments: arguments)
    }
}
