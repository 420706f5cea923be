import CoachCore
import Foundation

/// The texts the store writes for an instant, made without a date formatter: ICU's formatter was
/// about a twentieth of an import (one call per date stored, one per status change's id).
///
/// Each is exactly the text of the formatter it stands for — CoreFoundation hands ICU the instant
/// in milliseconds plus a half, which ICU floors, so the milliseconds are rounded to the nearest —
/// and an instant outside the years 1970–9999 is left to that formatter.
///
/// ```swift
/// TimestampText.storage(date)   // "2026-11-29 09:00:00.000", as GRDB stores a Date
/// TimestampText.iso(date)       // "2026-11-29T09:00:00.000Z", as CoachDatabase.isoTimestamp
/// ```
enum TimestampText {
    /// `yyyy-MM-dd HH:mm:ss.SSS` in UTC: GRDB's text for a `Date` column.
    static func storage(_ date: Date) -> String {
        text(date, separator: UInt8(ascii: " "), zone: false) ?? storageFormatter.string(from: date)
    }

    /// `yyyy-MM-dd'T'HH:mm:ss.SSS'Z'`: `ISO8601DateFormatter` with internet date time and
    /// fractional seconds, or nil when the instant is outside the years the fast path covers.
    static func iso(_ date: Date) -> String? {
        text(date, separator: UInt8(ascii: "T"), zone: true)
    }

    /// GRDB's own storage formatter, for instants outside 1970–9999.
    nonisolated(unsafe) static let storageFormatter: DateFormatter = {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(secondsFromGMT: 0)!
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss.SSS"
        return formatter
    }()

    private static func text(_ date: Date, separator: UInt8, zone: Bool) -> String? {
        let udate = (date.timeIntervalSinceReferenceDate + 978_307_200.0) * 1_000.0 + 0.5
        // 1970-01-01 to 9999-12-31.
        guard udate.isFinite, udate >= 0, udate < 253_402_300_800_000 else { return nil }
        let milliseconds = Int64(udate.rounded(.down))
        let days = Int(milliseconds / 86_400_000)
        var rest = Int(milliseconds % 86_400_000)
        let (year, month, day) = DayNumber.counting(days).components
        let millisecond = rest % 1_000
        rest /= 1_000
        let second = rest % 60, minute = (rest / 60) % 60, hour = rest / 3_600
        let count = zone ? 24 : 23
        return String(unsafeUninitializedCapacity: count) { buffer in
            func put(_ value: Int, _ digits: Int, at start: Int) {
                var value = value
                for index in stride(from: start + digits - 1, through: start, by: -1) {
                    buffer[index] = UInt8(48 + value % 10)
                    value /= 10
                }
            }
            put(year, 4, at: 0)
            buffer[4] = UInt8(ascii: "-")
            put(month, 2, at: 5)
            buffer[7] = UInt8(ascii: "-")
            put(day, 2, at: 8)
            buffer[10] = separator
            put(hour, 2, at: 11)
            buffer[13] = UInt8(ascii: ":")
            put(minute, 2, at: 14)
            buffer[16] = UInt8(ascii: ":")
            put(second, 2, at: 17)
            buffer[19] = UInt8(ascii: ".")
            put(millisecond, 3, at: 20)
            if zone { buffer[23] = UInt8(ascii: "Z") }
            return count
        }
    }
}
