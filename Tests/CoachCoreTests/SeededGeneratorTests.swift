import CoachCore
import Testing

@Suite struct SeededGeneratorTests {
    @Test func theSameSeedGivesTheSameOrder() {
        var a = SeededGenerator(seed: 42), b = SeededGenerator(seed: 42)
        #expect(a.shuffled(Array(0..<10)) == b.shuffled(Array(0..<10)))
    }

    @Test func aShuffleIsAPermutationAndSeedsDiffer() {
        var a = SeededGenerator(seed: 1), b = SeededGenerator(seed: 2)
        let first = a.shuffled(Array(0..<20)), second = b.shuffled(Array(0..<20))
        #expect(first.sorted() == Array(0..<20))
        #expect(first != second)
    }

    @Test func indexStaysBelowItsBound() {
        var generator = SeededGenerator(seed: 7)
        for bound in 1...20 { #expect((0..<bound).contains(generator.index(below: bound))) }
    }
}
