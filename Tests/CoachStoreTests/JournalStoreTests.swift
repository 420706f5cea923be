import CoachCore
@testable import CoachStore
import Foundation
import Testing

/// The visit journal in an in-memory store: logs and their versions, follow-ups and their status
/// history, verification, comments, the review list, and moving data between stores.
@Suite struct JournalStoreTests {
    static let account = Account(
        id: "east-post", name: "華東郵政分公司", owner: "李明",
        people: [
            Person(name: "王建國", role: .decisionMaker, met: false),
            Person(name: "陳志明", role: .technical, met: true),
        ])
    static let start = Date(timeIntervalSince1970: 1_793_664_000)  // 2026-11-03 00:00 UTC
    static func day(_ offset: Int) -> Date { start.addingTimeInterval(Double(offset) * 86_400) }
    static let utc = TimeZone(identifier: "UTC")!

    func store() throws -> CoachDatabase {
        let store = try CoachDatabase.inMemory()
        _ = try store.importAccount(Self.account, source: "east-post.yaml", by: "test", at: Self.start)
        return store
    }

    func visit(_ id: String, date: String = "2026-11-03", visitor: String = "李明", issues: [NewFollowUp] = []) -> NewVisitLog {
        NewVisitLog(
            uuid: id, accountID: "east-post", visitor: visitor, at: Self.start,
            content: VisitLogContent(
                visitDate: date, peopleMet: ["陳志明"], discussed: "年度宣傳計劃", opinions: "希望有分區報表",
                commitments: "下週送樣本", findings: [OutlineFinding(question: "預算誰定？", learnt: "總經理")]),
            issues: issues)
    }

    @Test func aVisitIsStoredAsVersionOneWithAFollowUpPerIssueOwnedByTheVisitor() throws {
        let store = try store()
        let saved = try store.recordVisit(visit("v1", issues: [
            NewFollowUp(text: "月結帳單對不上", department: "財務部", due: "2026-11-17"),
            NewFollowUp(text: "分區報表", owner: "林美玲"),
        ]))
        #expect(saved.isNew)
        #expect(saved.log.number == 1)
        #expect(saved.log.version == 1)
        #expect(saved.log.content.discussed == "年度宣傳計劃")
        #expect(saved.followUps.map(\.owner) == ["李明", "林美玲"])
        let log = RecordID.normalized("v1", kind: .log)
        #expect(saved.log.uuid == log)
        #expect(saved.followUps.map(\.uuid) == [RecordID.followUp(log: log, index: 1), RecordID.followUp(log: log, index: 2)])
        #expect(try store.followUp("v1#2")?.owner == "林美玲")
        #expect(saved.followUps.allSatisfy { $0.status == .open && $0.raised == "2026-11-03" && $0.logUUID == log })
        #expect(saved.followUps[0].history.map(\.status) == [.open])
        #expect(saved.followUps[0].department == "財務部")
        #expect(saved.followUps[1].deadline(overdueDays: 30) == "2026-12-03")
    }

    @Test func storingTheSameLogIdAgainChangesNothing() throws {
        let store = try store()
        _ = try store.recordVisit(visit("same", issues: [NewFollowUp(text: "一個問題")]))
        let again = try store.recordVisit(visit("same", issues: [NewFollowUp(text: "一個問題")]))
        #expect(!again.isNew)
        #expect(try store.visitLogs().count == 1)
        #expect(try store.followUps().count == 1)
    }

