import CoachCore
import CoachTestSupport
import Foundation
import Testing

/// Foundation's Chinese calendar, checked against a table generated once from PyPI `lunar-python`
/// (scripts/care/gen-lunar-table.py → Tests/Fixtures/care/lunar-months-1930-2060.tsv).
@Suite struct ChineseCalendarTests {
    struct Month {
        var year: Int
        var month: Int
        var isLeap: Bool
        var first: DayNumber
        var days: Int
    }

    static let months: [Month] = {
        let url = Fixtures.packageRoot.appendingPathComponent("Tests/Fixtures/care/lunar-months-1930-2060.tsv")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
            let f = line.split(separator: "\t").map(String.init)
            guard f.count == 5, let year = Int(f[0]), let month = Int(f[1]), let first = DayNumber.strict(f[3]),
                  let days = Int(f[4]) else { return nil }
            return Month(year: year, month: month, isLeap: f[2] == "leap", first: first, days: days)
        }
    }()

    let calendar = ChineseCalendar()

    @Test func theTableCoversEveryMonthFrom1930To2060() throws {
        #expect(Self.months.count > 1600)
        let first = try #require(Self.months.first), last = try #require(Self.months.last)
        #expect(first.first <= DayNumber.strict("1930-01-01")!)
        #expect(last.first.adding(days: last.days) > DayNumber.strict("2060-12-31")!)
        // Consecutive months tile the days with no gap.
        for (a, b) in zip(Self.months, Self.months.dropFirst()) {
            #expect(a.first.adding(days: a.days) == b.first, "gap after \(a.year)-\(a.month)")
        }
        #expect(Self.months.filter(\.isLeap).count >= 45)
    }

    /// Every day from 1930 to 2060 reads as the table's lunar date, 2057-09-28 (Foundation's
    /// "day 0") included.
    @Test func everyDayMatchesTheIndependentTable() {
        var mismatches: [String] = []
        for month in Self.months {
            for offset in 0..<month.days {
                let day = month.first.adding(days: offset)
                let lunar = calendar.lunarDate(of: day)
                let expected = LunarDate(year: month.year, month: month.month, day: offset + 1, isLeapMonth: month.isLeap)
                if lunar != expected, mismatches.count < 10 {
                    mismatches.append("\(day.text): got \(lunar), expected \(expected)")
                }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.joined(separator: "\n"))")
    }

    /// Back again: every month's first day, length and leap status, as the table has them.
    @Test func everyMonthConvertsBackWithItsLength() {
        var mismatches: [String] = []
        for month in Self.months where mismatches.count < 10 {
            let first = calendar.firstDay(year: month.year, month: month.month, isLeapMonth: month.isLeap)
            let length = calendar.length(year: month.year, month: month.month, isLeapMonth: month.isLeap)
            let last = calendar.day(of: LunarDate(year: month.year, month: month.month, day: month.days, isLeapMonth: month.isLeap))
            if first != month.first || length != month.days || last != month.first.adding(days: month.days - 1) {
                mismatches.append("\(month.year)-\(month.isLeap ? "leap " : "")\(month.month): first \(first?.text ?? "nil") length \(length.map(String.init) ?? "nil")")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.joined(separator: "\n"))")
    }

    /// A leap month the year does not have, and a day 30 of a 29-day month, roll over silently in
    /// Foundation's `date(from:)`: the converter says they do not exist.
    @Test func impossibleDatesAreDetectedNotRolledOver() {
        let years = Set(Self.months.map(\.year))
        for year in years.sorted() where year >= 1930 && year <= 2060 {
            let leaps = Set(Self.months.filter { $0.year == year && $0.isLeap }.map(\.month))
            for month in 1...12 where !leaps.contains(month) {
                #expect(calendar.firstDay(year: year, month: month, isLeapMonth: true) == nil, "\(year) has no leap \(month)")
            }
        }
        for month in Self.months where month.days == 29 && month.year >= 1930 {
            #expect(calendar.day(of: LunarDate(year: month.year, month: month.month, day: 30, isLeapMonth: month.isLeap)) == nil)
        }
    }

    @Test func foundationsDayZeroIsTheThirtiethOfTheMonthBefore() {
        let day = DayNumber.strict("2057-09-28")!
        #expect(calendar.lunarDate(of: day) == LunarDate(year: 2057, month: 8, day: 30))
        #expect(calendar.length(year: 2057, month: 8, isLeapMonth: false) == 30)
        #expect(calendar.day(of: LunarDate(year: 2057, month: 8, day: 30)) == day)
    }

    @Test func chineseNamesOfLunarDates() {
        #expect(LunarDate(year: 2026, month: 8, day: 15).chinese(.zhHant) == "農曆八月十五")
        #expect(LunarDate(year: 2025, month: 6, day: 1, isLeapMonth: true).chinese(.zhHans) == "农历闰六月初一")
        #expect(LunarDate(year: 2026, month: 1, day: 30).chinese(.zhHant) == "農曆正月三十")
        #expect(LunarDate(year: 2026, month: 12, day: 21).chinese(.zhHant) == "農曆十二月廿一")
        #expect(LunarDate(year: 2026, month: 11, day: 20).chinese(.zhHant) == "農曆十一月二十")
    }
}
