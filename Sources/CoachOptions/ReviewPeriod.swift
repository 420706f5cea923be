public import ArgumentParser
public import CoachCore
import Foundation

/// A period typed for `--period` or after `/review`: a day, a month, a quarter, a year, a
/// relative period (`last month`, 上個月) or `all`. Checked when typed; resolved against today
/// only when used, so the same text means the same in `coach review` and `/review`.
///
/// ```swift
/// let period = try ReviewPeriod.parse("2026-Q4")
/// period.range(today: DayNumber("2026-11-29")!)?.label   // "2026-Q4"
/// ReviewPeriod.all.range(today: DayNumber("2026-11-29")!) // nil: every day
/// ```
public struct ReviewPeriod: ExpressibleByArgument, Sendable, Hashable, CustomStringConvertible {
    /// The text as typed (trimmed).
    public var text: String

    /// The default: the month of today.
    public static let thisMonth = ReviewPeriod(checked: "this month")
    /// Every day.
    public static let all = ReviewPeriod(checked: "all")

    private init(checked text: String) { self.text = text }

    public init?(argument: String) {
        let text = argument.trimmingCharacters(in: .whitespaces)
        // Whether a text names a period does not depend on the day it is read.
        guard Self.allWords.contains(text.lowercased()) || DayRange.parse(text, today: DayNumber("2026-01-01")!) != nil else { return nil }
        self.text = text
    }

    /// `text` as a period, or the error that says what is accepted.
    public static func parse(_ text: String) throws -> ReviewPeriod {
        guard let period = ReviewPeriod(argument: text) else { throw OptionsError.notAPeriod }
        return period
    }

    /// Whether it means every day.
    public var isAll: Bool { Self.allWords.contains(text.lowercased()) }

    /// The days it covers seen from `today`; nil for `all`.
    public func range(today: DayNumber) -> DayRange? {
        isAll ? nil : DayRange.parse(text, today: today)
    }

    public var description: String { text }
    public var defaultValueDescription: String { text }

    static let allWords: Set<String> = ["all", "全部"]
}
