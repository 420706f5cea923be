public import CoachCore

/// The visit journal as the conversation reads it (follow-ups, review lists, managers' comments),
/// provided by the host. What the conversation writes goes out as `Record.journal`.
public protocol JournalSource: Sendable {
    /// Managers' comments on the salesperson's logs and sessions, oldest first; only unread ones
    /// when `unreadOnly`.
    func comments(for salesperson: String, unreadOnly: Bool) -> [ManagerComment]
    /// Follow-ups of one owner (everyone's when nil), closed ones only when `includeClosed`.
    func followUps(owner: String?, includeClosed: Bool) -> [FollowUp]
    /// Visit logs and coaching sessions within `days` (any when nil) of one salesperson (any when nil).
    func reviewEntries(days: DayRange?, who: String?) -> [ReviewEntry]
    /// A visit log in full, by number or stable id.
    func visitLog(_ id: String) -> VisitLogDetail?
    /// A coaching session in full, by number or key.
    func session(_ id: String) -> SessionSnapshot?
    /// The salesperson's unfinished `/log` of the account, if one was kept.
    func visitLogDraft(salesperson: String, accountID: String) -> VisitLogDraft?
}

extension JournalSource {
    /// No drafts, for sources that keep none.
    public func visitLogDraft(salesperson: String, accountID: String) -> VisitLogDraft? { nil }
}

/// No journal (one-shot commands, tests that do not need it): nothing logged, nobody commented.
public struct NoJournal: JournalSource {
    public init() {}
    public func comments(for salesperson: String, unreadOnly: Bool) -> [ManagerComment] { [] }
    public func followUps(owner: String?, includeClosed: Bool) -> [FollowUp] { [] }
    public func reviewEntries(days: DayRange?, who: String?) -> [ReviewEntry] { [] }
    public func visitLog(_ id: String) -> VisitLogDetail? { nil }
    public func session(_ id: String) -> SessionSnapshot? { nil }
    public func visitLogDraft(salesperson: String, accountID: String) -> VisitLogDraft? { nil }
}
