import CoachCore
import CoachTerminal
import Testing

@Suite struct TextWrapperTests {
    @Test func wrapsChineseByDisplayWidth() {
        let text = String(repeating: "決策者拍板前會問誰", count: 4)
        let lines = TextWrapper.wrap(text, width: 20)
        #expect(lines.count > 1)
        for line in lines { #expect(DisplayWidth.of(line) <= 20) }
        #expect(lines.joined() == text)
    }

    @Test func neverStartsALineWithClosingPunctuation() {
        let lines = TextWrapper.wrap("一二三四五六七八九，十一二三四五六七八九。", width: 18)
        for line in lines.dropFirst() {
            #expect(!(line.first.map { "，。".contains($0) } ?? false))
        }
    }

    @Test func wrapsEnglishAtSpacesWithHangingIndentForListItems() {
        let lines = TextWrapper.wrap("- find every buying influence before you write the proposal", width: 24)
        #expect(lines.first == "- find every buying")
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("  ") })
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 24 })
    }

    @Test func keepsShortLinesAndEmptyParagraphs() {
        #expect(TextWrapper.wrap("short\n\nline", width: 40) == ["short", "", "line"])
    }
}

@Suite struct ColorModeTests {
    @Test func noColorWhenNoColorIsSetOrNotATerminal() {
        #expect(!ColorMode.detect(environment: ["NO_COLOR": "1"], outputIsTerminal: true).enabled)
        #expect(!ColorMode.detect(environment: [:], outputIsTerminal: false).enabled)
        #expect(ColorMode.detect(environment: ["NO_COLOR": ""], outputIsTerminal: true).enabled)
        #expect(!ColorMode.detect(environment: ["TERM": "dumb"], outputIsTerminal: true).enabled)
    }

    @Test func stylesOnlyWhenEnabled() {
        #expect(TextStyle.error.apply("x", mode: .off) == "x")
        #expect(TextStyle.error.apply("x", mode: ColorMode(enabled: true)) == "\u{1B}[1;31mx\u{1B}[0m")
    }
}
