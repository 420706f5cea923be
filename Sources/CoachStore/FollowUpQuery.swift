public import CoachCore

/// Which follow-ups to read, so that a report reads what its period needs rather than every
/// follow-up in the store: every condition given must hold; nil means any.
///
/// ```swift
/// // November's follow-ups that were resolved or the customer told, owned by 李明:
/// let november = DayRange.parse("2026-11", today: today)!
/// let handled = try store.followUps(FollowUpQuery(owner: "李明", reached: .init([.resolved, .customerInformed], on: november)))
/// ```
public struct FollowUpQuery: Sendable, Hashable {
    /// A status reached on a day of a range: a status change to one of `statuses` dated in `days`.
    public struct Reached: Sendable, Hashable {
        public var statuses: Set<IssueStatus>
        public var days: DayRange

        public init(_ statuses: Set<IssueStatus>, on days: DayRange) {
            self.statuses = statuses
            self.days = days
        }
    }

    public var owner: String?
    public var accountID: String?
    /// Raised on a day of this range.
    public var raised: DayRange?
    /// Reached one of the statuses on a day of the range (not necessarily for the first time).
    public var reached: Reached?
    /// May be overdue at the end of a day: raised by then, its deadline (due date, else the
    /// method's `overdue-days` after raised) passed, and not closed by its status changes dated up
    /// to then. A superset of those `FollowUp.isOverdue(on:status:overdueDays:)` keeps, which decides.
    public var mayBeOverdue: Overdue?

    /// The day follow-ups are judged on and the days an issue without a due date may stay open.
    public struct Overdue: Sendable, Hashable {
        public var day: DayNumber
        public var overdueDays: Int

        public init(on day: DayNumber, overdueDays: Int) {
            self.day = day
            self.overdueDays = overdueDays
        }
    }

    public init(
        owner: String? = nil, accountID: String? = nil, raised: DayRange? = nil, reached: Reached? = nil,
        mayBeOverdue: Overdue? = nil
    ) {
        self.owner = owner
        self.accountID = accountID
        self.raised = raised
        self.reached = reached
        self.mayBeOverdue = mayBeOverdue
    }
}
