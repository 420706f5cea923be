import CoachCore
@testable import CoachStore
import Foundation
import Testing

/// What a report reads of a period without decoding every log or every follow-up's history gives
/// what reading them in full gives.
@Suite struct ReportPeriodReadTests {
    static let start = Date(timeIntervalSince1970: 1_793_664_000)  // 2026-11-03 00:00 UTC
    static let november = DayRange(first: DayNumber("2026-11-01")!, last: DayNumber("2026-11-30")!, label: "2026-11")
    static let people: [String] = ["陳志明", "王建國"]

    /// Logs in and around November, one edited to meet someone else, with follow-ups that were
    /// moved along (two changes at the same instant among them) or not.
    func store() throws -> CoachDatabase {
        let store = try CoachDatabase.inMemory()
        _ = try store.importAccount(JournalStoreTests.account, source: "east-post.yaml", by: "test", at: Self.start)
        for index in 0..<12 {
            _ = try store.recordVisit(NewVisitLog(
                uuid: "log-\(index)", accountID: "east-post", visitor: index % 3 == 0 ? "王芳" : "李明", at: Self.start,
                content: VisitLogContent(
                    visitDate: index < 3 ? "2026-10-2\(index + 1)" : "2026-11-\(10 + index)",
                    peopleMet: index % 4 == 0 ? [] : Array(Self.people.prefix(index % 3)) + ["林主任 \(index)"],
                    discussed: "第 \(index) 次"),
                issues: [NewFollowUp(text: "問題 \(index)", department: index % 2 == 0 ? "財務部" : nil, due: index % 5 == 0 ? "2026-11-12" : nil)]))
        }
        _ = try store.editVisitLog(
            "5", content: VisitLogContent(visitDate: "2026-11-16", peopleMet: ["張總"], discussed: "改過"), by: "李明",
            at: Self.start.addingTimeInterval(86_400))
        let moves: [(Int, IssueStatus, String, Double)] = [
            (1, .inProgress, "2026-10-25", 10), (1, .resolved, "2026-11-05", 20), (1, .customerInformed, "2026-11-20", 30),
            (2, .resolved, "2026-11-28", 40), (2, .customerInformed, "2026-12-02", 50),
            (4, .inProgress, "2026-11-15", 60), (4, .resolved, "2026-11-15", 60), (4, .customerInformed, "2026-11-15", 60),
            (6, .resolved, "2026-11-01", 70), (7, .inProgress, "2026-12-01", 80),
        ]
        for (number, status, day, offset) in moves {
            _ = try store.updateFollowUp(
                String(number), FollowUpUpdate(status: status), day: day, by: "李明", at: Self.start.addingTimeInterval(offset))
        }
        return store
    }

    @Test(arguments: [nil, "李明"])
    func visitSummariesAreTheLogsReadInFull(who: String?) throws {
        let store = try store()
        let query = JournalQuery(visitor: who, days: Self.november)
        let summaries = try store.visitSummaries(query)
        #expect(summaries == (try store.visitLogs(query)).map(VisitSummary.init))
        #expect(summaries.count == (who == nil ? 9 : 6))
        #expect(summaries.contains { $0.peopleMet.isEmpty } && summaries.contains { $0.peopleMet.count == 3 })
        #expect(summaries.first { $0.number == 5 }?.peopleMet == ["張總"], "the newest version's")
    }

    @Test(arguments: ["2026-10-20", "2026-10-31", "2026-11-05", "2026-11-15", "2026-11-30", "2026-12-31"])
    func aFollowUpsStatusOnADayIsTheOneItsHistoryGives(day text: String) throws {
        let store = try store()
        let day = try #require(DayNumber(text))
        for query in [FollowUpQuery(), FollowUpQuery(owner: "王芳"), FollowUpQuery(mayBeOverdue: .init(on: day, overdueDays: 30))] {
            var onDay: [FollowUpOnDay] = []
            try store.forEachFollowUp(query, on: day, batch: 4) { onDay += $0 }
            var full: [FollowUp] = []
            try store.forEachFollowUp(query) { full += $0 }
            #expect(onDay.map(\.number) == full.map(\.number))
            for (item, followUp) in zip(onDay, full) {
                #expect(item.status == followUp.status(on: day), "#\(item.number) on \(text)")
                #expect(item.deadline(overdueDays: 30) == followUp.deadline(overdueDays: 30))
                #expect(item.isOverdue(on: day, overdueDays: 30) == followUp.status(on: day).map { followUp.isOverdue(on: day, status: $0, overdueDays: 30) } ?? false)
                #expect((item.accountID, item.owner, item.department, item.text, item.raised, item.due)
                    == (followUp.accountID, followUp.owner, followUp.department, followUp.text, followUp.raised, followUp.due))
            }
        }
    }
}
