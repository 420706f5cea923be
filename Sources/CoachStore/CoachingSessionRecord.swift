import Foundation
import GRDB

/// A row of `coachingSession`: one /prep session.
struct CoachingSessionRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "coachingSession"

    var key: String
    var accountId: String
    var accountVersion: Int?
    var salesperson: String
    var language: String
    var status: String
    var position: Int
    var startedAt: Date
    var updatedAt: Date
    var finishedAt: Date?
    var flags: String?
    var strategies: String?
    var outline: String?
    /// Why it was last paused (`PauseReason`'s raw value), since "v9-pause-reason".
    var pausedBy: String? = nil

    enum Columns {
        static let key = Column(CodingKeys.key)
        static let accountId = Column(CodingKeys.accountId)
        static let status = Column(CodingKeys.status)
        static let salesperson = Column(CodingKeys.salesperson)
        static let startedAt = Column(CodingKeys.startedAt)
        static let updatedAt = Column(CodingKeys.updatedAt)
    }
}

extension DerivableRequest<CoachingSessionRecord> {
    /// Sessions that can be resumed: neither finished nor cancelled.
    func resumable() -> Self {
        filter([SessionStatus.inProgress.rawValue, SessionStatus.paused.rawValue].contains(CoachingSessionRecord.Columns.status))
    }

    func newestFirst() -> Self {
        order(CoachingSessionRecord.Columns.updatedAt.desc, CoachingSessionRecord.Columns.startedAt.desc)
    }
}

/// A row of `sessionAnswer`: the latest answer to one sub-question, committed when given.
struct SessionAnswerRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "sessionAnswer"

    var sessionKey: String
    var questionId: String
    var answer: String
    var answeredAt: Date

    enum Columns {
        static let sessionKey = Column(CodingKeys.sessionKey)
        static let answeredAt = Column(CodingKeys.answeredAt)
    }
}
