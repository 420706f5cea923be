import CoachApp
import CoachCore
import CoachStore
import CoachTeam
import CoachTestSupport
import Foundation
import Testing

/// `coach sync` between three stores and one real PostgreSQL.
@Suite(.enabled(if: PostgresTestServer.isAvailable, "needs a PostgreSQL server (initdb); see the note on standard error"))
struct TeamSyncTests {
    /// Two salespeople and a manager of one team, each with their own store.
    struct Team: @unchecked Sendable {
        let fixture: TeamFixture
        let liming: String, wangfang: String, chen: String
        let stores: [String: CoachDatabase]

        init() throws {
            fixture = try TeamFixture()
            liming = try fixture.add("liming", displayName: "李明")
            wangfang = try fixture.add("wangfang", displayName: "王芳")
            chen = try fixture.add("chen", displayName: "陳經理", manager: true)
            stores = [
                liming: try fixture.store(joining: liming),
                wangfang: try fixture.store(joining: wangfang),
                chen: try fixture.store(joining: chen),
            ]
        }

        subscript(role: String) -> CoachDatabase { stores[role]! }

        var roles: [String] { [liming, wangfang, chen] }

        func serverCount(_ kind: String) throws -> Int {
            Int(try fixture.admin().query("SELECT count(*) AS n FROM coach.record WHERE kind = $1", [kind]).first?["n"] ?? "") ?? -1
        }
    }

    /// Every store's visit logs, as sorted uuids (a duplicate would show twice).
    static func logIDs(_ store: CoachDatabase) throws -> [String] {
        try store.visitLogs().map { $0.uuid.lowercased() }.sorted()
    }

    @Test func everyRecordArrivesExactlyOnceInEveryStore() throws {
        let team = try Team()
        _ = try team[team.liming].importAccount(Fixtures.demoAccount("east-post"), source: "east-post.yaml", by: team.liming, at: Fixtures.now)
        for role in team.roles { try team.fixture.sync(team[role], as: role) }
        var expected: [String] = []
        for day in 1...3 {
            expected.append(try team[team.liming].logVisit("east-post", by: "李明", on: "2026-11-0\(day)", "liming \(day)", issue: "issue \(day)").log.uuid)
            expected.append(try team[team.wangfang].logVisit("east-post", by: "王芳", on: "2026-11-1\(day)", "wangfang \(day)").log.uuid)
        }
        expected.append(try team[team.chen].logVisit("east-post", by: "陳經理", on: "2026-11-20", "manager").log.uuid)
        // Two rounds, so what one pushed in the first is pulled by the others in the second.
        for _ in 0..<2 { for role in team.roles { try team.fixture.sync(team[role], as: role, batchSize: 2) } }
        for role in team.roles {
            #expect(try Self.logIDs(team[role]) == expected.map { $0.lowercased() }.sorted(), "store of \(role)")
            #expect(try team[role].followUps().count == 3, "store of \(role)")
            #expect(try team[role].history(id: "east-post").count == 1, "store of \(role)")
            #expect(try team[role].pendingSyncCount() == 0)
        }
        #expect(try team.serverCount("log") == 7)
        #expect(try team.serverCount("follow-up") == 3)
        // A third round moves nothing.
        for role in team.roles {
            let report = try team.fixture.sync(team[role], as: role)
            #expect(report.pushedCount == 0 && report.pulledCount == 0, "sync of \(role): \(report)")
        }
    }

