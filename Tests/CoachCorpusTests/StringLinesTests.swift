@testable import CoachCorpus
import Foundation
import Testing

/// The byte-scanning line split and trim give what the Character-based calls they replace give.
@Suite struct StringLinesTests {
    static let texts = [
        "", "\n", "a", "a\nb", "a\n", "\na", "a\r\nb", "a\r\r\nb", "a\rb\nc", "a\n\u{301}b", "---\r\nid: x\r\n---\r\n",
        "長\n短\r\n中", "\r\n\r\n", "x\n\n\ny", "a\u{2028}b\u{85}c\nd",
    ]

    @Test(arguments: texts)
    func linesAreTheCharacterSplitsLines(_ text: String) {
        #expect(text.lines(breakingCRLF: false) == text.split(separator: "\n", omittingEmptySubsequences: false))
        #expect(text.lines(breakingCRLF: true)
            == text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }))
    }

    @Test(arguments: ["", " ", "a", " a", "a ", "\ta\t", "\u{3000}甲\u{3000}", "\u{A0}x", "x\n", "\n x \r\n", " \u{301}a", "a\u{2029}"])
    func trimmingIsFoundationsTrimming(_ text: String) {
        #expect(text.trimmingWhitespaceAndNewlines == text.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(text.trimming(.whitespaces) == text.trimmingCharacters(in: .whitespaces))
        let slice = Substring(text)
        #expect(slice.trimming(.whitespaces) == slice.trimmingCharacters(in: .whitespaces))
    }
}
