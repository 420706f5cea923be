import Foundation
import GRDB

/// A row of `visitLogDraft`: a visit log still being written, one per salesperson and account.
/// `content` is JSON of `VisitLogContent`, `issues` JSON of `[NewFollowUp]`.
struct VisitLogDraftRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "visitLogDraft"
    /// The log's id, made when `/log` began.
    var uuid: String

    var salesperson: String
    var accountId: String
    var step: Int
    var phase: String
    var content: String
    var issues: String
    var startedAt: Date
    var savedAt: Date
    /// The window that writes the draft (migration "v7-draft-window"); nil for older drafts.
    var window: String?

    enum Columns {
        static let salesperson = Column(CodingKeys.salesperson)
        static let accountId = Column(CodingKeys.accountId)
        static let window = Column(CodingKeys.window)
    }
}
