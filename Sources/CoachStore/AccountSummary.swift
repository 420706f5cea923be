public import CoachCore
public import Foundation

/// One line of the account list: what `coach account list` shows.
public struct AccountSummary: Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    public var owner: String?
    public var tier: Tier?
    /// The newest version's number.
    public var version: Int
    /// When the newest version was imported.
    public var updated: Date

    public init(id: String, name: String, owner: String?, tier: Tier?, version: Int, updated: Date) {
        self.id = id
        self.name = name
        self.owner = owner
        self.tier = tier
        self.version = version
        self.updated = updated
    }
}
