extension IssueStatus {
    /// Whether a follow-up may move from this status to `next`.
    ///
    /// Any move is allowed (an issue may be reopened) except to the same status, and except to
    /// `customer-informed` before the issue is resolved: the customer is told a result.
    public func allowsChange(to next: IssueStatus) -> Bool {
        guard next != self else { return false }
        return next != .customerInformed || self == .resolved
    }

    /// The order of the statuses: open 0 … customer informed 3.
    public var rank: Int {
        switch self {
        case .open: 0
        case .inProgress: 1
        case .resolved: 2
        case .customerInformed: 3
        }
    }
}