    @Test func aLogForAnUnknownAccountOrWithAnInvalidDateIsRefused() throws {
        let store = try store()
        var unknown = visit("x")
        unknown.accountID = "nowhere"
        #expect(throws: StoreError.unknownAccount(id: "nowhere", known: ["east-post"])) { try store.recordVisit(unknown) }
        #expect(throws: StoreError.journal(.invalidDay(field: "visit date", value: "2026-11-31"))) {
            try store.recordVisit(visit("y", date: "2026-11-31"))
        }
    }

    @Test func editingKeepsEveryEarlierVersionAndAVerifiedOneStaysVerified() throws {
        let store = try store()
        let saved = try store.recordVisit(visit("v"))
        let verification = try store.verify(kind: .log, id: "1", by: "王經理", comment: "很好", at: Self.day(2))
        #expect(verification.entryID == saved.log.uuid)
        #expect(verification.entryVersion == 1)

        var content = saved.log.content
        content.discussed = "年度宣傳計劃與報表"
        let edited = try store.editVisitLog("1", content: content, by: "李明", at: Self.day(3))
        #expect(edited.changed)
        #expect(edited.log.version == 2)
        #expect(edited.verifiedVersion == 1)
        let unchanged = try store.editVisitLog("v", content: content, by: "李明", at: Self.day(4))
        #expect(!unchanged.changed)

        let detail = try #require(try store.visitLogDetail("1"))
        #expect(detail.versions.map(\.version) == [1, 2])
        #expect(detail.versions[0].content.discussed == "年度宣傳計劃")
        #expect(detail.versions[1].content.discussed == "年度宣傳計劃與報表")
        #expect(detail.verifications.map(\.entryVersion) == [1])
        let entry = try #require(try store.reviewEntries().first)
        #expect(entry.editedSinceVerified)
    }

    @Test func aFollowUpMovesOnAndIsClosedOnlyOnceTheCustomerIsInformed() throws {
        let store = try store()
        _ = try store.recordVisit(visit("v", issues: [NewFollowUp(text: "帳單", due: "2026-11-17")]))
        #expect(throws: StoreError.journal(.statusNotAllowed(followUp: 1, from: .open, to: .customerInformed))) {
            try store.updateFollowUp("1", FollowUpUpdate(status: .customerInformed), day: "2026-11-05", by: "李明", at: Self.day(2))
        }
        _ = try store.updateFollowUp("1", FollowUpUpdate(status: .inProgress, department: "財務部"), day: "2026-11-05", by: "李明", at: Self.day(2))
        _ = try store.updateFollowUp("v#1", FollowUpUpdate(status: .resolved), day: "2026-11-12", by: "李明", at: Self.day(9))
        #expect(try store.followUps(includeClosed: false).count == 1)
        let closed = try store.updateFollowUp("1", FollowUpUpdate(status: .customerInformed, due: ""), day: "2026-11-14", by: "李明", at: Self.day(11))
        #expect(closed.status.isClosed)
        #expect(closed.department == "財務部")
        #expect(closed.due == nil)
        #expect(closed.history.map(\.status) == [.open, .inProgress, .resolved, .customerInformed])
        #expect(closed.history.map(\.day) == ["2026-11-03", "2026-11-05", "2026-11-12", "2026-11-14"])
        #expect(closed.days(to: .resolved) == 9)
        #expect(closed.days(to: .customerInformed) == 11)
        #expect(closed.status(on: DayNumber("2026-11-13")!) == .resolved)
        #expect(try store.followUps(includeClosed: false).isEmpty)
        #expect(try store.followUps(owner: "李明").count == 1)
        #expect(try store.followUps(owner: "Dana Lee").isEmpty)
    }

    @Test func onlyAFinishedSessionCanBeVerified() throws {
        let store = try store()
        try store.startSession(key: "east-post@1", accountID: "east-post", accountVersion: 1, salesperson: "李明", language: "zh-Hant", at: Self.day(0))
        #expect(throws: StoreError.journal(.sessionNotFinished(key: "east-post@1", status: "in-progress"))) {
            try store.verify(kind: .session, id: "1", by: "王經理", comment: "好", at: Self.day(1))
        }
        try store.finishSession(key: "east-post@1", flags: [], strategies: [], outline: [], at: Self.day(0))
        let verification = try store.verify(kind: .session, id: "1", by: "王經理", comment: "準備充分", at: Self.day(1))
        #expect(verification.entryID == "east-post@1")
        #expect(verification.entryVersion == nil)
        #expect(try store.sessionSnapshot("east-post@1")?.verifications.map(\.comment) == ["準備充分"])
        #expect(throws: StoreError.journal(.unknownSession("9"))) {
            try store.verify(kind: .session, id: "9", by: "王經理", comment: "?", at: Self.day(1))
        }
    }

    @Test func commentsReachTheSalespersonOnceAndAreThenRead() throws {
        let store = try store()
        _ = try store.recordVisit(visit("li"))
        _ = try store.recordVisit(visit("dana", visitor: "Dana Lee"))
        _ = try store.verify(kind: .log, id: "li", by: "王經理", comment: "請約王總", at: Self.day(2))
        _ = try store.verify(kind: .log, id: "dana", by: "王經理", comment: "Good", at: Self.day(2))
        _ = try store.verify(kind: .log, id: "li", by: "王經理", comment: "", at: Self.day(3))
        let unread = try store.comments(for: "李明", unreadOnly: true, timeZone: Self.utc)
        #expect(unread.map(\.verification.comment) == ["請約王總"])
        #expect(unread.first?.entry.number == 1)
        try store.markCommentsRead(unread.map(\.verification.uuid), at: Self.day(4))
        #expect(try store.comments(for: "李明", unreadOnly: true, timeZone: Self.utc).isEmpty)
        #expect(try store.comments(for: "李明", unreadOnly: false, timeZone: Self.utc).first?.verification.readAt == Self.day(4))
        #expect(try store.comments(for: "Dana Lee", unreadOnly: true, timeZone: Self.utc).count == 1)
    }

    @Test func theReviewListFiltersByPeriodAndPersonAndListsSessionsWithLogs() throws {
        let store = try store()
        _ = try store.recordVisit(visit("a", date: "2026-11-03"))
        _ = try store.recordVisit(visit("b", date: "2026-10-30"))
        _ = try store.recordVisit(visit("c", date: "2026-11-20", visitor: "Dana Lee"))
        try store.startSession(key: "s", accountID: "east-post", accountVersion: 1, salesperson: "李明", language: "en", at: Self.day(1))
        let november = DayRange.parse("2026-11", today: DayNumber("2026-11-29")!)
        let entries = try store.reviewEntries(days: november, who: "李明", timeZone: Self.utc)
        #expect(entries.map { "\($0.kind.rawValue) \($0.id) \($0.day)" } == [
            "log \(RecordID.normalized("a", kind: .log)) 2026-11-03", "session s 2026-11-04",
        ])
        #expect(try store.reviewEntries(days: november, timeZone: Self.utc).count == 3)
        #expect(try store.visitLogs(JournalQuery(visitor: "李明", days: november)).map(\.uuid) == [RecordID.normalized("a", kind: .log)])
    }

    @Test func anExportImportedTwiceIntoAnotherStoreAddsEverythingOnceAndThenNothing() throws {
        let source = try store()
        _ = try source.recordVisit(visit("v", issues: [NewFollowUp(text: "帳單")]))
        _ = try source.updateFollowUp("1", FollowUpUpdate(status: .resolved), day: "2026-11-05", by: "李明", at: Self.day(2))
        _ = try source.verify(kind: .log, id: "1", by: "王經理", comment: "好", at: Self.day(3))
        try source.startSession(key: "s", accountID: "east-post", accountVersion: 1, salesperson: "李明", language: "en", at: Self.day(1))
        try source.recordAnswer(sessionKey: "s", answer: PrepAnswer(questionID: "q1b", value: .yes), position: 1, at: Self.day(1))
        let items = try source.exchangeItems(timeZone: Self.utc)
        #expect(items.map(\.type) == ["account-version", "session", "log", "follow-up", "verification"])

        let target = try CoachDatabase.inMemory()
        let first = try items.map { try target.importExchangeItem(ExchangeItem.parse(try $0.jsonLine())) }
        #expect(first.allSatisfy { $0 == .added })
        let second = try items.map { try target.importExchangeItem(ExchangeItem.parse(try $0.jsonLine())) }
        #expect(second.allSatisfy { $0 == .unchanged })
        #expect(try target.account(id: "east-post") == Self.account)
        #expect(try target.visitLogDetail("v")?.log.content == (try source.visitLogDetail("v")?.log.content))
        #expect(try target.followUp("v#1")?.status == .resolved)
        #expect(try target.followUp("v#1")?.history.count == 2)
        #expect(try target.sessionSnapshot("s")?.answers.count == 1)
        #expect(try target.verifications(kind: .log, entryID: RecordID.normalized("v", kind: .log)).count == 1)
    }
}
