/// What a shared option refuses, beyond ArgumentParser's own errors. Its descriptions are
/// English, written the way ArgumentParser writes its errors, so `ErrorText.localize` translates
/// them on the command line and in the REPL alike.
public enum OptionsError: Error, CustomStringConvertible, Sendable, Equatable {
    /// A text that names no period (after ArgumentParser's "The value 'x' is invalid for '--period'").
    case notAPeriod
    /// A period typed both as words and with `--period`.
    case periodTwice
    /// A comment typed both as words and with `--comment`.
    case commentTwice
    /// An instant that is not ISO 8601.
    case notAnInstant
    /// A follow-up status that is none of the four (after "The value 'x' is invalid for '--status'").
    case notAStatus
    /// A status typed both as words and with `--status`.
    case statusTwice
    /// A follow-up change that changes nothing.
    case nothingToChange

    public var description: String {
        switch self {
        case .notAPeriod: "use " + Self.periods
        case .periodTwice: "Give the period once: as words or with --period, not both."
        case .commentTwice: "Give the comment once: as words or with --comment, not both."
        case .notAnInstant: "use ISO 8601, e.g. 2026-11-05T10:30:00+08:00"
        case .notAStatus: "use open, in-progress, resolved or customer-informed"
        case .statusTwice: "Give the status once: as words or with --status, not both."
        case .nothingToChange: "Nothing to change; give a status, --department, --due or --owner."
        }
    }

    /// The periods accepted, as `notAPeriod` lists them.
    static let periods =
        "YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY, today, yesterday, this week, last week, this month, last month, this quarter, last quarter, this year or all"
}
