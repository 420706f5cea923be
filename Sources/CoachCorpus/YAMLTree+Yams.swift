import Yams

extension YAMLTree {
    /// The tree of the node Yams composes from `text` with `Resolver.basic`, the reading
    /// `YAMLSubsetReader` must agree with; nil when Yams refuses the text or composes what no such
    /// tree holds (no node, an alias, a key that is not a scalar).
    static func composedByYams(_ text: String) -> YAMLTree? {
        guard let node = try? Yams.compose(yaml: text, Resolver.basic) else { return nil }
        return YAMLTree(node)
    }

    private init?(_ node: Node) {
        switch node {
        case .scalar(let scalar):
            guard let mark = scalar.mark else { return nil }
            self = .scalar(scalar.string, isPlain: scalar.style == .plain, SourceMark(line: mark.line, column: mark.column))
        case .mapping(let mapping):
            guard let mark = mapping.mark else { return nil }
            var entries: [Entry] = []
            for (key, value) in mapping {
                guard case .scalar(let scalar) = key, let keyMark = scalar.mark, let tree = YAMLTree(value) else { return nil }
                entries.append(Entry(key: scalar.string, keyMark: SourceMark(line: keyMark.line, column: keyMark.column), value: tree))
            }
            self = .mapping(entries, SourceMark(line: mark.line, column: mark.column))
        case .sequence(let sequence):
            guard let mark = sequence.mark else { return nil }
            var items: [YAMLTree] = []
            for item in sequence {
                guard let tree = YAMLTree(item) else { return nil }
                items.append(tree)
            }
            self = .sequence(items, SourceMark(line: mark.line, column: mark.column))
        case .alias:
            return nil
        }
    }
}
