import CoachCore
@testable import CoachStore
import Foundation
import Testing

/// Reading a period in SQL: the logs and follow-ups a month needs, with the same statements
/// whether the store holds a few logs or many.
@Suite struct JournalPeriodStoreTests {
    static let start = Date(timeIntervalSince1970: 1_793_664_000)  // 2026-11-03 00:00 UTC
    static let november = DayRange(first: DayNumber("2026-11-01")!, last: DayNumber("2026-11-30")!, label: "2026-11")

    func store() throws -> CoachDatabase {
        let store = try CoachDatabase.inMemory()
        _ = try store.importAccount(JournalStoreTests.account, source: "east-post.yaml", by: "test", at: Self.start)
        return store
    }

    @discardableResult
    func visit(_ store: CoachDatabase, _ id: String, on day: String, visitor: String = "李明", issues: [NewFollowUp] = []) throws -> RecordedVisit {
        try store.recordVisit(NewVisitLog(
            uuid: id, accountID: "east-post", visitor: visitor, at: Self.start,
            content: VisitLogContent(visitDate: day, peopleMet: ["陳志明"], discussed: "年度宣傳計劃"), issues: issues))
    }

    func move(_ store: CoachDatabase, _ followUp: FollowUp, to status: IssueStatus, on day: String, at offset: Double) throws {
        _ = try store.updateFollowUp(
            String(followUp.number), FollowUpUpdate(status: status), day: day, by: "李明", at: Self.start.addingTimeInterval(offset))
    }

    /// A store with `inside` logs in November 2026 and twice as many in October and December.
    func store(inside: Int) throws -> CoachDatabase {
        let store = try store()
        for index in 0..<inside {
            try visit(store, "in-\(index)", on: "2026-11-\(10 + index % 15)", visitor: index % 2 == 0 ? "李明" : "王芳")
            try visit(store, "before-\(index)", on: "2026-10-\(10 + index % 15)")
            try visit(store, "after-\(index)", on: "2026-12-\(10 + index % 15)")
        }
        return store
    }

    /// What `body` returned and the statements it ran, each `IN (?,?,…)` list written `IN (…)`.
    static func tracing<T>(_ store: CoachDatabase, _ body: () throws -> T) throws -> (T, [String]) {
        let (result, statements) = try store.tracingStatements(body)
        return (result, statements.map { $0.replacingOccurrences(of: #"\?(,\?)*"#, with: "…", options: .regularExpression) })
    }

    @Test(arguments: [nil, "李明"])
    func aPeriodsLogsAreReadWithTheSameStatementsHoweverManyThereAre(who: String?) throws {
        let query = JournalQuery(visitor: who, days: Self.november)
        let small = try store(inside: 4), large = try store(inside: 40)
        let (few, fewStatements) = try Self.tracing(small) { try small.visitLogs(query) }
        let (many, manyStatements) = try Self.tracing(large) { try large.visitLogs(query) }
        #expect(few.count == (who == nil ? 4 : 2) && many.count == (who == nil ? 40 : 20))
        #expect(many.allSatisfy { Self.november.contains(day: $0.content.visitDate) && (who == nil || $0.visitor == who) })
        #expect(fewStatements == manyStatements, "one query for the rows, one for their newest versions")
        #expect(manyStatements.filter { $0.hasPrefix("SELECT") }.count == 2, "\(manyStatements)")

        let (entries, entryStatements) = try Self.tracing(large) { try large.reviewEntries(days: Self.november, who: who) }
        #expect(entries.count == many.count)
        #expect(entryStatements == (try Self.tracing(small) { try small.reviewEntries(days: Self.november, who: who) }).1)
    }

    @Test func followUpQueriesKeepWhatThePeriodNeeds() throws {
        let store = try store()
        // Raised in October, deadline 11-04: open at the end of November.
        let open = try visit(store, "oct", on: "2026-10-05", issues: [NewFollowUp(text: "open")]).followUps[0]
        // Raised in October, resolved in November: overdue (not closed), and handled in November.
        let resolved = try visit(store, "oct2", on: "2026-10-05", issues: [NewFollowUp(text: "resolved")]).followUps[0]
        try move(store, resolved, to: .resolved, on: "2026-11-12", at: 100)
        // Closed in October: neither.
        let closed = try visit(store, "oct3", on: "2026-10-05", issues: [NewFollowUp(text: "closed")]).followUps[0]
        try move(store, closed, to: .resolved, on: "2026-10-10", at: 100)
        try move(store, closed, to: .customerInformed, on: "2026-10-20", at: 200)
        // Closed in December: still open on 11-30.
        let late = try visit(store, "sep", on: "2026-09-20", issues: [NewFollowUp(text: "late")]).followUps[0]
        try move(store, late, to: .resolved, on: "2026-10-01", at: 100)
        try move(store, late, to: .customerInformed, on: "2026-12-02", at: 200)
        // Raised in November with a due date passed, of another owner.
        let due = try visit(store, "nov", on: "2026-11-03", visitor: "王芳", issues: [NewFollowUp(text: "due", due: "2026-11-10")]).followUps[0]
        // Raised in November, due after the month.
        _ = try visit(store, "nov2", on: "2026-11-20", issues: [NewFollowUp(text: "not yet")])
        // Raised in December.
        _ = try visit(store, "dec", on: "2026-12-01", issues: [NewFollowUp(text: "december")])

        func texts(_ query: FollowUpQuery) throws -> [String] { try store.followUps(query).map(\.text) }
        let end = DayNumber("2026-11-30")!
        #expect(try texts(FollowUpQuery(raised: Self.november)) == ["due", "not yet"])
        #expect(try store.followUpCount(FollowUpQuery(owner: "李明", raised: Self.november)) == 1)
        #expect(try texts(FollowUpQuery(reached: .init([.resolved, .customerInformed], on: Self.november))) == ["resolved"])
        #expect(try texts(FollowUpQuery(mayBeOverdue: .init(on: end, overdueDays: 30))) == ["late", "open", "resolved", "due"])
        #expect(try texts(FollowUpQuery(owner: "李明", mayBeOverdue: .init(on: end, overdueDays: 30))) == ["late", "open", "resolved"])
        // What the store keeps is what the whole-store reading keeps.
        let reference = try store.followUps().filter { item in item.status(on: end).map { item.isOverdue(on: end, status: $0, overdueDays: 30) } ?? false }
        #expect(try store.followUps(FollowUpQuery(mayBeOverdue: .init(on: end, overdueDays: 30))).filter { item in
            item.status(on: end).map { item.isOverdue(on: end, status: $0, overdueDays: 30) } ?? false
        } == reference)
        #expect(Set(reference.map(\.number)) == [open, resolved, late, due].map(\.number).reduce(into: Set()) { $0.insert($1) })
    }

    @Test func followUpsComeInBatchesByNumber() throws {
        let store = try store()
        for index in 0..<7 {
            try visit(store, "log-\(index)", on: "2026-10-\(20 - index)", issues: [NewFollowUp(text: "issue \(index)")])
        }
        var batches: [[String]] = []
        try store.forEachFollowUp(FollowUpQuery(mayBeOverdue: .init(on: DayNumber("2026-12-31")!, overdueDays: 30)), batch: 3) { batches.append($0.map(\.text)) }
        #expect(batches == [["issue 0", "issue 1", "issue 2"], ["issue 3", "issue 4", "issue 5"], ["issue 6"]])
        #expect(try store.followUps(FollowUpQuery(mayBeOverdue: .init(on: DayNumber("2026-12-31")!, overdueDays: 30))).map(\.text).first == "issue 6", "oldest raised first")
    }
}
