/// An issue the customer raised at a visit, to be followed up until the customer is told the result.
public struct NewFollowUp: Sendable, Hashable, Codable {
    public var text: String
    /// The department it was passed to.
    public var department: String?
    /// The day it should be settled by, `YYYY-MM-DD`.
    public var due: String?
    /// Who follows it up; nil for the visitor.
    public var owner: String?
    /// Its id; nil lets the store give it the id derived from the log's (`RecordID.followUp`).
    public var uuid: String?

    public init(text: String, department: String? = nil, due: String? = nil, owner: String? = nil, uuid: String? = nil) {
        self.uuid = uuid
        self.text = text
        self.department = department
        self.due = due
        self.owner = owner
    }
}