    @Test func syncingAtTheSameMomentLosesAndDuplicatesNothing() throws {
        let team = try Team()
        _ = try team[team.chen].importAccount(Fixtures.demoAccount("east-post"), source: "east-post.yaml", by: team.chen, at: Fixtures.now)
        for role in [team.chen, team.liming, team.wangfang] { try team.fixture.sync(team[role], as: role) }
        let names = [team.liming: "李明", team.wangfang: "王芳", team.chen: "陳經理"]
        var expected = Set<String>()
        for round in 0..<3 {
            for role in team.roles {
                for n in 0..<5 {
                    let log = try team[role].logVisit("east-post", by: names[role]!, on: "2026-11-1\(round)", "\(role) \(round) \(n)", issue: "follow \(n)")
                    expected.insert(log.log.uuid.lowercased())
                }
            }
            // All three at once, in small batches so their transactions interleave.
            let failures = Failures()
            DispatchQueue.concurrentPerform(iterations: team.roles.count) { index in
                let role = team.roles[index]
                do { try team.fixture.sync(team[role], as: role, batchSize: 3) } catch { failures.add("\(role): \(error)") }
            }
            #expect(failures.all.isEmpty)
        }
        for role in team.roles { try team.fixture.sync(team[role], as: role) }
        for role in team.roles {
            #expect(try Self.logIDs(team[role]) == expected.sorted(), "store of \(role)")
            #expect(try team[role].followUps().count == expected.count, "store of \(role)")
        }
        #expect(try team.serverCount("log") == expected.count)
    }

    @Test func aConnectionDroppedMidSyncLosesNothingAndTheNextSyncCompletes() throws {
        let team = try Team()
        let store = team[team.liming]
        _ = try store.importAccount(Fixtures.demoAccount("east-post"), source: "east-post.yaml", by: team.liming, at: Fixtures.now)
        var expected: [String] = []
        for n in 0..<10 {
            expected.append(try store.logVisit("east-post", by: "李明", on: "2026-11-05", "visit \(n)", issue: "issue \(n)").log.uuid.lowercased())
        }
        let admin = try team.fixture.admin()
        // The server ends the connection after the second pushed batch.
        let connection = try team.fixture.connect(team.liming)
        let pid = connection.backendPID
        var sync = TeamSync(batchSize: 4)
        sync.afterBatch = { direction, batch in
            if direction == .push, batch == 2 { try admin.execute("SELECT pg_terminate_backend($1)", [String(pid)]) }
        }
        #expect(throws: TeamError.self) { try sync.run(store: store, connection: connection, now: Fixtures.now) }
        #expect(try store.pendingSyncCount() > 0)
        let report = try team.fixture.sync(store, as: team.liming, batchSize: 4)
        #expect(report.skipped.isEmpty)
        #expect(try store.pendingSyncCount() == 0)
        #expect(try team.serverCount("log") == 10)
        #expect(try team.serverCount("follow-up") == 10)

        // A colleague's pull dropped after its first batch: the cursor stayed with what was
        // stored, and the next pull brings the rest, each once.
        let other = team[team.wangfang]
        let second = try team.fixture.connect(team.wangfang)
        let secondPID = second.backendPID
        var pull = TeamSync(batchSize: 5)
        pull.afterBatch = { direction, batch in
            if direction == .pull, batch == 1 { try admin.execute("SELECT pg_terminate_backend($1)", [String(secondPID)]) }
        }
        #expect(throws: TeamError.self) { try pull.run(store: other, connection: second, now: Fixtures.now) }
        let partial = try Self.logIDs(other).count
        #expect(partial < 10)
        try team.fixture.sync(other, as: team.wangfang, batchSize: 5)
        #expect(try Self.logIDs(other) == expected.sorted())
        #expect(try other.followUps().count == 10)
    }

