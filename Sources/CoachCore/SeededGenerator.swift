/// A deterministic random number generator (SplitMix64): the same seed gives the same numbers on
/// every platform and Swift version, so a quiz or drill can be replayed from its seed.
///
/// Core has no randomness of its own: the host passes the seed in.
///
/// ```swift
/// var generator = SeededGenerator(seed: 42)
/// let order = generator.shuffled([0, 1, 2, 3])
/// ```
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound`; `bound` must be positive.
    public mutating func index(below bound: Int) -> Int {
        precondition(bound > 0, "bound must be positive")
        return Int(next() % UInt64(bound))
    }

    /// The items in a random order (Fisher–Yates, written out so the order never depends on the
    /// standard library's own shuffling). O(n).
    public mutating func shuffled<T>(_ items: [T]) -> [T] {
        var result = items
        guard result.count > 1 else { return result }
        for last in stride(from: result.count - 1, to: 0, by: -1) {
            result.swapAt(last, index(below: last + 1))
        }
        return result
    }
}
