public import CoachCore
public import Foundation

/// A merged version of an account proposed after a sync brought a colleague's edit made at the
/// same time as this store's (both from version `baseVersion`). Stored, never applied until
/// accepted (`CoachDatabase.acceptMergeProposal`).
public struct AccountMergeProposal: Sendable, Hashable, Codable {
    public var id: Int64
    public var accountID: String
    /// The version both edits started from.
    public var baseVersion: Int
    /// This store's edit and who made it.
    public var oursVersion: Int
    public var oursBy: String
    /// The colleague's edit (as stored here) and who made it, as the team knows them.
    public var theirsVersion: Int
    public var theirsBy: String
    /// The proposed account.
    public var account: Account
    /// Fields, people or issues both changed differently (this store's value kept).
    public var conflicts: [String]
    /// What accepting changes against the newest version.
    public var changes: [String]
    public var createdAt: Date
    /// The version it was stored as once accepted.
    public var acceptedVersion: Int?
}
