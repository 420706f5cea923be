public import Foundation

/// A customer's issue under supervision: open → in progress → resolved → customer informed.
///
/// It is closed only when the customer has been told the result (`IssueStatus.isClosed`).
public struct FollowUp: Sendable, Hashable, Codable {
    /// The local number users type (`coach followups set 3 …`).
    public var number: Int
    /// The stable id across machines.
    public var uuid: String
    public var accountID: String
    /// The visit log it was raised at, if any (its stable id and local number).
    public var logUUID: String?
    public var logNumber: Int?
    public var text: String
    /// The day it was raised, `YYYY-MM-DD`.
    public var raised: String
    /// Who follows it up (the visitor unless passed on).
    public var owner: String
    /// The department it was passed to.
    public var department: String?
    /// The day it should be settled by, `YYYY-MM-DD`.
    public var due: String?
    public var status: IssueStatus
    /// Every status it has had, oldest first (the first is `open` when it was raised).
    public var history: [FollowUpChange]
    public var createdAt: Date
    public var updatedAt: Date

    public init(
        number: Int, uuid: String, accountID: String, logUUID: String? = nil, logNumber: Int? = nil, text: String,
        raised: String, owner: String, department: String? = nil, due: String? = nil, status: IssueStatus = .open,
        history: [FollowUpChange] = [], createdAt: Date, updatedAt: Date
    ) {
        self.number = number
        self.uuid = uuid
        self.accountID = accountID
        self.logUUID = logUUID
        self.logNumber = logNumber
        self.text = text
        self.raised = raised
        self.owner = owner
        self.department = department
        self.due = due
        self.status = status
        self.history = history
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// The last day before it is overdue: `due`, else `overdueDays` (the method's figure,
    /// `method.yaml`) after it was raised.
    public func deadline(overdueDays: Int) -> String? {
        if let due { return due }
        return DayNumber(raised)?.adding(days: overdueDays).text
    }

    /// Whether it is still not closed after its deadline, on `today` (`YYYY-MM-DD`).
    public func isOverdue(today: String, overdueDays: Int) -> Bool {
        guard let today = DayNumber(today) else { return false }
        return isOverdue(on: today, status: status, overdueDays: overdueDays)
    }

    /// Whether it was overdue on `day` given its status then.
    public func isOverdue(on day: DayNumber, status: IssueStatus, overdueDays: Int) -> Bool {
        guard !status.isClosed, let deadline = deadline(overdueDays: overdueDays).flatMap({ DayNumber($0) }) else { return false }
        return day > deadline
    }

    /// Its status at the end of `day` (nil if it had not been raised yet), from the history.
    public func status(on day: DayNumber) -> IssueStatus? {
        guard let raisedDay = DayNumber(raised), raisedDay <= day else { return nil }
        var current = IssueStatus.open
        for change in history {
            guard let changed = DayNumber(change.day), changed <= day else { continue }
            current = change.status
        }
        return current
    }

    /// The day it first reached `status`, from the history.
    public func firstDay(of status: IssueStatus) -> String? {
        history.first { $0.status == status }?.day
    }

    /// Days from being raised to first reaching `status`, if it has.
    public func days(to status: IssueStatus) -> Int? {
        guard let start = DayNumber(raised), let end = firstDay(of: status).flatMap({ DayNumber($0) }) else { return nil }
        return end.value - start.value
    }
}
