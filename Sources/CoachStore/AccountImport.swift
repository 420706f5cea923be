public import CoachCore

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
    /// The summary as each interface language shows it (English keeps the file's words); not
    /// part of the JSON form, which stays in the file's words.
    public var localizedSummary: LocalizedText = LocalizedText(en: "", zhHans: "", zhHant: "")

    enum CodingKeys: String, CodingKey {
        case id, name, outcome, version, changes, summary
    }

    public init(id: String, name: String, outcome: Outcome, version: Int, changes: [String], summary: String, localizedSummary: LocalizedText? = nil) {
        self.id = id
        self.name = name
        self.outcome = outcome
        self.version = version
        self.changes = changes
        self.summary = summary
        self.localizedSummary = localizedSummary ?? LocalizedText(en: summary, zhHans: summary, zhHant: summary)
    }
}
