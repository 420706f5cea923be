public import CoachCore
public import Foundation

/// An account version in a team export; its `id` is `ACCOUNT/VERSION` (one version per number),
/// `uuid` the version's own id (missing in exports written before versions had one).
public struct ExchangeAccountVersion: Sendable, Equatable, Codable {
    public var id: String
    public var account: String
    public var version: Int
    public var importedAt: Date
    public var importedBy: String
    public var source: String
    public var summary: String
    public var content: Account
    public var uuid: String?

    public init(
        account: String, version: Int, importedAt: Date, importedBy: String, source: String, summary: String,
        content: Account, uuid: String? = nil
    ) {
        self.uuid = uuid
        self.id = "\(account)/\(version)"
        self.account = account
        self.version = version
        self.importedAt = importedAt
        self.importedBy = importedBy
        self.source = source
        self.summary = summary
        self.content = content
    }
}
