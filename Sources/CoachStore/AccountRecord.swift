import Foundation
import GRDB

/// A row of `account`: one account's current state, for listing without decoding versions.
struct AccountRecord: Codable, Equatable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "account"

    /// The account's slug, from the file's `id`.
    var id: String
    var name: String
    var owner: String?
    /// `A`, `B` or `C`.
    var tier: String?
    /// The number of the newest version (1 for the first import).
    var version: Int
    var updatedAt: Date

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let name = Column(CodingKeys.name)
        static let owner = Column(CodingKeys.owner)
        static let tier = Column(CodingKeys.tier)
        static let version = Column(CodingKeys.version)
        static let updatedAt = Column(CodingKeys.updatedAt)
    }

    static let versions = hasMany(AccountVersionRecord.self)
}

extension DerivableRequest<AccountRecord> {
    /// Tier A first, then by name, then id.
    func orderedForListing() -> Self {
        order(
            AccountRecord.Columns.tier.ascNullsLast, AccountRecord.Columns.name.collating(.unicodeCompare),
            AccountRecord.Columns.id)
    }
}
