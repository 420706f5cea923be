public import CoachCore

/// A follow-up as a report judges it at the end of one day: its row and the status its changes
/// dated by then give it (`CoachDatabase.forEachFollowUp(_:on:)`), without its whole history.
public struct FollowUpOnDay: Sendable, Hashable {
    public var number: Int
    public var accountID: String
    public var owner: String
    public var department: String?
    public var text: String
    public var raised: String
    public var due: String?
    /// Its status at the end of the day, as `FollowUp.status(on:)` gives it: the last status
    /// change (by time) dated on or before the day, else open; nil when raised after the day.
    public var status: IssueStatus?

    public init(
        number: Int, accountID: String, owner: String, department: String?, text: String, raised: String, due: String?,
        status: IssueStatus?
    ) {
        self.number = number
        self.accountID = accountID
        self.owner = owner
        self.department = department
        self.text = text
        self.raised = raised
        self.due = due
        self.status = status
    }

    /// The day it should be closed by, as `FollowUp.deadline(overdueDays:)`: its due date, else
    /// `overdueDays` (`method.yaml`) after it was raised.
    public func deadline(overdueDays: Int) -> String? {
        if let due { return due }
        return DayNumber(raised)?.adding(days: overdueDays).text
    }

    /// Whether it was still open after its deadline at the end of `day` (the day its status is
    /// of), as `FollowUp.isOverdue(on:status:overdueDays:)`.
    public func isOverdue(on day: DayNumber, overdueDays: Int) -> Bool {
        guard let status, !status.isClosed, let deadline = deadline(overdueDays: overdueDays).flatMap({ DayNumber($0) }) else { return false }
        return day > deadline
    }
}
