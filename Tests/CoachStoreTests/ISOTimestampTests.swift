@testable import CoachStore
import Foundation
import Testing

/// The export's timestamps read by hand give the very Date ISO8601DateFormatter gives; anything
/// else is left to the formatter.
@Suite struct ISOTimestampTests {
    let precise: ISO8601DateFormatter = {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter
    }()
    let plain = ISO8601DateFormatter()

    static func pad(_ value: Int, _ width: Int) -> String {
        String(repeating: "0", count: max(0, width - String(value).count)) + String(value)
    }

    @Test func agreesWithTheFormatterToTheBitOnManyTimestamps() throws {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let year = Int.random(in: 1971...2099, using: &generator), month = Int.random(in: 1...12, using: &generator)
            let day = Int.random(in: 1...ISOTimestamp.daysIn(month: month, year: year), using: &generator)
            let time = "\(Self.pad(Int.random(in: 0...23, using: &generator), 2)):\(Self.pad(Int.random(in: 0...59, using: &generator), 2)):\(Self.pad(Int.random(in: 0...59, using: &generator), 2))"
            let stem = "\(year)-\(Self.pad(month, 2))-\(Self.pad(day, 2))T\(time)"
            let withMilliseconds = stem + ".\(Self.pad(Int.random(in: 0...999, using: &generator), 3))Z"
            let expected = try #require(precise.date(from: withMilliseconds))
            #expect(ISOTimestamp.parse(withMilliseconds)?.timeIntervalSinceReferenceDate.bitPattern == expected.timeIntervalSinceReferenceDate.bitPattern,
                    "\(withMilliseconds)")
            let whole = try #require(plain.date(from: stem + "Z"))
            #expect(ISOTimestamp.parse(stem + "Z") == whole, "\(stem)Z")
        }
    }

    @Test(arguments: [
        "2026-11-03T09:00:00+08:00", "2026-11-03T09:00:00.5Z", "2026-11-03T09:00:00.123456Z", "2026-02-30T09:00:00Z",
        "2026-11-03T24:00:00Z", "2026-11-03 09:00:00Z", "2026-11-03T09:00:60Z", "２026-11-03T09:00:00Z", "",
    ])
    func leavesEverythingElseToTheFormatter(text: String) {
        #expect(ISOTimestamp.parse(text) == nil)
    }
}
