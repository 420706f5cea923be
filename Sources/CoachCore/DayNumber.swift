/// A calendar day as a count of days since 1970-01-01, computed without a clock or time zone.
public struct DayNumber: Sendable, Hashable, Comparable {
    public let value: Int

    /// Parses `YYYY-MM-DD` (lenient about leading zeros; see `strict(_:)`).
    public init?(_ text: String) {
        // YYYY-MM-DD, as the store keeps every day, read without splitting (reports read thousands).
        let utf8 = text.utf8
        if utf8.count == 10 {
            var fields = (0, 0, 0), plain = true
            for (index, byte) in utf8.enumerated() {
                if index == 4 || index == 7 {
                    if byte != UInt8(ascii: "-") { plain = false; break }
                    continue
                }
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { plain = false; break }
                let digit = Int(byte) - 48
                switch index {
                case 0..<4: fields.0 = fields.0 * 10 + digit
                case 5, 6: fields.1 = fields.1 * 10 + digit
                default: fields.2 = fields.2 * 10 + digit
                }
            }
            if plain {
                guard (1...12).contains(fields.1), (1...31).contains(fields.2) else { return nil }
                self.init(civilYear: fields.0, month: fields.1, day: fields.2)
                return
            }
        }
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]), (1...31).contains(parts[2]) else { return nil }
        self.init(civilYear: parts[0], month: parts[1], day: parts[2])
    }

    /// Labelled so that it never competes with `init?(_ text:)` in `DayNumber.init` references.
    init(daysSinceEpoch days: Int) {
        value = days
    }

    /// Days from civil (Howard Hinnant's algorithm).
    init(civilYear year: Int, month: Int, day: Int) {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        value = era * 146_097 + doe - 719_468
    }

    public static func < (lhs: DayNumber, rhs: DayNumber) -> Bool { lhs.value < rhs.value }
}
