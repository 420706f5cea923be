public import CoachCore
import Foundation
import GRDB

// What a monthly or quarterly report reads of a period, without decoding every log's content or
// every follow-up's history: at a million logs a period holds tens of thousands of each.
extension CoachDatabase {
    /// The visit logs of `query` as summaries, by visit date then number: their visit date and
    /// people met are read from the newest version's JSON by SQLite (`json_extract`, `json_each`).
    ///
    /// - Complexity: the logs the query keeps, one query; nothing decoded in Swift.
    public func visitSummaries(_ query: JournalQuery) throws(StoreError) -> [VisitSummary] {
        try perform {
            try dbWriter.read { db in
                let (sql, arguments) = Self.condition(query)
                let rows = try Row.fetchCursor(db, sql: """
                    SELECT l.id, l.accountId, l.visitor, json_extract(v.content, '$.visitDate'), p.value
                    FROM visitLog l JOIN visitLogVersion v ON v.logId = l.id AND v.version = l.version
                    LEFT JOIN json_each(v.content, '$.peopleMet') p
                    WHERE \(sql) ORDER BY l.visitDate, l.id, p.key
                    """, arguments: arguments)
                var summaries: [VisitSummary] = []
                while let row = try rows.next() {
                    let id: Int = row[0]
                    let person: String? = row[4]
                    if let last = summaries.last, last.number == id {
                        if let person { summaries[summaries.count - 1].peopleMet.append(person) }
                        continue
                    }
                    summaries.append(VisitSummary(
                        number: id, accountID: row[1], visitor: row[2], visitDate: (row[3] as String?) ?? "", peopleMet: person.map { [$0] } ?? []))
                }
                return summaries
            }
        }
    }

    /// The follow-ups of `query` by number, each with the status it had at the end of `day`,
    /// handed over `batch` at a time. The status is the one of its last change (by time, the
    /// later stored first among changes at the same instant) dated on or before `day`.
    ///
    /// - Complexity: the follow-ups the query keeps, one query (each status from the follow-up's
    ///   own changes, index on `followUpId`).
    public func forEachFollowUp(
        _ query: FollowUpQuery, on day: DayNumber, batch: Int = 1_000, _ body: ([FollowUpOnDay]) throws -> Void
    ) throws(StoreError) {
        try perform {
            try dbWriter.read { db in
                let (sql, arguments) = Self.condition(query)
                let rows = try Row.fetchCursor(db, sql: """
                    SELECT f.id, f.accountId, f.owner, f.department, f.text, f.raised, f.due,
                           CASE WHEN f.raised <= ? THEN
                               COALESCE((SELECT c.status FROM followUpChange c WHERE c.followUpId = f.id AND c.day <= ?
                                         ORDER BY c.changedAt DESC, c.rowid DESC LIMIT 1), ?)
                           END
                    FROM followUp f WHERE \(sql) ORDER BY f.id
                    """, arguments: [day.text, day.text, IssueStatus.open.rawValue] + arguments)
                var items: [FollowUpOnDay] = []
                items.reserveCapacity(batch)
                while let row = try rows.next() {
                    let status: String? = row[7]
                    items.append(FollowUpOnDay(
                        number: row[0], accountID: row[1], owner: row[2], department: row[3], text: row[4], raised: row[5],
                        due: row[6], status: status.map { IssueStatus(rawValue: $0) ?? .open }))
                    if items.count >= batch {
                        try body(items)
                        items.removeAll(keepingCapacity: true)
                    }
                }
                if !items.isEmpty { try body(items) }
            }
        }
    }
}
