/// Changes to a follow-up (`coach followups set`, `/followups N …`, the store): nil leaves a field
/// as it is, an empty string clears department or due.
public struct FollowUpUpdate: Sendable, Hashable {
    public var status: IssueStatus?
    public var department: String?
    public var due: String?
    public var owner: String?

    public init(status: IssueStatus? = nil, department: String? = nil, due: String? = nil, owner: String? = nil) {
        self.status = status
        self.department = department
        self.due = due
        self.owner = owner
    }
}
