@testable import CoachStore
import Testing

/// The grams a log's text gives the index never change: a store deletes a log's old grams by
/// giving the very tokens it inserted, so a release that wrote them differently would leave stale
/// ones behind.
@Suite struct JournalSearchGramsTests {
    /// The grams as the release that built the index wrote them, a token at a time.
    static func reference(_ folded: String) -> String {
        var out: [String] = []
        for segment in JournalSearchText.segments(folded) {
            let scalars = segment.scalars
            if segment.cjk {
                for index in scalars.indices.dropLast() {
                    var pair = String.UnicodeScalarView()
                    pair.append(scalars[index])
                    pair.append(scalars[index + 1])
                    out.append(String(pair))
                }
                if let last = scalars.last { out.append(String(Character(last))) }
            } else {
                for start in scalars.indices {
                    var suffix = String.UnicodeScalarView()
                    suffix.append(contentsOf: scalars[start..<min(scalars.count, start + JournalSearchText.maximumToken)])
                    out.append(String(suffix))
                }
            }
        }
        return out.joined(separator: " ")
    }

    @Test(arguments: [
        "", " ", "投递", "包裹投递时效和投递路线优化 parcel 投递 tracking for rural routes", "eastpost", "a",
        "e\u{301}cole 1234 x-ray o'neil", String(repeating: "超长", count: 40) + " " + String(repeating: "ab", count: 40),
        "月结帐单对不上 \u{1F} account-003 \u{1F} 李明 \u{1F} 财务部", "ｆｕｌｌ　ｗｉｄｔｈ ＡＢＣ", "😀 emoji 和 中文",
    ])
    func gramsAreTheOnesTheIndexWasBuiltWith(text: String) {
        let folded = JournalSearchText.words(text).joined(separator: " ")
        #expect(JournalSearchText.grams(folded) == Self.reference(folded))
        #expect(JournalSearchText.grams(text) == Self.reference(text))
    }

    /// Over many texts of every kind of character, the grams are those of the reference.
    @Test func gramsOfGeneratedTextsAreTheReferences() {
        let pieces = [
            "投", "递", "時", "效", "a", "Z", "0", "9", " ", "-", "'", "_", "\u{1F}", "é", "e\u{301}", "😀", "👩‍👩‍👧", "ｆ", "ー", "ー",
            "한", "が", "カ", "\u{3000}", "\u{A0}", "ß", "İ", "ǅ", "\u{10FFFF}", "\u{7F}", "\u{80}", "\u{2028}", "中文", "IT",
        ]
        var state: UInt64 = 13
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        for _ in 0..<3_000 {
            var text = ""
            for _ in 0..<(next() % 80) { text += pieces[next() % pieces.count] }
            #expect(JournalSearchText.grams(text) == Self.reference(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        let long = String(repeating: "abcdefghij", count: 20) + "投递" + String(repeating: "x", count: 100)
        #expect(JournalSearchText.grams(long) == Self.reference(long))
    }
}
