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
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(CoachDatabase.isoTimestamp(date))
        }
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }

    /// Parses what `jsonLine` wrote.
    public static func parse(_ text: String) throws -> TeamComment {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            let precise = ISO8601DateFormatter()
            precise.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
            if let date = precise.date(from: text) ?? ISO8601DateFormatter().date(from: text) { return date }
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(text)' is not an ISO 8601 date")
        }
        return try decoder.decode(TeamComment.self, from: Data(text.utf8))
    }
}
