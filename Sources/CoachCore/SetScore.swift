/// How a trainee's picks compare with what the engine derives: hits, precision and recall.
public struct SetScore: Sendable, Hashable, Codable {
    /// How many the engine derives.
    public var expected: Int
    /// How many the trainee picked.
    public var chosen: Int
    /// Picks that the engine derives too.
    public var hits: Int

    public init(expected: Int, chosen: Int, hits: Int) {
        self.expected = expected
        self.chosen = chosen
        self.hits = hits
    }

    /// Compares two sets.
    public init<T: Hashable>(expected: Set<T>, chosen: Set<T>) {
        self.init(expected: expected.count, chosen: chosen.count, hits: expected.intersection(chosen).count)
    }

    /// The share of picks that are right (1 when nothing was to be picked and nothing was).
    public var precision: Double {
        chosen == 0 ? (expected == 0 ? 1 : 0) : Double(hits) / Double(chosen)
    }

    /// The share of what the engine derives that was picked (1 when it derives nothing).
    public var recall: Double {
        expected == 0 ? 1 : Double(hits) / Double(expected)
    }

    /// The harmonic mean of precision and recall.
    public var f1: Double {
        let sum = precision + recall
        return sum == 0 ? 0 : 2 * precision * recall / sum
    }
}
