import Foundation

/// Converts between Gregorian days and lunar dates with Foundation's Chinese calendar, with its
/// conventions and quirks handled in one place.
///
/// - Days are reckoned in China Standard Time (UTC+8, no daylight saving), the time the calendar is
///   defined in; callers pass and get `DayNumber`s, never `Date`s or `Calendar`s.
/// - Foundation's `era` is the 60-year cycle and its `year` is 1…60; `LunarDate.year` is the
///   Gregorian year the lunar year starts in.
/// - `date(from:)` silently rolls a missing leap month or a day 30 of a 29-day month into the next
///   month: every conversion is checked by converting back, and an impossible date gives nil.
/// - Foundation answers "day 0" for 2057-09-28 (the 30th of the 8th month); such a day is read as
///   the day after the previous one.
///
/// ```swift
/// let calendar = ChineseCalendar()
/// calendar.lunarDate(of: DayNumber("2026-09-25")!)    // 2026, month 8, day 15
/// calendar.day(of: LunarDate(year: 2026, month: 6, day: 1, isLeapMonth: true))   // nil: no leap 6th month in 2026
/// ```
public struct ChineseCalendar: Sendable {
    private let calendar: Calendar

    public init() {
        var calendar = Calendar(identifier: .chinese)
        calendar.timeZone = Self.chinaTime
        self.calendar = calendar
    }

    static let chinaTime = TimeZone(secondsFromGMT: 8 * 3600)!
    static let secondsPerDay = 86_400.0
    /// Foundation's cycle 78 began with the lunar year 1984 (甲子).
    static let cycleOrigin = (era: 78, year: 1984)

    /// The lunar date of a day.
    public func lunarDate(of day: DayNumber) -> LunarDate {
        let parts = calendar.dateComponents([.era, .year, .month, .day, .isLeapMonth], from: noon(of: day))
        let cycleYear = (parts.era ?? Self.cycleOrigin.era, parts.year ?? 1)
        let year = Self.cycleOrigin.year + (cycleYear.0 - Self.cycleOrigin.era) * 60 + (cycleYear.1 - 1)
        let dayOfMonth = parts.day ?? 1
        if dayOfMonth < 1 {
            // Foundation's "day 0": the last day of the previous month, one past its previous day.
            var previous = lunarDate(of: day.adding(days: -1))
            previous.day += 1
            return previous
        }
        return LunarDate(year: year, month: parts.month ?? 1, day: dayOfMonth, isLeapMonth: parts.isLeapMonth ?? false)
    }

    /// The day a lunar date falls on, or nil when that date does not exist (a leap month the year
    /// does not have, a day 30 of a 29-day month, a day outside 1…30).
    public func day(of date: LunarDate) -> DayNumber? {
        guard (1...12).contains(date.month), (1...30).contains(date.day),
              let first = firstDay(year: date.year, month: date.month, isLeapMonth: date.isLeapMonth) else { return nil }
        let candidate = first.adding(days: date.day - 1)
        return lunarDate(of: candidate) == date ? candidate : nil
    }

    /// The first day of a lunar month, or nil when the year has no such month.
    public func firstDay(year: Int, month: Int, isLeapMonth: Bool) -> DayNumber? {
        guard (1...12).contains(month) else { return nil }
        let offset = year - Self.cycleOrigin.year
        let cycles = offset >= 0 ? offset / 60 : (offset - 59) / 60
        var parts = DateComponents()
        parts.era = Self.cycleOrigin.era + cycles
        parts.year = offset - cycles * 60 + 1
        parts.month = month
        parts.day = 1
        parts.isLeapMonth = isLeapMonth
        parts.hour = 12
        guard let date = calendar.date(from: parts) else { return nil }
        let day = Self.dayNumber(of: date)
        // A missing leap month rolls over silently: check the day is what was asked for.
        let expected = LunarDate(year: year, month: month, day: 1, isLeapMonth: isLeapMonth)
        if lunarDate(of: day) == expected { return day }
        // Noon of the wrong side of a month boundary: look one day either way.
        for neighbour in [day.adding(days: -1), day.adding(days: 1)] where lunarDate(of: neighbour) == expected {
            return neighbour
        }
        return nil
    }

    /// The number of days (29 or 30) of a lunar month, or nil when the year has no such month.
    public func length(year: Int, month: Int, isLeapMonth: Bool) -> Int? {
        guard let first = firstDay(year: year, month: month, isLeapMonth: isLeapMonth) else { return nil }
        return lunarDate(of: first.adding(days: 29)).day == 30 ? 30 : 29
    }

    /// The leap month of a lunar year (its number), or nil when the year has none.
    public func leapMonth(year: Int) -> Int? {
        (1...12).first { firstDay(year: year, month: $0, isLeapMonth: true) != nil }
    }

    func noon(of day: DayNumber) -> Date {
        Date(timeIntervalSince1970: Double(day.value) * Self.secondsPerDay + 4 * 3600)
    }

    static func dayNumber(of date: Date) -> DayNumber {
        let seconds = date.timeIntervalSince1970 + Double(chinaTime.secondsFromGMT())
        return DayNumber.counting(Int((seconds / secondsPerDay).rounded(.down)))
    }
}
