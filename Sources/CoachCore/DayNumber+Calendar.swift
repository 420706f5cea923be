import Foundation

// Calendar arithmetic on days, without a clock or time zone: what periods and due dates need.
extension DayNumber {
    /// The day `days` days after 1970-01-01 (negative before it).
    ///
    /// A static function rather than an initializer, so `DayNumber.init` stays unambiguous.
    public static func counting(_ days: Int) -> DayNumber { DayNumber(daysSinceEpoch: days) }

    /// The year, month (1–12) and day (1–31) of this day (Howard Hinnant's civil-from-days).
    public var components: (year: Int, month: Int, day: Int) {
        let z = value + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// `YYYY-MM-DD`.
    public var text: String {
        let (year, month, day) = components
        return Self.pad(year, 4) + "-" + Self.pad(month, 2) + "-" + Self.pad(day, 2)
    }

    /// 1 for Monday … 7 for Sunday.
    public var weekday: Int { ((value + 3) % 7 + 7) % 7 + 1 }

    /// The day `days` later (earlier when negative).
    public func adding(days: Int) -> DayNumber { DayNumber(daysSinceEpoch: value + days) }

    /// The first day of the month `months` months after this day's month.
    public func monthStart(offset months: Int = 0) -> DayNumber {
        let (year, month, _) = components
        let index = year * 12 + (month - 1) + months
        let startYear = index >= 0 ? index / 12 : (index - 11) / 12
        return .civil(startYear, index - startYear * 12 + 1, 1)
    }

    /// Parses `YYYY-MM-DD` strictly: the day must exist (no 2026-02-30), written with two-digit
    /// month and day.
    public static func strict(_ text: String) -> DayNumber? {
        // A day written as YYYY-MM-DD starts and ends with a digit: nothing to trim (Foundation's
        // trimming was a noticeable part of an import, which checks every day).
        let digits = UInt8(ascii: "0")...UInt8(ascii: "9")
        let plain = text.utf8.first.map(digits.contains) == true && text.utf8.last.map(digits.contains) == true
        let trimmed = plain ? text : text.trimmingCharacters(in: .whitespaces)
        guard let day = DayNumber(trimmed), day.text == trimmed else { return nil }
        return day
    }

    /// The day of a year, month (1–12) and day.
    static func civil(_ year: Int, _ month: Int, _ day: Int) -> DayNumber {
        DayNumber(civilYear: year, month: month, day: day)
    }

    static func pad(_ number: Int, _ width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
