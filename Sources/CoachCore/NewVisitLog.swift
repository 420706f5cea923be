public import Foundation

/// A visit log to store, with the issues the customer raised (each becomes a follow-up).
public struct NewVisitLog: Sendable, Hashable, Codable {
    /// A stable id: storing a log whose id is already stored changes nothing.
    public var uuid: String
    public var accountID: String
    public var visitor: String
    /// When it was logged.
    public var at: Date
    public var content: VisitLogContent
    public var issues: [NewFollowUp]

    public init(uuid: String, accountID: String, visitor: String, at: Date, content: VisitLogContent, issues: [NewFollowUp] = []) {
        self.uuid = uuid
        self.accountID = accountID
        self.visitor = visitor
        self.at = at
        self.content = content
        self.issues = issues
    }
}