    @Test func concurrentEditsOfOneAccountBothSurviveAsVersions() throws {
        let team = try Team()
        var account = Fixtures.demoAccount("east-post")
        _ = try team[team.liming].importAccount(account, source: "east-post.yaml", by: team.liming, at: Fixtures.now)
        try team.fixture.sync(team[team.liming], as: team.liming)
        try team.fixture.sync(team[team.wangfang], as: team.wangfang)
        // Both edit version 1 before seeing the other's edit.
        account.industry = "李明: budget approved"
        _ = try team[team.liming].importAccount(account, source: "edit", by: team.liming, at: Fixtures.now)
        account.industry = "王芳: budget frozen"
        _ = try team[team.wangfang].importAccount(account, source: "edit", by: team.wangfang, at: Fixtures.now)
        for _ in 0..<2 { for role in [team.liming, team.wangfang] { try team.fixture.sync(team[role], as: role) } }
        for role in [team.liming, team.wangfang] {
            let notes = try (1...3).compactMap { try team[role].account(id: "east-post", version: $0)?.industry }
            #expect(notes.count == 3, "store of \(role)")
            #expect(Set(notes).isSuperset(of: ["李明: budget approved", "王芳: budget frozen"]), "store of \(role)")
        }
        #expect(try team.serverCount("account-version") == 3)
    }

    @Test func aManagersVerificationReachesTheSalespersonAndAColleaguesLogIsNotPushedBack() throws {
        let team = try Team()
        _ = try team[team.liming].importAccount(Fixtures.demoAccount("east-post"), source: "east-post.yaml", by: team.liming, at: Fixtures.now)
        let log = try team[team.liming].logVisit("east-post", by: "李明", on: "2026-11-20", "年度宣傳計劃").log
        try team.fixture.sync(team[team.liming], as: team.liming)
        try team.fixture.sync(team[team.chen], as: team.chen)
        _ = try team[team.chen].verify(kind: .log, id: log.uuid, by: team.chen, comment: "已核實", at: Fixtures.now)
        let managerReport = try team.fixture.sync(team[team.chen], as: team.chen)
        #expect(managerReport.pushed["verification"] == 1)
        #expect(managerReport.skipped.isEmpty)
        try team.fixture.sync(team[team.liming], as: team.liming)
        let verifications = try team[team.liming].verifications(kind: .log, entryID: log.uuid)
        #expect(verifications.map(\.comment) == ["已核實"])
        // 王芳 pulled 李明's log; she never sends it as hers.
        try team.fixture.sync(team[team.wangfang], as: team.wangfang)
        #expect(try team[team.wangfang].pendingSyncCount() == 0)
    }
}

extension TeamSyncTests {
    @Test func theManagersReportCountsTheWholeTeamAfterASync() throws {
        let team = try Team()
        _ = try team[team.liming].importAccount(Fixtures.demoAccount("east-post"), source: "east-post.yaml", by: team.liming, at: Fixtures.now)
        for role in team.roles { try team.fixture.sync(team[role], as: role) }
        for n in 1...3 { try team[team.liming].logVisit("east-post", by: "李明", on: "2026-11-0\(n)", "visit \(n)") }
        try team[team.wangfang].logVisit("east-post", by: "王芳", on: "2026-11-12", "billing")
        for role in team.roles { try team.fixture.sync(team[role], as: role) }
        let days = try #require(DayRange.parse("2026-11", today: DayNumber(Fixtures.now, in: Fixtures.utc)))
        let report = try JournalReport.build(
            database: team[team.chen], days: days, who: nil, today: DayNumber(Fixtures.now, in: Fixtures.utc), selfChecks: [],
            timeZone: Fixtures.utc)
        #expect(report.visitsBySalesperson.map { "\($0.salesperson) \($0.count)" } == ["李明 3", "王芳 1"])
        // A salesperson's own store holds the colleague's visits too (shared account), so the
        // overlap can be seen, but the report is the manager's.
        #expect(try team[team.wangfang].visitLogs().count == 4)
    }
}

