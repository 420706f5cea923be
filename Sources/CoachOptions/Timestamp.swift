public import ArgumentParser
public import Foundation

/// An instant typed as ISO 8601 (`2026-11-05T10:30:00+08:00`, fractional seconds allowed), for `--at`.
public struct Timestamp: ExpressibleByArgument, Sendable, Hashable {
    public var date: Date

    public init(_ date: Date) { self.date = date }

    public init?(argument: String) {
        let precise = ISO8601DateFormatter()
        precise.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        guard let date = precise.date(from: argument) ?? ISO8601DateFormatter().date(from: argument) else { return nil }
        self.date = date
    }

    /// `text` as an instant, or the error that shows the format.
    public static func parse(_ text: String) throws -> Timestamp {
        guard let timestamp = Timestamp(argument: text) else { throw OptionsError.notAnInstant }
        return timestamp
    }
}
