import Foundation
import GRDB

/// A row of `accountVersion`: one imported version of an account, kept so changes can be traced.
struct AccountVersionRecord: Codable, Equatable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "accountVersion"

    var accountId: String
    /// 1, 2, 3… per account.
    var version: Int
    var importedAt: Date
    /// Who imported it (the login name, or what `--by` said).
    var importedBy: String
    /// The file it came from.
    var source: String
    /// The account as JSON (`Account`'s Codable form).
    var content: String
    /// The one-line change summary against the previous version.
    var summary: String
    /// The version's own id.
    var uuid: String

    enum Columns {
        static let accountId = Column(CodingKeys.accountId)
        static let version = Column(CodingKeys.version)
        static let importedAt = Column(CodingKeys.importedAt)
        static let importedBy = Column(CodingKeys.importedBy)
        static let source = Column(CodingKeys.source)
        static let content = Column(CodingKeys.content)
        static let summary = Column(CodingKeys.summary)
    }

    static let account = belongsTo(AccountRecord.self)
}

extension DerivableRequest<AccountVersionRecord> {
    /// The versions of one account.
    func filter(accountID: String) -> Self {
        filter(AccountVersionRecord.Columns.accountId == accountID)
    }

    /// Oldest first.
    func orderedByVersion() -> Self {
        order(AccountVersionRecord.Columns.version)
    }
}
