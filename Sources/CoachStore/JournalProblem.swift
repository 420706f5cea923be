public import CoachCore

/// What went wrong with a journal write or lookup, said so the user knows what to type instead.
/// Carried by `StoreError.journal`.
public enum JournalProblem: Sendable, Equatable, CustomStringConvertible {
    /// No visit log has this number or id.
    case unknownLog(String)
    /// No follow-up has this number or id.
    case unknownFollowUp(String)
    /// No coaching session has this number or key.
    case unknownSession(String)
    /// The status change is not allowed (customer-informed comes after resolved).
    case statusNotAllowed(followUp: Int, from: IssueStatus, to: IssueStatus)
    /// A session still in progress or paused cannot be verified yet.
    case sessionNotFinished(key: String, status: String)
    /// A date that is not a real `YYYY-MM-DD` day.
    case invalidDay(field: String, value: String)
    /// Stored journal content could not be read back.
    case unreadable(what: String, reason: String)

    public var description: String {
        switch self {
        case let .unknownLog(id):
            return "no visit log '\(id)'; 'coach journal' lists the logs with their numbers"
        case let .unknownFollowUp(id):
            return "no follow-up '\(id)'; 'coach followups --all' lists them with their numbers"
        case let .unknownSession(id):
            return "no coaching session '\(id)'; 'coach review' lists the sessions with their numbers"
        case let .statusNotAllowed(number, from, to):
            if from == to { return "follow-up #\(number) is already \(to.rawValue)" }
            return "follow-up #\(number) is \(from.rawValue): it can become customer-informed only once it is resolved "
                + "(open → in-progress → resolved → customer-informed); set --status resolved first"
        case let .sessionNotFinished(key, status):
            return "session '\(key)' is \(status): a session can be verified once it is finished or cancelled"
        case let .invalidDay(field, value):
            return "invalid \(field) '\(value)': use a real day as YYYY-MM-DD, e.g. 2026-11-29"
        case let .unreadable(what, reason):
            return "\(what) cannot be read (\(reason)); the store may have been edited by hand"
        }
    }
}
