public import Foundation

/// A logged visit as stored: who visited which account, and the newest version of what happened.
public struct VisitLog: Sendable, Hashable, Codable {
    /// The local number users type (`coach journal edit 12`); differs between machines.
    public var number: Int
    /// The stable id, the same on every machine the log is exported to.
    public var uuid: String
    public var accountID: String
    /// Who visited: the salesperson who owns the log.
    public var visitor: String
    /// The newest version's number (1 until the log is edited).
    public var version: Int
    /// The newest version's content.
    public var content: VisitLogContent
    public var createdAt: Date
    /// When the newest version was written.
    public var editedAt: Date

    public init(
        number: Int, uuid: String, accountID: String, visitor: String, version: Int, content: VisitLogContent,
        createdAt: Date, editedAt: Date
    ) {
        self.number = number
        self.uuid = uuid
        self.accountID = accountID
        self.visitor = visitor
        self.version = version
        self.content = content
        self.createdAt = createdAt
        self.editedAt = editedAt
    }
}
