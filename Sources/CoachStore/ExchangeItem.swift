import CoachCore
public import Foundation

/// One line of a team export (`coach export`): a JSON object with a `type` and a stable `id`, so
/// importing the same line twice changes nothing.
///
/// ```json
/// {"type":"log","id":"7F3A…","account":"east-post","visitor":"李明","versions":[…]}
/// ```
public enum ExchangeItem: Sendable, Equatable, Codable {
    case accountVersion(ExchangeAccountVersion)
    case session(ExchangeSession)
    case log(ExchangeLog)
    case followUp(ExchangeFollowUp)
    case verification(ExchangeVerification)

    /// The `type` values, in the order an export writes them (accounts before what refers to them).
    public static let types = ["account-version", "session", "log", "follow-up", "verification"]

    public var type: String {
        switch self {
        case .accountVersion: "account-version"
        case .session: "session"
        case .log: "log"
        case .followUp: "follow-up"
        case .verification: "verification"
        }
    }

    /// The item's stable id.
    public var id: String {
        switch self {
        case .accountVersion(let item): item.id
        case .session(let item): item.id
        case .log(let item): item.id
        case .followUp(let item): item.id
        case .verification(let item): item.id
        }
    }

    enum TypeKey: String, CodingKey { case type }

    public init(from decoder: any Decoder) throws {
        let type = try decoder.container(keyedBy: TypeKey.self).decode(String.self, forKey: .type)
        switch type {
        case "account-version": self = .accountVersion(try ExchangeAccountVersion(from: decoder))
        case "session": self = .session(try ExchangeSession(from: decoder))
        case "log": self = .log(try ExchangeLog(from: decoder))
        case "follow-up": self = .followUp(try ExchangeFollowUp(from: decoder))
        case "verification": self = .verification(try ExchangeVerification(from: decoder))
        default:
            throw DecodingError.dataCorrupted(DecodingError.Context(
                codingPath: [TypeKey.type],
                debugDescription: "unknown type '\(type)'; allowed: \(Self.types.joined(separator: ", "))"))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: TypeKey.self)
        try container.encode(type, forKey: .type)
        switch self {
        case .accountVersion(let item): try item.encode(to: encoder)
        case .session(let item): try item.encode(to: encoder)
        case .log(let item): try item.encode(to: encoder)
        case .followUp(let item): try item.encode(to: encoder)
        case .verification(let item): try item.encode(to: encoder)
        }
    }

    /// One compact line of JSON: keys sorted, dates in ISO 8601 with milliseconds, Chinese as is.
    public func jsonLine() throws -> String {
        // Controls and bidi overrides as \u escapes: the same value, safe to print (`coach export`).
        TerminalSafe.json(try Self.encodeLine(self))
    }

    /// `value` as one compact JSON text the way export lines are written (keys sorted, dates in
    /// ISO 8601 with milliseconds): team comments and training records sent to the server too.
    static func encodeLine(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(CoachDatabase.isoTimestamp(date))
        }
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// Parses one line written by `jsonLine()` (dates with or without milliseconds).
    public static func parse(_ line: String) throws -> ExchangeItem {
        try decodeLine(ExchangeItem.self, line)
    }

    /// Decodes one JSON text the way export lines are decoded (one shared decoder; dates with or
    /// without milliseconds): team comments and training records pulled from the server too.
    static func decodeLine<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        try lineDecoder.value.decode(type, from: Data(text.utf8))
    }

    /// One decoder and two date formatters for every line (making them per date was most of the
    /// cost of an import); the timestamps an export writes are read without them (`ISOTimestamp`).
    private static let lineDecoder: UncheckedSendable<JSONDecoder> = {
        let precise = ISO8601DateFormatter()
        precise.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        let plain = ISO8601DateFormatter()
        let formatters = UncheckedSendable((precise, plain))
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            if let date = ISOTimestamp.parse(text) ?? formatters.value.0.date(from: text) ?? formatters.value.1.date(from: text) {
                return date
            }
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(text)' is not an ISO 8601 date")
        }
        return UncheckedSendable(decoder)
    }()
}

/// ISO8601DateFormatter is thread-safe for parsing once configured (it is documented so); the
/// compiler cannot see that.
private struct UncheckedSendable<Value>: @unchecked Sendable {
    var value: Value
    init(_ value: Value) { self.value = value }
}
