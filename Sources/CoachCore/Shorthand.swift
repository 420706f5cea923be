/// How people shorten English words when they type ("b4", "tmr", "bday", "dont") and the particles
/// of Singapore and Hong Kong English ("lah", "leh", "lor") that carry no meaning of their own
/// (`corpus/shorthand.yaml`). Matching folds a written form into the words it stands for, on the
/// corpus's side and the question's alike.
///
/// ```swift
/// let shorthand = Shorthand(words: ["bday": ["birthday"]], particles: ["lah"])
/// shorthand.expand("bday")  // ["birthday"]
/// shorthand.expand("lah")   // []
/// ```
public struct Shorthand: Sendable, Hashable, Codable {
    /// A written form (lower case, one word) and the words it stands for.
    public var words: [String: [String]]
    /// Written forms that stand for nothing.
    public var particles: Set<String>

    public init(words: [String: [String]] = [:], particles: Set<String> = []) {
        self.words = words
        self.particles = particles
    }

    public static let empty = Shorthand()

    public var isEmpty: Bool { words.isEmpty && particles.isEmpty }

    /// The words `word` (lower case, as typed) stands for: its full form, nothing for a particle,
    /// or the word itself. O(1).
    public func expand(_ word: String) -> [String] {
        if let full = words[word] { return full }
        if particles.contains(word) { return [] }
        return [word]
    }
}
