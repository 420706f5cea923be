public import CoachCore
public import Foundation
import GRDB

// What the care routine reads from the journal.
extension CoachDatabase {
    /// The newest visit day (the date written in the log, not when it was typed) of every account
    /// that has a visit log, by account id; with `onOrBefore`, only visits up to that day count.
    ///
    /// - Complexity: one grouped query over the index on `visitDate`; no log is decoded.
    public func lastVisitDays(onOrBefore last: DayNumber? = nil) throws(StoreError) -> [String: DayNumber] {
        try perform {
            try dbWriter.read { db in
                var result: [String: DayNumber] = [:]
                let rows: [Row]
                if let last {
                    rows = try Row.fetchAll(
                        db, sql: "SELECT accountId, MAX(visitDate) AS day FROM visitLog WHERE visitDate <= ? GROUP BY accountId",
                        arguments: [last.text])
                } else {
                    rows = try Row.fetchAll(db, sql: "SELECT accountId, MAX(visitDate) AS day FROM visitLog GROUP BY accountId")
                }
                for row in rows {
                    let account: String = row["accountId"]
                    guard let text: String = row["day"], let day = DayNumber.strict(text) else { continue }
                    result[account] = day
                }
                return result
            }
        }
    }

    /// The sessions `salesperson` can resume (paused, or left in progress), newest first: account
    /// id and start of each.
    ///
    /// - Complexity: one query on the session table; no answer is read.
    public func resumableSessions(salesperson: String) throws(StoreError) -> [(accountID: String, startedAt: Date)] {
        try perform {
            try dbWriter.read { db in
                try CoachingSessionRecord.all().resumable().newestFirst()
                    .filter(CoachingSessionRecord.Columns.salesperson == salesperson)
                    .fetchAll(db)
                    .map { ($0.accountId, $0.startedAt) }
            }
        }
    }
}
