/// An issue the customer raised at a visit, to be followed up until the customer is told the result.
public struct NewFollowUp: Sendable, Hashable, Codable {
    public var text: String
    /// The department it was passed to.
    public var department: String?
    /// The day it should be settled by, `YYYY-MM-DD`.
    public var due: String?
    /// Who follows it up; nil for the visitor.
    public var owner: String?

    public init(text: String, department: String? = nil, due: String? = nil, owner: String? = nil) {
        self.text = text
        self.department = department
        self.due = due
        self.owner = owner
    }
}
