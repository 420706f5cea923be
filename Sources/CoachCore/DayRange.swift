import Foundation

/// A span of calendar days, both ends included: one day, a week, a month, a quarter.
///
/// Parsed from what people type for `--since`, `--until` and `--period`:
///
/// ```swift
/// let today = DayNumber("2026-11-29")!
/// DayRange.parse("last month", today: today)?.label   // "2026-10"
/// DayRange.parse("2026-Q4", today: today)?.first.text // "2026-10-01"
/// DayRange.parse("yesterday", today: today)?.label    // "2026-11-28"
/// ```
public struct DayRange: Sendable, Hashable {
    public var first: DayNumber
    public var last: DayNumber
    /// How the range reads in a heading: `2026-11`, `2026-Q4`, `2026-11-28`, or `FIRST..LAST`.
    public var label: String

    public init(first: DayNumber, last: DayNumber, label: String? = nil) {
        self.first = first
        self.last = last
        self.label = label ?? (first == last ? first.text : "\(first.text)..\(last.text)")
    }

    /// Whether `day` lies in the range.
    public func contains(_ day: DayNumber) -> Bool { first <= day && day <= last }

    /// Whether the `YYYY-MM-DD` text names a day in the range (false for anything else).
    public func contains(day text: String) -> Bool { DayNumber(text).map(contains) ?? false }

    /// The number of days in the range.
    public var dayCount: Int { last.value - first.value + 1 }

    /// The words `parse` accepts, for error messages.
    public static let accepted =
        "YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY, today, yesterday, this week, last week, this month, last month, this quarter, last quarter, this year"

    /// The month containing `day`.
    public static func month(of day: DayNumber) -> DayRange {
        let start = day.monthStart()
        let (year, month, _) = start.components
        return DayRange(first: start, last: start.monthStart(offset: 1).adding(days: -1), label: "\(year)-\(DayNumber.pad(month, 2))")
    }

    /// The quarter containing `day`.
    public static func quarter(of day: DayNumber) -> DayRange {
        let (year, month, _) = day.components
        let quarter = (month - 1) / 3 + 1
        let start = DayNumber.civil(year, (quarter - 1) * 3 + 1, 1)
        return DayRange(first: start, last: start.monthStart(offset: 3).adding(days: -1), label: "\(year)-Q\(quarter)")
    }

    /// The ISO week (Monday to Sunday) containing `day`.
    public static func week(of day: DayNumber) -> DayRange {
        let monday = day.adding(days: 1 - day.weekday)
        return DayRange(first: monday, last: monday.adding(days: 6))
    }

    /// Parses a day or a period relative to `today`; nil when the text is none of `accepted`.
    /// English words are case-insensitive; the Chinese words 今天, 昨天, 上週/上周, 本週/本周, 本月,
    /// 上個月/上个月, 本季, 上季 and 今年 work too.
    public static func parse(_ text: String, today: DayNumber) -> DayRange? {
        let words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" }).joined(separator: " ")
        switch words {
        case "today", "今天", "今日": return DayRange(first: today, last: today)
        case "yesterday", "昨天", "昨日": return DayRange(first: today.adding(days: -1), last: today.adding(days: -1))
        case "this week", "本週", "本周", "這週", "这周": return week(of: today)
        case "last week", "上週", "上周": return week(of: today.adding(days: -7))
        case "this month", "本月", "這個月", "这个月": return month(of: today)
        case "last month", "上個月", "上个月", "上月": return month(of: today.monthStart(offset: -1))
        case "this quarter", "本季", "本季度", "這一季", "这一季": return quarter(of: today)
        case "last quarter", "上季", "上季度", "上一季": return quarter(of: quarter(of: today).first.adding(days: -1))
        case "this year", "今年": return year(today.components.year)
        default: break
        }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let day = DayNumber.strict(trimmed) { return DayRange(first: day, last: day) }
        let parts = trimmed.uppercased().split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard let year = parts.first.flatMap({ Int($0) }), parts[0].count == 4 else { return nil }
        if parts.count == 1 { return Self.year(year) }
        guard parts.count == 2 else { return nil }
        if parts[1].hasPrefix("Q"), let quarter = Int(parts[1].dropFirst()), (1...4).contains(quarter) {
            return Self.quarter(of: DayNumber.civil(year, (quarter - 1) * 3 + 1, 1))
        }
        if parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month) {
            return Self.month(of: DayNumber.civil(year, month, 1))
        }
        return nil
    }

    static func year(_ year: Int) -> DayRange {
        DayRange(
            first: DayNumber.civil(year, 1, 1), last: DayNumber.civil(year, 12, 31),
            label: String(year))
    }
}
