import CoachApp
import CoachCore
import CoachStore
import CoachTestSupport
import Foundation
import Testing

/// The care part of the monthly report: birthdays handled against birthdays in the month, and the
/// accounts overdue for a visit by tier, as a reader of the journal counts them.
@Suite struct CareReportTests {
    func report(logBirthdayCall: Bool) throws -> JournalReport {
        let database = try CareTranscriptTests.store()
        if logBirthdayCall {
            _ = try database.recordVisit(NewVisitLog(
                uuid: "00000000-0000-4000-8000-000000000200", accountID: "harbour-bank", visitor: "test", at: CareTranscriptTests.now,
                content: VisitLogContent(visitDate: "2026-09-25", peopleMet: ["林美玲"], discussed: "生日電話")))
        }
        let september = try #require(DayRange.parse("2026-09", today: DayNumber("2026-09-25")!))
        return try JournalReport.build(
            database: database, days: september, who: nil, today: DayNumber("2026-09-25")!,
            selfChecks: Fixtures.corpus.selfChecks, care: Fixtures.corpus.care)
    }

    @Test func birthdaysHandledAreTheOnesWithALogOnTheDayNamingThePerson() throws {
        let care = try #require(try report(logBirthdayCall: true).care)
        // September 2026: 趙敏 on 09-03 (solar), 林美玲 on 09-25 (lunar 八月十五), as lunar-python gives it.
        #expect(care.birthdays.map { [$0.date, $0.person, $0.calendar] } == [["2026-09-03", "趙敏", "solar"], ["2026-09-25", "林美玲", "lunar"]])
        #expect(care.birthdays.map(\.handled) == [false, true])
        #expect(care.birthdaysHandled == 1)
        let unhandled = try #require(try report(logBirthdayCall: false).care)
        #expect(unhandled.birthdaysHandled == 0, "a visit on another day does not count")
    }

    @Test func overdueAccountsAreCountedByTierOnTheAsOfDay() throws {
        let care = try #require(try report(logBirthdayCall: false).care)
        let tiers = Dictionary(uniqueKeysWithValues: care.tiers.map { ($0.tier, $0) })
        // A every 14 days: last 09-08, due 09-22, 3 days over on 09-25.
        #expect(tiers["A"]?.overdue.map { [$0.account, $0.due ?? "", String($0.daysOverdue ?? -1)] } == [["harbour-bank", "2026-09-22", "3"]])
        // B potential-large every 21 days: last 08-10, due 08-31, 25 days over.
        #expect(tiers["B"]?.overdue.map { [$0.account, $0.due ?? "", String($0.daysOverdue ?? -1)] } == [["river-logistics", "2026-08-31", "25"]])
        // C: never visited.
        #expect(tiers["C"]?.overdue.isEmpty == true)
        #expect(tiers["C"]?.neverVisited.map(\.account) == ["quiet-mill"])
        // The birthday call on 09-25 is a visit: harbour-bank is no longer overdue.
        let after = try #require(try report(logBirthdayCall: true).care)
        #expect(after.tiers.first { $0.tier == "A" }?.overdue.isEmpty == true)
    }

    @Test func everyFormatShowsTheCarePart() throws {
        let report = try report(logBirthdayCall: true)
        let markdown = report.markdown(language: .zhHant)
        #expect(markdown.contains("## 本期客戶生日及關懷情況"))
        #expect(markdown.contains("生日關懷：2 位中已記錄 1 位"))
        #expect(markdown.contains("| 2026-09-25 | 林美玲 | 港灣銀行 | harbour-bank | 農曆 | 記錄 #4 |"))
        #expect(markdown.contains("## 各級客戶拜訪逾期"))
        #expect(markdown.contains("| B | River Logistics | river-logistics | Li Ming | 2026-08-10 | 2026-08-31 | 25 |"))
        let csv = report.csv()
        #expect(csv.contains("birthdays-handled,,,,1/2\n"))
        #expect(csv.contains("birthday,harbour-bank,,2026-09-03 趙敏 (solar),0\n"))
        #expect(csv.contains("visit-overdue,quiet-mill,陳經理,tier C; never visited,never\n"))
        #expect(csv.contains("tier-overdue,,,B,1/1\n"))
        let html = report.html(language: .en)
        #expect(html.contains("<h2>Birthdays in the period and whether each was handled</h2>"))
        #expect(html.contains("Birthdays handled: 1 of 2"))
        #expect(html.contains("<h2>Visits overdue by tier</h2>"))
    }
}
