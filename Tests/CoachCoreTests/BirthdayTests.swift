import CoachCore
import Testing

@Suite struct BirthdayTests {
    let calendar = ChineseCalendar()

    func range(_ first: String, _ last: String) -> DayRange {
        DayRange(first: DayNumber.strict(first)!, last: DayNumber.strict(last)!)
    }

    func days(_ birthday: Birthday, _ first: String, _ last: String) -> [String] {
        birthday.occurrences(in: range(first, last), calendar: calendar).map(\.day.text)
    }

    @Test func parsesFullDatesAndMonthDay() {
        #expect(Birthday(text: "1976-08-15", calendar: .lunar) == Birthday(year: 1976, month: 8, day: 15, calendar: .lunar))
        #expect(Birthday(text: "08-15", calendar: .solar) == Birthday(month: 8, day: 15))
        #expect(Birthday(text: "02-30", calendar: .solar) == nil)
        #expect(Birthday(text: "02-30", calendar: .lunar) != nil)
        #expect(Birthday(text: "13-01", calendar: .solar) == nil)
        #expect(Birthday(text: "8-15", calendar: .solar) == nil)
        #expect(Birthday(text: "leap-month", calendar: .solar) == nil)
    }

    @Test func aLunarBirthdayWithItsAge() throws {
        let birthday = Birthday(year: 1976, month: 8, day: 15, calendar: .lunar)
        let found = birthday.occurrences(in: range("2026-09-01", "2026-09-30"), calendar: calendar)
        let only = try #require(found.first)
        #expect(found.count == 1)
        #expect(only.day.text == "2026-09-25")
        #expect(only.age == 50)
        #expect(only.lunar?.chinese(.zhHant) == "農曆八月十五")
    }

    @Test func noAgeWithoutAYear() {
        let found = Birthday(month: 8, day: 15, calendar: .lunar).occurrences(in: range("2026-01-01", "2026-12-31"), calendar: calendar)
        #expect(found.map(\.day.text) == ["2026-09-25"])
        #expect(found.first?.age == nil)
    }

    /// A leap-month birthday (閏六月, as in 2025) is kept in the regular sixth month in 2026.
    @Test func aLeapMonthBirthdayIsKeptInTheRegularMonthInOtherYears() {
        let birthday = Birthday(month: 6, day: 10, calendar: .lunar, isLeapMonth: true)
        let in2025 = birthday.occurrences(in: range("2025-01-01", "2025-12-31"), calendar: calendar)
        #expect(in2025.map(\.day.text) == ["2025-08-03"])
        #expect(in2025.first?.lunar?.isLeapMonth == true)
        let in2026 = birthday.occurrences(in: range("2026-01-01", "2026-12-31"), calendar: calendar)
        #expect(in2026.map(\.day.text) == ["2026-07-23"])
        #expect(in2026.first?.adjustment == .leapMonthKeptInRegularMonth)
        #expect(in2026.first?.lunar?.isLeapMonth == false)
    }

    /// A regular-month birthday stays in the regular month in a year with that leap month.
    @Test func aRegularBirthdayIsNotRepeatedInTheLeapMonth() {
        let birthday = Birthday(month: 6, day: 10, calendar: .lunar)
        #expect(days(birthday, "2025-01-01", "2025-12-31") == ["2025-07-04"])
    }

    /// Day 30 of a month that has 29 days this year falls on day 29.
    @Test func dayThirtyFallsOnDayTwentyNineInAShortMonth() {
        // 2026's eighth lunar month has 29 days (2026-09-11 … 2026-10-09); 2025's has 30.
        let birthday = Birthday(month: 8, day: 30, calendar: .lunar)
        let found = birthday.occurrences(in: range("2026-01-01", "2026-12-31"), calendar: calendar)
        #expect(found.map(\.day.text) == ["2026-10-09"])
        #expect(found.first?.adjustment == .day30In29DayMonth)
        #expect(found.first?.lunar?.day == 29)
        #expect(days(birthday, "2024-01-01", "2024-12-31") == ["2024-10-02"])
    }

    /// A lunar date late in the year falls twice in some Gregorian years and not at all in others.
    @Test func aLunarDateCanFallTwiceOrNeverInOneSolarYear() {
        let birthday = Birthday(month: 11, day: 25, calendar: .lunar)
        var counts: [Int: Int] = [:]
        for year in 1990...2050 {
            counts[days(birthday, "\(year)-01-01", "\(year)-12-31").count, default: 0] += 1
        }
        // lunar-python over the same years: 23 years with none, 16 with one, 22 with two.
        #expect(counts == [0: 23, 1: 16, 2: 22])
        #expect(days(birthday, "1990-01-01", "1990-12-31").isEmpty)
        #expect(days(birthday, "1991-01-01", "1991-12-31") == ["1991-01-10", "1991-12-30"])
    }

    @Test func februaryTwentyNinthFallsOnTheTwentyEighthInCommonYears() {
        let birthday = Birthday(year: 1980, month: 2, day: 29)
        let found = birthday.occurrences(in: range("2026-02-01", "2026-02-28"), calendar: calendar)
        #expect(found.map(\.day.text) == ["2026-02-28"])
        #expect(found.first?.adjustment == .february29)
        #expect(found.first?.age == 46)
        #expect(days(birthday, "2028-02-01", "2028-03-01") == ["2028-02-29"])
    }

    @Test func solarBirthdaysOverARangeAcrossYears() {
        let birthday = Birthday(month: 1, day: 2)
        #expect(days(birthday, "2026-12-01", "2027-12-31") == ["2027-01-02"])
        #expect(days(birthday, "2026-01-01", "2027-12-31") == ["2026-01-02", "2027-01-02"])
    }
}

@Suite struct MissingCareDataTextTests {
    @Test func aLatinNameIsSpacedOffInChineseTextAndAChineseNameRunsIn() {
        let latin = MissingCareData(accountID: "riverside", accountName: "Riverside Health Group", owner: nil, person: "Margaret Chen", gap: .birthday)
        #expect(latin.text.zhHant.hasPrefix("核實 Margaret Chen（Riverside Health Group）"))
        #expect(latin.text.zhHans.hasPrefix("核实 Margaret Chen（"))
        let chinese = MissingCareData(accountID: "east-post", accountName: "華東郵政分公司", owner: nil, person: "王建國", gap: .calendar)
        #expect(chinese.text.zhHant.hasPrefix("問清王建國（華東郵政分公司）"))
    }
}
