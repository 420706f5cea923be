@testable import CoachStore
import Foundation
import Testing

/// The dates an import writes, made by hand, are the very texts the formatters make: GRDB's for a
/// `Date` column, ISO 8601 with milliseconds for a status change's id.
@Suite struct TimestampTextTests {
    let storage: DateFormatter = {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(secondsFromGMT: 0)!
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss.SSS"
        return formatter
    }()
    let iso: ISO8601DateFormatter = {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter
    }()

    /// Instants on whole milliseconds (as an export's are), between them, and next to the halves
    /// where the milliseconds round the other way.
    static func instants() -> [Date] {
        var generator = SystemRandomNumberGenerator()
        var dates: [Date] = []
        for _ in 0..<20_000 {
            let milliseconds = Double(Int64.random(in: 0...4_102_444_800_000, using: &generator))  // 1970 … 2100
            dates.append(Date(timeIntervalSince1970: milliseconds / 1_000))
            dates.append(Date(timeIntervalSince1970: (milliseconds + Double.random(in: 0..<1, using: &generator)) / 1_000))
            for offset in [0.4999, 0.5, 0.5001] { dates.append(Date(timeIntervalSince1970: (milliseconds + offset) / 1_000)) }
        }
        return dates + [
            Date(timeIntervalSince1970: 0), Date(timeIntervalSince1970: 1_793_664_000), Date(timeIntervalSince1970: 951_782_400),
            Date(timeIntervalSince1970: 253_402_300_799.999),
        ]
    }

    @Test func storageTextIsGRDBsText() {
        for date in Self.instants() {
            #expect(TimestampText.storage(date) == storage.string(from: date), "\(date.timeIntervalSince1970)")
        }
    }

    @Test func isoTextIsTheFormattersText() {
        for date in Self.instants() {
            #expect(TimestampText.iso(date) == iso.string(from: date), "\(date.timeIntervalSince1970)")
            #expect(CoachDatabase.isoTimestamp(date) == iso.string(from: date))
        }
    }

    @Test func instantsOutsideTheFastYearsAreLeftToTheFormatter() {
        for date in [Date(timeIntervalSince1970: -1), Date(timeIntervalSince1970: -62_135_596_800), Date(timeIntervalSince1970: 253_402_300_800)] {
            #expect(TimestampText.iso(date) == nil)
            #expect(TimestampText.storage(date) == storage.string(from: date))
        }
    }
}
