public import Foundation

extension Clock {
    /// The live clock, or the instant in `$COACH_NOW` (ISO 8601, e.g. `2026-11-05T09:30:00+08:00`)
    /// so demos and scripts can record a month of work on the days it happened.
    ///
    /// An unreadable `COACH_NOW` is ignored, and the live clock used.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> Clock {
        guard let text = environment["COACH_NOW"], !text.isEmpty, let date = parseInstant(text) else { return .live }
        return .constant(date)
    }

    /// Parses ISO 8601 with or without fractional seconds.
    static func parseInstant(_ text: String) -> Date? {
        let precise = ISO8601DateFormatter()
        precise.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return precise.date(from: text) ?? ISO8601DateFormatter().date(from: text)
    }
}
