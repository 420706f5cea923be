/// A day of the Chinese lunisolar calendar (農曆).
///
/// `year` is the Gregorian year in which the lunar year begins (its first month starts in January
/// or February of that year), not Foundation's 1…60 cycle year.
///
/// ```swift
/// let moonFestival = LunarDate(year: 2026, month: 8, day: 15)
/// moonFestival.chinese(.zhHant)   // "農曆八月十五"
/// ```
public struct LunarDate: Sendable, Hashable, Codable, Comparable {
    public var year: Int
    /// 1…12; a leap month repeats the number of the month before it.
    public var month: Int
    /// 1…30.
    public var day: Int
    public var isLeapMonth: Bool

    public init(year: Int, month: Int, day: Int, isLeapMonth: Bool = false) {
        self.year = year
        self.month = month
        self.day = day
        self.isLeapMonth = isLeapMonth
    }

    /// Lunar order: a leap month comes right after the regular month of the same number.
    public static func < (lhs: LunarDate, rhs: LunarDate) -> Bool {
        (lhs.year, lhs.month, lhs.isLeapMonth ? 1 : 0, lhs.day) < (rhs.year, rhs.month, rhs.isLeapMonth ? 1 : 0, rhs.day)
    }

    /// The month and day in Chinese, without the year: `農曆閏四月初一` / `农历闰四月初一`.
    ///
    /// English text uses it too: the lunar date is a Chinese name, like 中秋.
    public func chinese(_ language: Language) -> String {
        Self.chinese(month: month, day: day, isLeapMonth: isLeapMonth, simplified: language == .zhHans)
    }

    /// `農曆八月十五` for a month and day, e.g. a birthday given as MM-DD.
    public static func chinese(month: Int, day: Int, isLeapMonth: Bool, simplified: Bool) -> String {
        let prefix = simplified ? "农历" : "農曆"
        let leap = isLeapMonth ? (simplified ? "闰" : "閏") : ""
        return prefix + leap + monthName(month) + "月" + dayName(day)
    }

    static let digits = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

    /// 正, 二 … 十, 十一, 十二.
    static func monthName(_ month: Int) -> String {
        switch month {
        case 1: "正"
        case 2...10: digits[month]
        case 11, 12: "十" + digits[month - 10]
        default: String(month)
        }
    }

    /// 初一 … 初十, 十一 … 十九, 二十, 廿一 … 廿九, 三十.
    static func dayName(_ day: Int) -> String {
        switch day {
        case 1...10: "初" + digits[day]
        case 11...19: "十" + digits[day - 10]
        case 20: "二十"
        case 21...29: "廿" + digits[day - 20]
        case 30: "三十"
        default: String(day)
        }
    }
}
