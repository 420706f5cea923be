import CoachCore
import Foundation
import Testing

/// Days and periods as typed for the journal, and what follow-ups make of them.
@Suite struct DayRangeTests {
    static let today = DayNumber("2026-11-29")!  // a Sunday

    func label(_ text: String) -> String? { DayRange.parse(text, today: Self.today)?.label }
    func span(_ text: String) -> String? {
        DayRange.parse(text, today: Self.today).map { "\($0.first.text)..\($0.last.text)" }
    }

    @Test func daysRoundTripThroughTheirNumber() {
        for text in ["1970-01-01", "2000-02-29", "2026-11-29", "2026-12-31", "2027-01-01", "1969-12-31"] {
            #expect(DayNumber(text)?.text == text)
        }
        #expect(Self.today.weekday == 7)
        #expect(Self.today.adding(days: 3).text == "2026-12-02")
        #expect(DayNumber.strict("2026-02-30") == nil)
        #expect(DayNumber.strict("2026-2-3") == nil)
        #expect(DayNumber.strict("2026-02-28")?.text == "2026-02-28")
    }

    @Test(arguments: [
        ("today", "2026-11-29..2026-11-29"),
        ("yesterday", "2026-11-28..2026-11-28"),
        ("昨天", "2026-11-28..2026-11-28"),
        ("this week", "2026-11-23..2026-11-29"),
        ("last week", "2026-11-16..2026-11-22"),
        ("Last-Week", "2026-11-16..2026-11-22"),
        ("上週", "2026-11-16..2026-11-22"),
        ("this month", "2026-11-01..2026-11-30"),
        ("last month", "2026-10-01..2026-10-31"),
        ("上个月", "2026-10-01..2026-10-31"),
        ("this quarter", "2026-10-01..2026-12-31"),
        ("last quarter", "2026-07-01..2026-09-30"),
        ("2026-02", "2026-02-01..2026-02-28"),
        ("2024-02", "2024-02-01..2024-02-29"),
        ("2026-Q4", "2026-10-01..2026-12-31"),
        ("2027-q1", "2027-01-01..2027-03-31"),
        ("2026-11-05", "2026-11-05..2026-11-05"),
        ("2026", "2026-01-01..2026-12-31"),
    ])
    func parsesDaysAndPeriods(text: String, expected: String) {
        #expect(span(text) == expected)
    }

    @Test func periodsHaveReadableLabelsAndNonsenseIsRefused() {
        #expect(label("last month") == "2026-10")
        #expect(label("this quarter") == "2026-Q4")
        #expect(label("yesterday") == "2026-11-28")
        #expect(label("2026-13") == nil)
        #expect(label("2026-Q5") == nil)
        #expect(label("2026-11-31") == nil)
        #expect(label("next week") == nil)
        let january = DayNumber("2027-01-10")!
        #expect(DayRange.parse("last month", today: january)?.label == "2026-12")
        #expect(DayRange.parse("last quarter", today: january)?.label == "2026-Q4")
    }

    @Test func aFollowUpIsOverdueAfterItsDueDateOrThirtyDaysUntilTheCustomerIsInformed() {
        var item = FollowUp(
            number: 1, uuid: "u", accountID: "a", text: "t", raised: "2026-10-20", owner: "李明", due: "2026-11-20",
            createdAt: .init(timeIntervalSince1970: 0), updatedAt: .init(timeIntervalSince1970: 0))
        #expect(item.isOverdue(today: "2026-11-21", overdueDays: 30))
        #expect(!item.isOverdue(today: "2026-11-20", overdueDays: 30))
        item.status = .resolved
        #expect(item.isOverdue(today: "2026-11-21", overdueDays: 30), "resolved is not closed until the customer is told")
        item.status = .customerInformed
        #expect(!item.isOverdue(today: "2026-11-21", overdueDays: 30))
        item.due = nil
        item.status = .open
        #expect(item.deadline(overdueDays: 30) == "2026-11-19")
    }

    @Test func customerInformedComesOnlyAfterResolved() {
        #expect(IssueStatus.open.allowsChange(to: .inProgress))
        #expect(IssueStatus.open.allowsChange(to: .resolved))
        #expect(!IssueStatus.open.allowsChange(to: .customerInformed))
        #expect(!IssueStatus.inProgress.allowsChange(to: .customerInformed))
        #expect(IssueStatus.resolved.allowsChange(to: .customerInformed))
        #expect(IssueStatus.resolved.allowsChange(to: .inProgress), "an issue can be reopened")
        #expect(!IssueStatus.resolved.allowsChange(to: .resolved))
    }
}
