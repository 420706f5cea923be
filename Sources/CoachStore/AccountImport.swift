/// What importing an account did.
public struct AccountImport: Sendable, Hashable, Codable {
    public enum Outcome: String, Sendable, Hashable, Codable {
        /// The account was new: version 1.
        case created
        /// The content changed: a new version was stored.
        case updated
        /// The content was the same as the newest version: nothing was stored.
        case unchanged
    }

    public var id: String
    public var name: String
    public var outcome: Outcome
    /// The newest version after the import.
    public var version: Int
    /// The changes against the previous version (empty when unchanged).
    public var changes: [String]
    /// The changes on one line, or "no change".
    public var summary: String

    public init(id: String, name: String, outcome: Outcome, version: Int, changes: [String], summary: String) {
        self.id = id
        self.name = name
        self.outcome = outcome
        self.version = version
        self.changes = changes
        self.summary = summary
    }
}
