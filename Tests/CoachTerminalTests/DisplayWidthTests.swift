import CoachTerminal
import Testing

@Suite struct DisplayWidthTests {
    @Test func countsChineseAsTwoColumns() {
        #expect(DisplayWidth.of("王建國") == 6)
        #expect(DisplayWidth.of("王建國 GM") == 9)
        #expect(DisplayWidth.of("ＡＢＣ") == 6)
        #expect(DisplayWidth.of("，。") == 4)
    }

    @Test func countsCombiningMarksAsZero() {
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("") == 0)
    }

    @Test func padsByColumnsNotCharacters() {
        #expect(DisplayWidth.pad("決策者", to: 8) == "決策者  ")
        #expect(DisplayWidth.pad("abc", to: 5) == "abc  ")
        #expect(DisplayWidth.pad("長長長長", to: 4) == "長長長長")
    }

    @Test func truncatesWithEllipsisWithinWidth() {
        let cut = DisplayWidth.truncate("老闆一直不見我怎麼辦", to: 9)
        #expect(DisplayWidth.of(cut) <= 9)
        #expect(cut.hasSuffix("…"))
    }
}
