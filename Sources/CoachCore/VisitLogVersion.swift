public import Foundation

/// One version of a visit log's content: the first as logged, then one per edit.
public struct VisitLogVersion: Sendable, Hashable, Codable {
    public var version: Int
    public var content: VisitLogContent
    public var editedAt: Date
    public var editedBy: String

    public init(version: Int, content: VisitLogContent, editedAt: Date, editedBy: String) {
        self.version = version
        self.content = content
        self.editedAt = editedAt
        self.editedBy = editedBy
    }
}
