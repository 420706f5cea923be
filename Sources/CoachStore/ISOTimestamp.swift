import Foundation

/// Reads the timestamps an export writes, `2026-11-03T09:00:00.000Z` or `2026-11-03T09:00:00Z`,
/// without a date formatter: ICU's parser was most of an import's time (one call per date).
///
/// Anything else — an offset, another number of fraction digits, a field out of range — is left
/// to `ISO8601DateFormatter` (nil here), so what is accepted and what it means do not change.
///
/// ```swift
/// ISOTimestamp.parse("2026-11-03T09:00:00.000Z")   // the same Date ISO8601DateFormatter gives
/// ISOTimestamp.parse("2026-11-03T17:00:00+08:00")  // nil: for the formatter
/// ```
enum ISOTimestamp {
    /// The instant of a UTC timestamp with whole seconds or milliseconds, or nil for any other text.
    ///
    /// - Complexity: O(1); no allocation.
    static func parse(_ text: String) -> Date? {
        var text = text
        return text.withUTF8 { parse(bytes: $0) }
    }

    static func parse(bytes: UnsafeBufferPointer<UInt8>) -> Date? {
        // YYYY-MM-DDTHH:MM:SSZ (20) or YYYY-MM-DDTHH:MM:SS.sssZ (24).
        guard bytes.count == 20 || bytes.count == 24, bytes[bytes.count - 1] == UInt8(ascii: "Z"),
              bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"), bytes[10] == UInt8(ascii: "T"),
              bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":") else { return nil }
        func number(_ start: Int, _ count: Int) -> Int? {
            var value = 0
            for index in start..<(start + count) {
                let digit = Int(bytes[index]) - 48
                guard (0...9).contains(digit) else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
              let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2) else { return nil }
        var milliseconds = 0
        if bytes.count == 24 {
            guard bytes[19] == UInt8(ascii: "."), let fraction = number(20, 3) else { return nil }
            milliseconds = fraction
        }
        guard year >= 1, (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day),
              hour < 24, minute < 60, second < 60 else { return nil }
        let seconds = (daysSince1970(year: year, month: month, day: day) * 86_400) + hour * 3_600 + minute * 60 + second
        // As CoreFoundation turns ICU's milliseconds into a Date, so the two agree to the bit.
        let udate = Double(seconds * 1_000 + milliseconds)
        return Date(timeIntervalSinceReferenceDate: udate / 1_000.0 - 978_307_200.0)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days from 1970-01-01 (Howard Hinnant's days-from-civil).
    static func daysSince1970(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
