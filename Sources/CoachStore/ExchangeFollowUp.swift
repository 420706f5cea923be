public import CoachCore
public import Foundation

/// A follow-up with its status history in a team export; its id is the follow-up's uuid.
public struct ExchangeFollowUp: Sendable, Equatable, Codable {
    public var id: String
    public var account: String
    /// The uuid of the visit log it was raised at.
    public var log: String?
    public var text: String
    public var raised: String
    public var owner: String
    public var department: String?
    public var due: String?
    public var status: IssueStatus
    public var createdAt: Date
    public var updatedAt: Date
    public var history: [FollowUpChange]
}
