import CoachCore
@testable import CoachStore
import Testing

/// The content an import stores for each version is written by hand, and is byte for byte what
/// the store's JSONEncoder writes for the same content, hostile text included.
@Suite struct StoredContentJSONTests {
    static let pieces = [
        "\"", "\\", "/", "</script>", "\n", "\r\n", "\t", "\u{0}", "\u{8}", "\u{B}", "\u{C}", "\u{1B}[2J", "\u{1F}", "\u{7F}", "\u{85}",
        "\u{9B}", "\u{2028}", "\u{2029}", "\u{202E}", "\u{FEFF}", "😀", "👩‍👩‍👧", "e\u{301}", "投遞", "投递", "陳志明", "ｆｕｌｌ", "a", " ",
        "{}", "[]", ":", ",", "\u{10FFFF}",
    ]

    @Test func storedContentIsTheEncoders() throws {
        var state: UInt64 = 2_026
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33) % bound
        }
        func text() -> String {
            if next(10) == 0 { return "" }
            if next(30) == 0 { return String(repeating: Self.pieces[next(Self.pieces.count)] + "長", count: 3_000) }
            return (0..<(1 + next(8))).map { _ in Self.pieces[next(Self.pieces.count)] }.joined()
        }
        for _ in 0..<2_000 {
            let content = VisitLogContent(
                visitDate: next(5) == 0 ? text() : "2026-11-03", peopleMet: (0..<next(4)).map { _ in text() }, discussed: text(),
                opinions: text(), commitments: text(), findings: (0..<next(3)).map { _ in OutlineFinding(question: text(), learnt: text()) })
            #expect(content.storedJSON == (try CoachDatabase.json(content)))
        }
    }
}
