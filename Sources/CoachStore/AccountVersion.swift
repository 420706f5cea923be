public import Foundation

/// One stored version of an account: when, who, from which file, and what changed.
public struct AccountVersion: Sendable, Hashable, Codable {
    public var version: Int
    public var importedAt: Date
    public var importedBy: String
    public var source: String
    /// The one-line change summary against the previous version (`AccountDiff.summary`).
    public var summary: String

    public init(version: Int, importedAt: Date, importedBy: String, source: String, summary: String) {
        self.version = version
        self.importedAt = importedAt
        self.importedBy = importedBy
        self.source = source
        self.summary = summary
    }
}