extension TeamSyncTests {
    /// 李明's lessons, quiz answers and drills; a colleague's store never gets them.
    @Test func trainingProgressGoesUpAndReachesTheManagerOnly() throws {
        let team = try Team()
        let store = team[team.liming]
        let monday = Fixtures.now
        try store.completeLesson(LessonCompletion(trainee: "李明", course: "method", lessonID: "lesson.1.first", correct: 2, questions: 3, at: monday))
        let attempt = QuizAttempt(
            trainee: "李明", itemID: "role.coach.basics#1", ruleID: "role.coach.basics", topic: "role.coach", kind: .situation,
            correct: false, retry: false, source: .quiz, at: monday)
        try store.recordQuizAnswer(attempt, review: Leitner.review(nil, itemID: attempt.itemID, correct: false, today: "2026-11-29"))
        try store.recordDrill(DrillResult(
            trainee: "李明", accountID: "east-post", flags: SetScore(expected: 5, chosen: 4, hits: 3),
            strategies: SetScore(expected: 4, chosen: 3, hits: 2), percent: 62, at: monday))
        // Someone else's lesson done on this laptop stays here.
        try store.completeLesson(LessonCompletion(trainee: "guest", course: "method", lessonID: "lesson.1.first", correct: 1, questions: 3, at: monday))
        let up = try team.fixture.sync(store, as: team.liming)
        #expect(up.pushed["lesson"] == 1 && up.pushed["quiz-answer"] == 1 && up.pushed["drill"] == 1, "\(up)")
        #expect(up.skipped.map(\.kind) == ["lesson"])
        for role in [team.chen, team.wangfang] { try team.fixture.sync(team[role], as: role) }
        let managers = try team[team.chen].trainingRecords(trainee: "李明")
        #expect(managers.lessons.map(\.lessonID) == ["lesson.1.first"])
        #expect(managers.attempts.map(\.correct) == [false])
        #expect(managers.drills.map(\.percent) == [62])
        #expect(try team[team.chen].trainees() == ["李明"])
        #expect(try team[team.wangfang].trainees().isEmpty)
        // Sent again (a second sync, or the manager's own), nothing doubles.
        for role in team.roles { try team.fixture.sync(team[role], as: role) }
        #expect(try team[team.chen].trainingRecords(trainee: "李明").attempts.count == 1)
        #expect(try team.serverCount("lesson") == 1)
        // A colleague cannot write training in 李明's name.
        #expect(throws: TeamError.self) {
            try team.fixture.connect(team.wangfang).execute(
                """
                INSERT INTO coach.record (id, kind, team, owner, account, payload, seq, pushed_at)
                VALUES (gen_random_uuid(), 'lesson', 'east', current_user, '', '{"trainee": "李明"}', 0, now())
                """)
        }
    }
}

/// Errors collected from concurrent work.
final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    func add(_ item: String) { lock.lock(); items.append(item); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return items }
}

extension TeamSyncTests {
    /// The first sync pulls from the start (a new laptop gets its own records back): what this
    /// store has just pushed comes back unchanged.
    @Test func theFirstSyncDoesNotBringBackWhatItJustSent() throws {
        let team = try Team()
        let store = team[team.liming]
        _ = try store.importAccount(Fixtures.demoAccount("east-post"), source: "east-post.yaml", by: team.liming, at: Fixtures.now)
        // A clock with sub-millisecond digits, as a live one has (the JSON keeps milliseconds).
        _ = try store.recordVisit(NewVisitLog(
            uuid: UUID().uuidString.lowercased(), accountID: "east-post", visitor: "李明", at: Fixtures.now.addingTimeInterval(0.123456),
            content: VisitLogContent(visitDate: "2026-11-20", peopleMet: ["王建國"], discussed: "年度宣傳計劃"),
            issues: [NewFollowUp(text: "月結帳單對不上", due: "2026-12-20")]))
        let before = try store.followUps().map { "\($0.number) \($0.status) \($0.history.count) \($0.updatedAt)" }
        let report = try team.fixture.sync(store, as: team.liming)
        #expect(report.pulledCount == 0, "\(report.pulled)")
        #expect(try store.followUps().map { "\($0.number) \($0.status) \($0.history.count) \($0.updatedAt)" } == before)
        #expect(try store.pendingSyncCount() == 0)
    }
}
