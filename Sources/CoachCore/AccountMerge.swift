/// A field-wise three-way merge of two versions of an account made from the same base.
///
/// A field changed on one side only takes that side's value; changed the same way on both, it
/// is taken once; changed differently on both, it is a conflict: the merge keeps `ours` and
/// names the field in `conflicts`. People are matched by name and open issues by their text,
/// each merged as a whole (one changed on both sides differently is a conflict under its name).
///
/// ```swift
/// let merge = AccountMerge(base: v1, ours: mine, theirs: colleagues)
/// merge.account    // v1 with both sides' changes
/// merge.conflicts  // ["industry", "王建國"]
/// ```
/// - Complexity: O(n) in the number of people, issues and products.
public struct AccountMerge: Sendable, Hashable {
    /// The proposed account.
    public var account: Account
    /// Fields (or people's names, issues' texts) both sides changed differently; `ours` kept.
    public var conflicts: [String]

    public init(base: Account, ours: Account, theirs: Account) {
        var merged = ours
        var conflicts: [String] = []
        func pick<T: Equatable>(_ field: String, _ path: WritableKeyPath<Account, T>) {
            let (value, conflict) = Self.threeWay(base[keyPath: path], ours[keyPath: path], theirs[keyPath: path])
            merged[keyPath: path] = value
            if conflict { conflicts.append(field) }
        }
        pick("account", \.name)
        pick("tier", \.tier)
        pick("kind", \.kind)
        pick("industry", \.industry)
        pick("owner", \.owner)
        pick("stage", \.stage)
        pick("buying-mode", \.buyingMode)
        pick("products", \.products)
        pick("changes.purchasing-power", \.changes.purchasingPower)
        pick("changes.reorganized", \.changes.reorganized)
        pick("changes.note", \.changes.note)
        merged.people = Self.mergeList(base.people, ours.people, theirs.people, key: \.name, conflicts: &conflicts)
        merged.openIssues = Self.mergeList(base.openIssues, ours.openIssues, theirs.openIssues, key: \.text, conflicts: &conflicts)
        account = merged
        self.conflicts = conflicts
    }

    /// The merged value and whether both sides changed it differently.
    static func threeWay<T: Equatable>(_ base: T, _ ours: T, _ theirs: T) -> (T, Bool) {
        if ours == theirs || theirs == base { return (ours, false) }
        if ours == base { return (theirs, false) }
        return (ours, true)
    }

    /// Items matched by `key`, in `ours`' order then the ones only `theirs` has; an item removed on
    /// one side and unchanged on the other is removed.
    static func mergeList<T: Equatable>(
        _ base: [T], _ ours: [T], _ theirs: [T], key: KeyPath<T, String>, conflicts: inout [String]
    ) -> [T] {
        func index(_ items: [T]) -> [String: T] {
            Dictionary(items.map { ($0[keyPath: key], $0) }, uniquingKeysWith: { first, _ in first })
        }
        let baseByKey = index(base), oursByKey = index(ours), theirsByKey = index(theirs)
        var keys: [String] = []
        var seen = Set<String>()
        for item in ours + theirs where seen.insert(item[keyPath: key]).inserted { keys.append(item[keyPath: key]) }
        var merged: [T] = []
        for name in keys {
            let (value, conflict) = threeWay(baseByKey[name], oursByKey[name], theirsByKey[name])
            if conflict { conflicts.append(name) }
            if let value { merged.append(value) }
        }
        return merged
    }
}
