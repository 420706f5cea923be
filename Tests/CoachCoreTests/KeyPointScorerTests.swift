import CoachCore
import Foundation
import Testing

@Suite struct KeyPointScorerTests {
    /// Lower-case words; the engine passes retrieval's tokenizer instead.
    static func words(_ text: String) -> [String] {
        text.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init).filter { !["the", "a", "to"].contains($0) }
    }

    let points = ["explain why", "record details", "pass to the department", "tell the customer"]

    @Test func countsKeyPointsPresentAndPassesAtHalf() {
        let score = KeyPointScorer.score(answer: "I explain why and record the details", keyPoints: points, tokens: Self.words)
        #expect(score.matched == ["explain why", "record details"])
        #expect(score.missed == ["pass to the department", "tell the customer"])
        #expect(score.passed)
    }

    @Test func failsBelowHalf() {
        let score = KeyPointScorer.score(answer: "I would tell the customer tomorrow", keyPoints: points, tokens: Self.words)
        #expect(score.matched == ["tell the customer"])
        #expect(!score.passed)
    }

    @Test func anEmptyAnswerCoversNothing() {
        let score = KeyPointScorer.score(answer: "", keyPoints: points, tokens: Self.words)
        #expect(score.matched.isEmpty)
        #expect(!score.passed)
    }

    @Test func aKeyPointIsPresentWhenHalfItsWordsAre() {
        let score = KeyPointScorer.score(answer: "department", keyPoints: ["pass to the department"], tokens: Self.words)
        // "pass", "department": one of two words.
        #expect(score.passed)
    }
}
