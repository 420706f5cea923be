import CoachCore
import CoachRetrieval

/// Finds what the user means by an id or a name, in any script: the one matcher behind `/open`,
/// `/card`, `/quiz`, `/learn` and their did-you-mean hints.
///
/// Ids and names are compared folded (lower case, Traditional to Simplified, full-width to
/// half-width, spaces and punctuation dropped): an exact id or name wins, then one candidate whose
/// name contains what was typed (or is contained in it). A miss suggests the closest id or name.
///
/// ```swift
/// let matcher = NameMatcher([.init(id: "east-post", names: ["華東郵政分公司"])])
/// matcher.match("華東郵政")     // .found("east-post")
/// matcher.match("east-pots")   // .notFound(suggestion: "east-post")
/// ```
/// - Complexity: O(n·m) in the candidates and the length of their names.
public struct NameMatcher: Sendable {
    public struct Candidate: Sendable, Hashable {
        public var id: String
        public var names: [String]

        public init(id: String, names: [String]) {
            self.id = id
            self.names = names
        }
    }

    public enum Match: Sendable, Hashable {
        case found(String)
        /// Several candidates fit; their ids.
        case ambiguous([String])
        case notFound(suggestion: String?)
    }

    public var candidates: [Candidate]

    public init(_ candidates: [Candidate]) {
        self.candidates = candidates
    }

    /// The folded form names are compared in.
    public static func key(_ text: String) -> String {
        TextNormalizer.normalize(text).filter { !$0.isWhitespace }
    }

    public func match(_ text: String) -> Match {
        let key = Self.key(text)
        guard !key.isEmpty else { return .notFound(suggestion: nil) }
        if let exact = candidates.first(where: { $0.id == text || Self.key($0.id) == key }) { return .found(exact.id) }
        let named = candidates.filter { $0.names.contains { Self.key($0) == key } }
        if named.count == 1 { return .found(named[0].id) }
        if named.count > 1 { return .ambiguous(named.map(\.id)) }
        // A part of a name ("華東郵政" for 華東郵政分公司), two characters at least.
        if key.count >= 2 {
            let partial = candidates.filter { candidate in
                candidate.names.contains { name in Self.key(name).contains(key) }
            }
            if partial.count == 1 { return .found(partial[0].id) }
            if partial.count > 1 { return .ambiguous(partial.map(\.id)) }
        }
        return .notFound(suggestion: suggestion(for: text))
    }

    /// The id of the candidate whose id or name is closest to `text`, if any is close.
    public func suggestion(for text: String) -> String? {
        let key = Self.key(text)
        var byForm: [String: String] = [:]
        for candidate in candidates {
            for form in [candidate.id] + candidate.names where byForm[Self.key(form)] == nil {
                byForm[Self.key(form)] = candidate.id
            }
        }
        return Suggestion.closest(to: key, in: Array(byForm.keys).sorted()).flatMap { byForm[$0] }
    }
}

/// An account that could not be found from what was typed: what to say.
struct AccountMiss: Error {
    var outputs: [Output]
}
