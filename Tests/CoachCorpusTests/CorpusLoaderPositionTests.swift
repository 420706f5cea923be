@testable import CoachCorpus
import Testing

/// Where a diagnostic points: the line and column of a key or value in a corpus file's text.
@Suite struct CorpusLoaderPositionTests {
    @Test func findsTheFirstLineAtOrAfterTheGivenOne() {
        let text = "id: a\nquiz:\n  - why-not:\n  - why-not:\n"
        #expect(CorpusLoader.position(of: "why-not:", in: text) == (3, 5))
        #expect(CorpusLoader.position(of: "why-not:", in: text, after: 4) == (4, 5))
        #expect(CorpusLoader.position(of: "missing", in: text, after: 2) == (2, 1))
    }

    @Test func countsColumnsInCharactersNotBytesAndReadsWindowsLineEnds() {
        let text = "title:\r\n  zh-Hant: 決策者 en: decision maker\r\n"
        #expect(CorpusLoader.position(of: "en:", in: text) == (2, 16))
        #expect(CorpusLoader.position(of: "title:", in: text) == (1, 1))
    }

    @Test func aMatchNeverSpansTwoLines() {
        #expect(CorpusLoader.position(of: "ab", in: "xa\nbx") == (1, 1))
        #expect(CorpusLoader.position(of: "", in: "abc", after: 3) == (3, 1))
    }
}
