@testable import CoachCorpus
import Foundation
import Testing

/// `CorpusLoader.contains` finds what `String.contains` finds.
@Suite struct CorpusLoaderContainsTests {
    @Test(arguments: [("why-not:", "a\nwhy-not:\n"), ("why-not:", "why-not"), ("why-not:", ""), ("甲乙", "丙甲乙"), ("ab", "aab"), ("abc", "ab")])
    func findsWhatStringContainsFinds(_ needle: String, _ text: String) {
        #expect(CorpusLoader.contains(needle, in: text) == text.contains(needle))
    }
}
