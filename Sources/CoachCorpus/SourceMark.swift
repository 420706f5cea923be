/// A 1-based line and column in YAML text (the column in Unicode scalars, as libyaml counts).
struct SourceMark: Sendable, Equatable {
    var line: Int
    var column: Int
}
