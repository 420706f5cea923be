public import Foundation

/// A manager's comment to a salesperson, about an account or a visit log; it reaches the
/// salesperson on their next sync.
public struct TeamComment: Sendable, Equatable, Codable {
    public var id: String
    /// The author's role.
    public var author: String
    /// The role it is addressed to.
    public var recipient: String
    public var account: String?
    /// The uuid of the visit log it is about.
    public var log: String?
    public var text: String
    public var createdAt: Date

    public init(id: String, author: String, recipient: String, account: String?, log: String?, text: String, createdAt: Date) {
        self.id = id
        self.author = author
        self.recipient = recipient
        self.account = account
        self.log = log
        self.text = text
        self.createdAt = createdAt
    }

    /// One compact line of JSON, dates as the team export writes them.
    public func jsonLine() throws -> String {
        try ExchangeItem.encodeLine(self)
    }

    /// Parses what `jsonLine` wrote.
    public static func parse(_ text: String) throws -> TeamComment {
        try ExchangeItem.decodeLine(TeamComment.self, text)
    }
}
