public import CoachCore
public import Foundation

/// A visit log with every version in a team export; its id is the log's uuid.
public struct ExchangeLog: Sendable, Equatable, Codable {
    public var id: String
    public var account: String
    public var visitor: String
    public var createdAt: Date
    public var versions: [VisitLogVersion]
}
