import CoachApp
import CoachCore
@testable import CoachStore
import CoachTestSupport
import Foundation
import Testing

/// The monthly report reads what its period needs: the same figures as counting over every log and
/// follow-up in the store, only the period's logs, and the same statements however many there are.
@Suite struct JournalReportPeriodTests {
    static let start = Date(timeIntervalSince1970: 1_793_664_000)  // 2026-11-03 00:00 UTC
    static let november = DayRange(first: DayNumber("2026-11-01")!, last: DayNumber("2026-11-30")!, label: "2026-11")
    static let today = DayNumber("2026-12-05")!

    @discardableResult
    static func visit(
        _ store: CoachDatabase, _ id: String, on day: String, account: String = "east-post", visitor: String = "李明",
        issues: [NewFollowUp] = []
    ) throws -> RecordedVisit {
        try store.recordVisit(NewVisitLog(
            uuid: id, accountID: account, visitor: visitor, at: start,
            content: VisitLogContent(visitDate: day, peopleMet: ["陳志明"], discussed: "年度宣傳計劃"), issues: issues))
    }

    static func move(_ store: CoachDatabase, _ followUp: FollowUp, _ steps: [(IssueStatus, String)]) throws {
        for (index, (status, day)) in steps.enumerated() {
            _ = try store.updateFollowUp(
                String(followUp.number), FollowUpUpdate(status: status), day: day, by: followUp.owner,
                at: start.addingTimeInterval(Double(index + 1) * 3_600))
        }
    }

    /// Logs and follow-ups before, in and after November 2026, `extra` more logs in each.
    static func store(extra: Int = 0) throws -> CoachDatabase {
        let store = try Fixtures.demoStore()
        for index in 0..<extra {
            try visit(store, "in-\(index)", on: "2026-11-\(10 + index % 15)", account: index % 2 == 0 ? "east-post" : "riverside-health",
                      visitor: index % 2 == 0 ? "李明" : "Dana Lee")
            try visit(store, "before-\(index)", on: "2026-10-\(10 + index % 15)")
            try visit(store, "after-\(index)", on: "2026-12-0\(1 + index % 4)", visitor: "Dana Lee")
        }
        let september = try visit(store, "sep", on: "2026-09-20", issues: [NewFollowUp(text: "closed in December")])
        try move(store, september.followUps[0], [(.resolved, "2026-10-01"), (.customerInformed, "2026-12-02")])
        let october = try visit(store, "oct", on: "2026-10-05", issues: [
            NewFollowUp(text: "still open"), NewFollowUp(text: "resolved in November"), NewFollowUp(text: "closed in October"),
        ])
        try move(store, october.followUps[1], [(.inProgress, "2026-10-20"), (.resolved, "2026-11-12")])
        try move(store, october.followUps[2], [(.resolved, "2026-10-10"), (.customerInformed, "2026-10-20")])
        let november = try visit(store, "nov", on: "2026-11-03", issues: [
            NewFollowUp(text: "due passed", due: "2026-11-10"), NewFollowUp(text: "handled in November", owner: "Dana Lee"),
        ])
        try move(store, november.followUps[1], [(.resolved, "2026-11-05"), (.customerInformed, "2026-11-08")])
        try visit(store, "nov-dana", on: "2026-11-20", account: "riverside-health", visitor: "Dana Lee",
                  issues: [NewFollowUp(text: "due in December", due: "2026-12-20")])
        let december = try visit(store, "dec", on: "2026-12-01", issues: [NewFollowUp(text: "raised in December")])
        try move(store, december.followUps[0], [(.resolved, "2026-12-02")])
        return store
    }

    static func report(_ store: CoachDatabase, who: String?) throws -> JournalReport {
        try JournalReport.build(
            database: store, days: november, who: who, today: today, selfChecks: Fixtures.corpus.selfChecks,
            care: Fixtures.corpus.care, timeZone: Fixtures.utc)
    }

    @Test(arguments: [nil, "李明", "Dana Lee"])
    func theReportCountsThePeriodAsCountingOverTheWholeStoreDoes(who: String?) throws {
        let store = try Self.store()
        let report = try Self.report(store, who: who)

        // The reference: every log and follow-up read, then filtered in Swift (the report before v12).
        let logs = try store.visitLogs().filter { Self.november.contains(day: $0.content.visitDate) && (who == nil || $0.visitor == who) }
        let followUps = try store.followUps(owner: who)
        let asOf = DayNumber("2026-11-30")!
        let resolved = followUps.filter { $0.firstDay(of: .resolved).map(Self.november.contains(day:)) ?? false }
        let informed = followUps.filter { $0.firstDay(of: .customerInformed).map(Self.november.contains(day:)) ?? false }
        let overdue = followUps.filter { item in item.status(on: asOf).map { item.isOverdue(on: asOf, status: $0, overdueDays: 30) } ?? false }
        #expect(report.totalVisits == logs.count)
        #expect(report.visits.map(\.count).reduce(0, +) == logs.count)
        #expect(report.issues.raised == followUps.filter { Self.november.contains(day: $0.raised) }.count)
        #expect(report.issues.resolved == resolved.count && report.issues.customerInformed == informed.count)
        #expect(report.handled.map(\.number) == followUps.filter { item in (resolved + informed).contains { $0.number == item.number } }.map(\.number))
        #expect(Set(report.overdue.map(\.number)) == Set(overdue.map(\.number)))
        #expect(report.verification.logs == logs.count)

        // And by hand.
        let texts = Dictionary(uniqueKeysWithValues: try store.followUps().map { ($0.number, $0.text) })
        switch who {
        case nil:
            #expect(report.totalVisits == 2)
            #expect(report.issues.raised == 3)
            #expect(report.handled.compactMap { texts[$0.number] } == ["resolved in November", "handled in November"])
            #expect(report.overdue.compactMap { texts[$0.number] }.sorted()
                == ["closed in December", "due passed", "resolved in November", "still open"])
        case "李明":
            #expect(report.visits.map(\.account) == ["east-post"])
            #expect(report.issues.raised == 1)
            #expect(report.handled.compactMap { texts[$0.number] } == ["resolved in November"])
        default:
            #expect(report.visits.map(\.account) == ["riverside-health"])
            #expect(report.handled.compactMap { texts[$0.number] } == ["handled in November"])
            #expect(report.overdue.isEmpty)
        }
    }

    @Test func theReportRunsTheSameStatementsHoweverManyLogsAreInAndAroundThePeriod() throws {
        let small = try Self.store(extra: 3), large = try Self.store(extra: 30)
        func tracing(_ store: CoachDatabase) throws -> (JournalReport, [String]) {
            let (report, statements) = try store.tracingStatements { try Self.report(store, who: nil) }
            return (report, statements.map { $0.replacingOccurrences(of: #"\?(,\?)*"#, with: "…", options: .regularExpression) })
        }
        let (few, fewStatements) = try tracing(small)
        let (many, manyStatements) = try tracing(large)
        #expect(few.totalVisits == 5 && many.totalVisits == 32)
        #expect(fewStatements.count == manyStatements.count, "\(fewStatements.count) against \(manyStatements.count)")
        #expect(fewStatements == manyStatements)
    }
}
