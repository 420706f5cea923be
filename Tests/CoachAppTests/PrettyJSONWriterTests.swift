import CoachApp
import CoachCore
import Foundation
import Testing

/// `PrettyJSONWriter` prints visit logs byte for byte as `JSONEncoder` does through `JSONOutput`,
/// over many generated logs full of hostile text: quotes, backslashes, controls, bidi overrides,
/// the line and paragraph separators, emoji, CJK, very long and empty texts, optionals left out.
@Suite struct PrettyJSONWriterTests {
    /// SplitMix64: the same logs on every run.
    struct Generator {
        var state: UInt64

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }

        mutating func int(_ range: ClosedRange<Int>) -> Int {
            let width = UInt64(bitPattern: Int64(range.upperBound &- range.lowerBound)) &+ 1
            return range.lowerBound &+ Int(truncatingIfNeeded: width == 0 ? next() : next() % width)
        }

        mutating func chance(_ percent: Int) -> Bool { int(0...99) < percent }
    }

    static let pieces: [String] = [
        "\"", "\\", "/", "\\/", "\n", "\r\n", "\r", "\t", "\u{0}", "\u{1}", "\u{8}", "\u{B}", "\u{C}", "\u{1B}[31m", "\u{1F}",
        "\u{7F}", "\u{80}", "\u{85}", "\u{9B}", "\u{9F}", "\u{A0}", "\u{61C}", "\u{200D}", "\u{200E}", "\u{200F}", "\u{2027}",
        "\u{2028}", "\u{2029}", "\u{202A}", "\u{202E}", "\u{202F}", "\u{2065}", "\u{2066}", "\u{2069}", "\u{206A}", "\u{FEFF}",
        "\u{FFFD}", "\u{D7FF}", "\u{E000}", "\u{10FFFF}", "😀", "👩‍👩‍👧", "🇹🇼", "e\u{301}", "投遞", "投递", "陳志明", "年度宣傳計劃",
        "ｆｕｌｌ", "IT", "Dana Lee", " ", "a", "~", "<b>&amp;</b>", "'", "{}", "[]", ":", ",", "0", "-1",
    ]

    static func text(_ random: inout Generator) -> String {
        if random.chance(10) { return "" }
        if random.chance(3) { return String(repeating: pieces[random.int(0...(pieces.count - 1))] + "長", count: random.int(2_000...6_000)) }
        var text = ""
        for _ in 0..<random.int(1...8) { text += pieces[random.int(0...(pieces.count - 1))] }
        return text
    }

    /// Dates as the store keeps them (milliseconds) and any others: before 1970, within a
    /// millisecond of the next second, years 1 and 9999.
    static func date(_ random: inout Generator) -> Date {
        switch random.int(0...9) {
        case 0: return Date(timeIntervalSince1970: Double(random.int(-2_000_000_000...4_000_000_000)) + [0.999, 0.9995, 0.9999999, 0.5][random.int(0...3)])
        case 1: return Date(timeIntervalSince1970: -Double(random.int(0...2_000_000_000_000)) / 1_000)
        case 2:
            let edges: [Double] = [
                -62_135_596_800, -62_135_596_800.5, -12_219_292_800, -12_212_553_600, -12_212_553_601, 253_402_300_799,
                253_402_300_800, 0, -1, 951_782_400,
            ]
            return Date(timeIntervalSince1970: edges[random.int(0...(edges.count - 1))])
        case 3: return Date(timeIntervalSince1970: Double(random.next() % 4_000_000_000_000) / 1_000 + Double(random.next() % 1_000) / 1e7)
        default: return Date(timeIntervalSince1970: Double(random.int(946_684_800_000...4_102_444_800_000)) / 1_000)
        }
    }

    static func optional<T>(_ random: inout Generator, _ make: (inout Generator) -> T) -> T? {
        random.chance(50) ? make(&random) : nil
    }

    static func content(_ random: inout Generator) -> VisitLogContent {
        VisitLogContent(
            visitDate: random.chance(90) ? "2026-11-\(random.int(10...28))" : text(&random),
            peopleMet: (0..<random.int(0...3)).map { _ in text(&random) }, discussed: text(&random), opinions: text(&random),
            commitments: text(&random),
            findings: (0..<random.int(0...2)).map { _ in OutlineFinding(question: text(&random), learnt: text(&random)) })
    }

    static func detail(_ random: inout Generator) -> VisitLogDetail {
        let versions = (1...random.int(1...3)).map { number in
            VisitLogVersion(version: number, content: content(&random), editedAt: date(&random), editedBy: text(&random))
        }
        let statuses: [IssueStatus] = [.open, .inProgress, .resolved, .customerInformed]
        let followUps = (0..<random.int(0...3)).map { _ in
            FollowUp(
                number: random.int(-5...Int(Int32.max)), uuid: text(&random), accountID: text(&random),
                logUUID: optional(&random, text), logNumber: optional(&random) { $0.int(0...1_000_000) }, text: text(&random),
                raised: text(&random), owner: text(&random), department: optional(&random, text), due: optional(&random, text),
                status: statuses[random.int(0...3)],
                history: (0..<random.int(0...3)).map { _ in
                    FollowUpChange(status: statuses[random.int(0...3)], day: text(&random), at: date(&random), by: text(&random), id: optional(&random, text))
                },
                createdAt: date(&random), updatedAt: date(&random))
        }
        let verifications = (0..<random.int(0...2)).map { _ in
            Verification(
                uuid: text(&random), kind: random.chance(50) ? .log : .session, entryID: text(&random),
                entryVersion: optional(&random) { $0.int(Int.min...Int.max) }, verifiedBy: text(&random), verifiedAt: date(&random),
                comment: text(&random), readAt: optional(&random, date))
        }
        let log = VisitLog(
            number: random.int(0...Int.max), uuid: text(&random), accountID: text(&random), visitor: text(&random),
            version: versions.count, content: versions.last!.content, createdAt: date(&random), editedAt: date(&random))
        return VisitLogDetail(log: log, versions: versions, followUps: followUps, verifications: verifications)
    }

    /// What a streamed listing of `batches` prints, through `produce`'s path.
    static func printed(
        _ batches: [[VisitLogDetail]],
        _ stream: (@escaping (Data) -> Void, (([VisitLogDetail]) throws -> Void) throws -> Void) throws -> Void
    ) throws -> Data {
        final class Bytes { var data = Data() }
        let out = Bytes()
        try stream({ out.data.append($0) }) { write in for batch in batches { try write(batch) } }
        return out.data
    }

    @Test(arguments: 0..<24) func aStreamedListingIsByteForByteTheEncoders(seed: Int) throws {
        var random = Generator(state: UInt64(seed) &* 7_919 &+ 13)
        let batches = (0..<random.int(1...4)).map { _ in (0..<random.int(0...6)).map { _ in Self.detail(&random) } }
        let encoded = try Self.printed(batches) { output, produce in try JSONOutput.streamArray(output: output, produce) }
        let written = try Self.printed(batches) { output, produce in try JSONOutput.streamVisitLogDetails(output: output, produce) }
        #expect(String(decoding: written, as: UTF8.self) == String(decoding: encoded, as: UTF8.self))
        #expect(written == encoded)
    }

    @Test func anEmptyListingIsTheEncoders() throws {
        for batches in [[], [[]], [[], []]] as [[[VisitLogDetail]]] {
            let encoded = try Self.printed(batches) { output, produce in try JSONOutput.streamArray(output: output, produce) }
            let written = try Self.printed(batches) { output, produce in try JSONOutput.streamVisitLogDetails(output: output, produce) }
            #expect(written == encoded)
            #expect(String(decoding: written, as: UTF8.self) == "[\n\n]\n")
        }
    }

    @Test func oneLogOnItsOwnIsTheEncoders() throws {
        var random = Generator(state: 2_026)
        for _ in 0..<200 {
            let detail = Self.detail(&random)
            var json = PrettyJSONWriter()
            json.write(detail)
            #expect(String(decoding: json.bytes, as: UTF8.self) == (try JSONOutput.encode(detail)))
        }
    }

    @Test func everyDateIsWrittenAsTheEncoderWritesIt() throws {
        var random = Generator(state: 99)
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        for _ in 0..<5_000 {
            let date = Self.date(&random)
            var json = PrettyJSONWriter()
            json.date(date)
            #expect(json.bytes == Array(try encoder.encode(date)), "\(date.timeIntervalSince1970)")
        }
    }
}
