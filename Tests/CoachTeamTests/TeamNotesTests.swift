import CoachApp
import CoachCore
import CoachEngine
import CoachStore
import CoachTestSupport
import Foundation
import Testing

/// The overlap line and colleagues' open follow-ups at /open, /prep and /log (no server needed:
/// the store is joined and holds a colleague's synced log).
@Suite struct TeamNotesTests {
    /// A store joined as 王芳 (role wangfang), with 李明's visit and follow-up as a sync brings them.
    static func joinedStore() throws -> CoachDatabase {
        let store = try Fixtures.demoStore()
        _ = try store.joinTeam(
            server: "postgres://wangfang@db.example.com/coach", role: "wangfang", team: "east", displayName: "王芳",
            isManager: false, at: Fixtures.now)
        try store.saveTeamMembers([
            TeamMember(role: "liming", displayName: "李明", isManager: false),
            TeamMember(role: "wangfang", displayName: "王芳", isManager: false),
        ])
        _ = try store.recordVisit(NewVisitLog(
            uuid: UUID().uuidString.lowercased(), accountID: "east-post", visitor: "liming", at: Fixtures.now,
            content: VisitLogContent(visitDate: "2026-11-20", peopleMet: ["王建國"], discussed: "年度宣傳計劃"),
            issues: [NewFollowUp(text: "月結帳單對不上", due: "2026-11-30")]))
        return store
    }

    static func shown(_ store: CoachDatabase, _ lines: [String], language: Language = .en, salesperson: String = "王芳") -> String {
        var environment = Fixtures.environment(database: store)
        environment.salesperson = salesperson
        var chat = Conversation(environment: environment, language: language)
        var shown: [String] = []
        for line in lines {
            for case .text(let text, _) in chat.handle(line, now: Fixtures.now) { shown.append(text) }
        }
        return shown.joined(separator: "\n")
    }

    @Test(arguments: ["/open east-post", "/prep east-post", "/log east-post"])
    func showsAColleaguesVisitAndOpenFollowUp(_ command: String) throws {
        let text = Self.shown(try Self.joinedStore(), [command])
        #expect(text.contains("李明 visited 王建國 on 11-20 (log #1)."))
        #expect(text.contains("李明's open follow-up #1: 月結帳單對不上 (due 11-30)"))
    }

    @Test(arguments: [
        (Language.zhHans, "李明 11-20 拜访了 王建國（记录 #1）。", "李明 的未结跟进事项 #1：月結帳單對不上（截止 11-30）"),
        (Language.zhHant, "李明 11-20 走訪了 王建國（記錄 #1）。", "李明 的未結追蹤事項 #1：月結帳單對不上（期限 11-30）"),
    ])
    func saysItInChinese(_ language: Language, _ visit: String, _ followUp: String) throws {
        let text = Self.shown(try Self.joinedStore(), ["/open east-post"], language: language)
        #expect(text.contains(visit))
        #expect(text.contains(followUp))
    }

    @Test func ownVisitsAreNotAnOverlap() throws {
        let store = try Self.joinedStore()
        // 李明 at a colleague's laptop (coached by his display name): his log, under his role, is
        // his own, not a colleague's.
        let text = Self.shown(store, ["/open east-post"], salesperson: "李明")
        #expect(!text.contains("visited 王建國"))
        #expect(!text.contains("open follow-up"))
    }

    @Test func aClosedFollowUpIsNotShown() throws {
        let store = try Self.joinedStore()
        let followUp = try #require(try store.followUps().first)
        _ = try store.updateFollowUp(String(followUp.number), FollowUpUpdate(status: .resolved), day: "2026-11-22", by: "liming", at: Fixtures.now)
        _ = try store.updateFollowUp(String(followUp.number), FollowUpUpdate(status: .customerInformed), day: "2026-11-23", by: "liming", at: Fixtures.now)
        let text = Self.shown(store, ["/open east-post"])
        #expect(text.contains("李明 visited 王建國"))
        #expect(!text.contains("open follow-up"))
    }

    @Test func withoutATeamNothingChanges() throws {
        let store = try Fixtures.demoStore()
        _ = try store.recordVisit(NewVisitLog(
            uuid: UUID().uuidString.lowercased(), accountID: "east-post", visitor: "someone", at: Fixtures.now,
            content: VisitLogContent(visitDate: "2026-11-20", peopleMet: ["王建國"])))
        #expect(!Self.shown(store, ["/open east-post"]).contains("visited 王建國"))
    }
}
