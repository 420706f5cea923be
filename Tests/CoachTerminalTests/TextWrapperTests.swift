import CoachCore
import CoachTerminal
import Foundation
import Testing

@Suite struct TextWrapperTests {
    @Test func wrapsChineseByDisplayWidth() {
        let text = String(repeating: "決策者拍板前會問誰", count: 4)
        let lines = TextWrapper.wrap(text, width: 20)
        #expect(lines.count > 1)
        for line in lines { #expect(DisplayWidth.of(line) <= 20) }
        #expect(lines.joined() == text)
    }

    /// Chinese breaks between the dictionary's words: 指令 and 自問自答 move to the next line whole.
    @Test func breaksChineseBetweenWordsNotInsideThem() {
        let text = "輸入指令或直接提問，自問自答也可以"
        for width in 10...20 {
            let lines = TextWrapper.wrap(text, width: width)
            #expect(lines.joined() == text)
            for line in lines { #expect(DisplayWidth.of(line) <= width) }
            for (line, next) in zip(lines, lines.dropFirst()) {
                let cut = String(line.suffix(1)) + String(next.prefix(1))
                #expect(!["指令", "直接", "提問", "輸入"].contains(cut), "width \(width): cut inside a word: \(lines)")
                #expect(!(line.hasSuffix("自") || line.hasSuffix("自問") || line.hasSuffix("自問自")), "width \(width): \(lines)")
            }
        }
        #expect(TextWrapper.wrap("請先輸入指令", width: 11) == ["請先輸入", "指令"])
    }

    /// A Chinese word wider than the line is still cut by columns rather than overflow.
    @Test func aChineseWordWiderThanTheLineIsStillCutByColumns() {
        let text = "中華人民共和國中華人民共和國"
        let lines = TextWrapper.wrap(text, width: 10)
        #expect(lines.joined() == text)
        for line in lines { #expect(DisplayWidth.of(line) <= 10) }
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

    /// A command in backquotes is copied as a whole: it moves to the next line rather than break.
    @Test func neverBreaksInsideABackquotedCommand() {
        let text = "請在檔案裡修改，再重新匯入（`coach account import 檔案`）。"
        let lines = TextWrapper.wrap(text, width: 40)
        #expect(lines.contains { $0.contains("`coach account import 檔案`") }, "\(lines)")
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 40 })
        // Longer than the line: broken as before, never lost.
        let long = TextWrapper.wrap("見 `coach journal --account east-post --since last-week --format csv` 輸出", width: 20)
        #expect(long.joined(separator: " ").contains("east-post"))
    }

    @Test func neverBreaksInsideAKeptNameOrLabel() {
        let keep = KeepTogether(["教練", "吳佩珊", "張淑芬"])
        for width in 10...30 {
            let lines = TextWrapper.wrap("這次見到的人：決策者王建國，教練：吳佩珊，使用者張淑芬。", width: width, keepTogether: keep)
            let text = lines.joined(separator: "\n")
            for phrase in ["教練", "吳佩珊", "張淑芬"] { #expect(text.contains(phrase), "width \(width): \(lines)") }
            #expect(lines.allSatisfy { DisplayWidth.of($0) <= width })
        }
    }

    @Test func neverBreaksInsideACommandANumberOrAHint() {
        for width in 20...40 {
            let lines = TextWrapper.wrap("輸入 /rule 查看規則，共 12.5 分，已經完成了嗎（是/否）？也可以用 /log。", width: width)
            let text = lines.joined(separator: "\n")
            for word in ["/rule", "12.5", "（是/否）？", "/log。"] { #expect(text.contains(word), "width \(width): \(lines)") }
        }
    }

    @Test func keepsALatinNameWithItsSpaceTogether() {
        let keep = KeepTogether(["Sarah Whitfield", "Tom"])
        for width in 16...30 {
            let lines = TextWrapper.wrap("People met: 6 Sarah Whitfield and Tomato Tom Brennan's team", width: width, keepTogether: keep)
            #expect(lines.joined(separator: "\n").contains("Sarah Whitfield"), "width \(width): \(lines)")
            #expect(lines.joined(separator: " ").contains("Tomato"))
        }
    }

    @Test func closingPunctuationStaysWithTheWordBeforeAndOpeningWithTheWordAfter() {
        for width in 10...24 {
            let lines = TextWrapper.wrap("先問清楚「誰拍板」，再約「技術把關者」見面。", width: width)
            for line in lines {
                #expect(!(line.first.map { "，。」".contains($0) } ?? false), "width \(width): \(lines)")
                #expect(!(line.last.map { "「".contains($0) } ?? false), "width \(width): \(lines)")
            }
            #expect(lines.joined() == "先問清楚「誰拍板」，再約「技術把關者」見面。")
        }
    }

    @Test func aNoBreakSpaceBindsAPickerItemAndShowsAsASpace() {
        let items = ["1 王建國 [D]", "2 陳志明 [T]", "6 Sarah Whitfield [U]", "7 吳佩珊 [C]"]
        let text = items.map { $0.replacingOccurrences(of: " ", with: "\u{00A0}") }.joined(separator: "  ")
        for width in 22...60 {
            let lines = TextWrapper.wrap(text, width: width)
            #expect(!lines.joined().contains("\u{00A0}"))
            let joined = lines.joined(separator: "\n")
            for item in items { #expect(joined.contains(item), "width \(width): \(lines)") }
        }
    }

    @Test func keepsLeadingIndentAndDropsSpacesAtTheBreak() {
        let lines = TextWrapper.wrap("  alpha beta gamma delta", width: 12)
        #expect(lines == ["  alpha beta", "  gamma", "  delta"])
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
