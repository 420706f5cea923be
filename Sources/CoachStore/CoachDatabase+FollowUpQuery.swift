public import CoachCore
import Foundation
import GRDB

// Follow-ups filtered in SQL (`FollowUpQuery`), read a batch at a time: a monthly report reads the
// follow-ups its period needs, never every one in the store. Indexes from "v12-journal-periods".
extension CoachDatabase {
    /// The follow-ups of `query`, oldest raised first, each with its status history.
    ///
    /// - Complexity: the follow-ups the query keeps, a few queries per thousand of them.
    public func followUps(_ query: FollowUpQuery) throws(StoreError) -> [FollowUp] {
        var all: [FollowUp] = []
        try forEachFollowUp(query) { all += $0 }
        return all.sorted { ($0.raised, $0.number) < ($1.raised, $1.number) }
    }

    /// The follow-ups of `query` by number, handed over `batch` at a time so that only what the
    /// caller keeps of them is held. By number, the rows are read in the order they are stored
    /// (by day raised, every row was a read of its own at a million logs).
    public func forEachFollowUp(_ query: FollowUpQuery, batch: Int = 1_000, _ body: ([FollowUp]) throws -> Void) throws(StoreError) {
        try perform {
            try dbWriter.read { db in
                let (sql, arguments) = Self.condition(query)
                let cursor = try FollowUpRecord.fetchCursor(
                    db, sql: "SELECT f.* FROM followUp f WHERE \(sql) ORDER BY f.id", arguments: arguments)
                var records: [FollowUpRecord] = []
                records.reserveCapacity(batch)
                while let record = try cursor.next() {
                    records.append(record)
                    if records.count >= batch {
                        try body(try Self.followUps(records, db: db))
                        records.removeAll(keepingCapacity: true)
                    }
                }
                if !records.isEmpty { try body(try Self.followUps(records, db: db)) }
            }
        }
    }

    /// How many follow-ups `query` keeps, counted in SQL.
    public func followUpCount(_ query: FollowUpQuery) throws(StoreError) -> Int {
        try perform {
            try dbWriter.read { db in
                let (sql, arguments) = Self.condition(query)
                return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM followUp f WHERE \(sql)", arguments: arguments) ?? 0
            }
        }
    }

    /// The SQL condition and arguments that keep the follow-ups (`f`) of `query`. Days are compared
    /// as text: the store keeps every day as `YYYY-MM-DD` (checked on every write).
    static func condition(_ query: FollowUpQuery) -> (sql: String, arguments: StatementArguments) {
        var clauses: [String] = []
        var arguments: [any DatabaseValueConvertible] = []
        if let owner = query.owner {
            clauses.append("f.owner = ?")
            arguments.append(owner)
        }
        if let accountID = query.accountID {
            clauses.append("f.accountId = ?")
            arguments.append(accountID)
        }
        if let days = query.raised {
            clauses.append("f.raised BETWEEN ? AND ?")
            arguments += [days.first.text, days.last.text]
        }
        if let reached = query.reached {
            let statuses = reached.statuses.map(\.rawValue).sorted()
            clauses.append("""
                f.id IN (SELECT c.followUpId FROM followUpChange c
                         WHERE c.status IN (\(databaseQuestionMarks(count: statuses.count))) AND c.day BETWEEN ? AND ?)
                """)
            arguments += statuses.map { $0 as any DatabaseValueConvertible } + [reached.days.first.text, reached.days.last.text]
        }
        if let overdue = query.mayBeOverdue {
            let day = overdue.day
            // Past its deadline on `day`…
            clauses.append("f.raised <= ? AND ((f.due IS NOT NULL AND f.due < ?) OR (f.due IS NULL AND f.raised < ?))")
            arguments += [day.text, day.text, day.adding(days: -overdue.overdueDays).text]
            // …and not closed then: its last change dated by then (by time) is not `customer-informed`.
            // A tie with another status at the same instant stays in, for the caller to decide. The
            // unary `+` keeps SQLite on the follow-up's own changes (index on followUpId) rather
            // than every change of that status (index on status and day), which is quadratic.
            let closed = IssueStatus.customerInformed.rawValue
            clauses.append("""
                NOT EXISTS (SELECT 1 FROM followUpChange c WHERE c.followUpId = f.id AND +c.day <= ? AND +c.status = ?
                            AND NOT EXISTS (SELECT 1 FROM followUpChange d WHERE d.followUpId = f.id AND +d.day <= ?
                                            AND d.changedAt >= c.changedAt AND +d.status <> ?))
                """)
            arguments += [day.text, closed, day.text, closed]
        }
        let sql = clauses.isEmpty ? "1" : clauses.joined(separator: " AND ")
        return (sql, StatementArguments(arguments.map { $0.databaseValue }))
    }

    /// Migration "v12-journal-periods": indexes for reading a period (a visitor's or an account's
    /// logs by date, follow-ups by day raised and by status changes of a day).
    static func createPeriodIndexes(_ db: Database) throws {
        try db.create(index: "visitLog_on_visitor_visitDate", on: "visitLog", columns: ["visitor", "visitDate"])
        try db.create(index: "visitLog_on_accountId_visitDate", on: "visitLog", columns: ["accountId", "visitDate"])
        try db.create(index: "followUp_on_raised", on: "followUp", columns: ["raised"])
        try db.create(index: "followUp_on_owner_raised", on: "followUp", columns: ["owner", "raised"])
        try db.create(index: "followUpChange_on_status_day", on: "followUpChange", columns: ["status", "day", "followUpId"])
        try db.create(index: "coachingSession_on_startedAt", on: "coachingSession", columns: ["startedAt"])
    }
}
