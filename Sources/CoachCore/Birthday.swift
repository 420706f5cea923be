import Foundation

/// A person's birthday as the account file gives it: `YYYY-MM-DD` or `MM-DD`, solar or lunar.
///
/// The rules for finding it in a given year (documented in the README):
/// - a lunar birthday in a leap month is kept in the regular month of that number in years
///   without such a leap month; a birthday in a regular month is never moved to the leap month;
/// - a lunar day 30 falls on day 29 in years when the month has 29 days;
/// - a solar 02-29 falls on 02-28 in common years;
/// - a lunar date can fall 0, 1 or 2 times in one Gregorian year: every occurrence is listed;
/// - the age is known only when the year of birth is.
///
/// ```swift
/// let birthday = Birthday(text: "1976-08-15", calendar: .lunar)!
/// birthday.occurrences(in: DayRange.parse("2026-09", today: today)!, calendar: ChineseCalendar())
/// // [2026-09-25, age 50]
/// ```
public struct Birthday: Sendable, Hashable {
    public var year: Int?
    public var month: Int
    public var day: Int
    public var calendar: CalendarKind
    public var isLeapMonth: Bool

    public init(year: Int? = nil, month: Int, day: Int, calendar: CalendarKind = .solar, isLeapMonth: Bool = false) {
        self.year = year
        self.month = month
        self.day = day
        self.calendar = calendar
        self.isLeapMonth = isLeapMonth
    }

    /// Parses `YYYY-MM-DD` or `MM-DD`; nil for anything else or a month/day out of range.
    public init?(text: String, calendar: CalendarKind, isLeapMonth: Bool = false) {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "-", omittingEmptySubsequences: false)
        let numbers = parts.map { part in part.allSatisfy { $0.isASCII && $0.isNumber } ? Int(part) : nil }
        guard numbers.allSatisfy({ $0 != nil }) else { return nil }
        switch parts.count {
        case 3 where parts[0].count == 4 && parts[1].count == 2 && parts[2].count == 2:
            year = numbers[0]
            month = numbers[1]!
            day = numbers[2]!
        case 2 where parts[0].count == 2 && parts[1].count == 2:
            year = nil
            month = numbers[0]!
            day = numbers[1]!
        default:
            return nil
        }
        let maximum = calendar == .lunar ? 30 : [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][max(0, min(11, month - 1))]
        guard (1...12).contains(month), (1...maximum).contains(day) else { return nil }
        self.calendar = calendar
        self.isLeapMonth = calendar == .lunar && isLeapMonth
    }

    /// The person's birthday, or nil when they have none (or it does not parse).
    public init?(of person: Person) {
        guard let text = person.birthday else { return nil }
        self.init(text: text, calendar: person.calendar, isLeapMonth: person.leapMonth)
    }

    /// The birthday in Chinese words when it is lunar (`農曆閏四月初一`), else nil.
    public func lunarText(_ language: Language) -> String? {
        guard calendar == .lunar else { return nil }
        return LunarDate.chinese(month: month, day: day, isLeapMonth: isLeapMonth, simplified: language == .zhHans)
    }

    /// Every day in `range` the birthday is celebrated on, in order.
    ///
    /// O(years in the range) conversions; a month costs at most two.
    public func occurrences(in range: DayRange, calendar chinese: ChineseCalendar) -> [BirthdayOccurrence] {
        let firstYear = range.first.components.year
        let lastYear = range.last.components.year
        var result: [BirthdayOccurrence] = []
        switch calendar {
        case .solar:
            for year in firstYear...lastYear {
                var adjustment: BirthdayOccurrence.Adjustment?
                var dayOfMonth = day
                if month == 2, day == 29, !Self.isLeapYear(year) {
                    dayOfMonth = 28
                    adjustment = .february29
                }
                let date = DayNumber.civil(year, month, dayOfMonth)
                guard range.contains(date) else { continue }
                result.append(BirthdayOccurrence(day: date, lunar: nil, age: age(inYear: year), adjustment: adjustment))
            }
        case .lunar:
            // A lunar year starting in the previous Gregorian year reaches into January/February.
            for year in (firstYear - 1)...lastYear {
                guard let (date, lunar, adjustment) = lunarOccurrence(inLunarYear: year, calendar: chinese),
                      range.contains(date) else { continue }
                result.append(BirthdayOccurrence(day: date, lunar: lunar, age: age(inYear: year), adjustment: adjustment))
            }
        }
        return result
    }

    /// The day of the birthday in lunar year `year`, with the lunar date it is kept on.
    func lunarOccurrence(inLunarYear year: Int, calendar chinese: ChineseCalendar) -> (DayNumber, LunarDate, BirthdayOccurrence.Adjustment?)? {
        var adjustment: BirthdayOccurrence.Adjustment?
        var leap = isLeapMonth
        if leap, chinese.firstDay(year: year, month: month, isLeapMonth: true) == nil {
            leap = false
            adjustment = .leapMonthKeptInRegularMonth
        }
        guard let first = chinese.firstDay(year: year, month: month, isLeapMonth: leap),
              let length = chinese.length(year: year, month: month, isLeapMonth: leap) else { return nil }
        var dayOfMonth = day
        if dayOfMonth > length {
            dayOfMonth = length
            adjustment = adjustment ?? .day30In29DayMonth
        }
        let lunar = LunarDate(year: year, month: month, day: dayOfMonth, isLeapMonth: leap)
        return (first.adding(days: dayOfMonth - 1), lunar, adjustment)
    }

    /// The age reached on the birthday in `year` (Gregorian or lunar, as the birthday is), if known.
    func age(inYear year: Int) -> Int? {
        guard let born = self.year, year >= born else { return nil }
        return year - born
    }

    static func isLeapYear(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }
}

/// One day a birthday is celebrated on.
public struct BirthdayOccurrence: Sendable, Hashable {
    /// Why the day differs from the date written in the account file.
    public enum Adjustment: String, Sendable, Hashable, Codable {
        /// A leap-month birthday in a year without that leap month.
        case leapMonthKeptInRegularMonth = "leap-month-kept-in-regular-month"
        /// A lunar day 30 in a month of 29 days.
        case day30In29DayMonth = "day-30-in-29-day-month"
        /// A solar 02-29 in a common year.
        case february29 = "february-29-in-common-year"
    }

    public var day: DayNumber
    /// The lunar date it is kept on (lunar birthdays only).
    public var lunar: LunarDate?
    /// The age reached, when the year of birth is known.
    public var age: Int?
    public var adjustment: Adjustment?

    public init(day: DayNumber, lunar: LunarDate?, age: Int?, adjustment: Adjustment?) {
        self.day = day
        self.lunar = lunar
        self.age = age
        self.adjustment = adjustment
    }
}
