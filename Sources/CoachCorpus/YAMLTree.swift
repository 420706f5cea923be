/// A YAML node as `YAMLSubsetReader` reads it: a scalar, a mapping or a sequence, each with the
/// position libyaml gives the same node (a mapping's is its first key's, a sequence's its first
/// entry's, a quoted scalar's its opening quote's).
enum YAMLTree: Sendable, Equatable {
    /// A scalar's text; `isPlain` when it was written without quotes (only a plain scalar can be
    /// null or a Bool, as with Yams).
    case scalar(String, isPlain: Bool, SourceMark)
    /// A mapping's entries in file order; keys are unique.
    case mapping([Entry], SourceMark)
    case sequence([YAMLTree], SourceMark)

    /// One key and its value.
    struct Entry: Sendable, Equatable {
        var key: String
        var keyMark: SourceMark
        var value: YAMLTree
    }

    var mark: SourceMark {
        switch self {
        case let .scalar(_, _, mark), let .mapping(_, mark), let .sequence(_, mark): mark
        }
    }
}
