import CoachCore
import CoachStore
import CoachTeam
import CoachTestSupport
import Foundation
import Testing

/// The REPL's background sync: it never holds up the prompt, says how it went in one line between
/// turns, and the coach works as before when the server cannot be reached.
@Suite struct BackgroundSyncTests {
    /// A URL nobody answers at: a port the kernel just handed out and nobody listens on.
    static func unreachableURL() throws -> String {
        "postgresql://liming@127.0.0.1:\(try PostgresTestServer.freePort())/coach?sslmode=disable"
    }

    /// A store file in a demo home, joined to `server` as 李明 (no connection made).
    static func joinedHome(server: String, role: String = "liming", displayName: String = "李明")
        throws -> (store: String, environment: [String: String]) {
        let (_, store, environment) = try CoachBinary.demoHome(user: role)
        _ = try CoachDatabase.open(path: store).joinTeam(
            server: server, role: role, team: "east", displayName: displayName, isManager: false, at: Fixtures.now)
        return (store, environment)
    }

    /// The terminal's text as lines, without escape sequences and carriage returns.
    static func screenLines(_ text: String) -> [String] {
        text.replacingOccurrences(of: "\u{1B}\\[[0-9;?]*[A-Za-z]", with: "", options: .regularExpression)
            .replacingOccurrences(of: "\r", with: "")
            .components(separatedBy: "\n")
    }

    @Test func anUnreachableServerIsOfflineAndSaidOnce() throws {
        let store = try CoachDatabase.inMemory()
        _ = try store.joinTeam(
            server: try Self.unreachableURL(), role: "liming", team: "east", displayName: "李明", isManager: false, at: Fixtures.now)
        let started = BackgroundSync.start(store: store, now: { Fixtures.now })
        let sync = try #require(started)
        let outcome = try #require(sync.finish(waiting: true))
        guard case .offline = outcome else {
            Issue.record("expected offline, got \(outcome)")
            return
        }
        #expect(sync.take() == nil)
        #expect(sync.finish(waiting: true) == nil)
        #expect(try store.teamMembership()?.lastSyncAt == nil)
    }

    @Test func withoutATeamNothingStarts() throws {
        let started = BackgroundSync.start(store: try CoachDatabase.inMemory(), now: { Fixtures.now })
        #expect(started == nil)
    }

    @Test(arguments: [
        (Language.en, "team server not reachable, working offline", "synced with the team: 3 down, 1 up"),
        (Language.zhHans, "连不上团队服务器，离线工作", "已与团队同步：下载 3 条，上传 1 条"),
        (Language.zhHant, "連不上團隊伺服器，離線工作", "已與團隊同步：下載 3 筆，上傳 1 筆"),
    ])
    func saysItInTheUsersLanguage(_ language: Language, _ offline: String, _ synced: String) {
        let unreachable = BackgroundSync.Outcome.offline(.cannotConnect(server: "postgresql://liming@db/coach", reason: "refused"))
        #expect(unreachable.message(language) == offline)
        var report = SyncReport(server: "postgresql://liming@db/coach", role: "liming", team: "east")
        report.pulled = ["log": 2, "follow-up": 1]
        report.pushed = ["log": 1]
        #expect(BackgroundSync.Outcome.synced(report).message(language) == synced)
    }

    @Test func aStoppedSyncSaysWhyInTheUsersLanguage() {
        let old = BackgroundSync.Outcome.stopped(.schemaTooOld(server: "db", version: 1, needed: 2))
        #expect(old.message(.en).hasPrefix("sync with the team stopped (the team schema on db is version 1"))
        #expect(old.message(.zhHant).contains("coach team init"))
        #expect(old.message(.zhHant).hasPrefix("與團隊的同步中斷"))
        #expect(BackgroundSync.Outcome.stopped(nil).message(.zhHans).contains("会话已结束"))
    }

    @Test(arguments: [
        ("en", "team server not reachable, working offline"), ("zh-Hans", "连不上团队服务器，离线工作"),
        ("zh-Hant", "連不上團隊伺服器，離線工作"),
    ])
    func aPipedSessionAnswersAndSaysOnceThatItWorksOffline(_ language: String, _ offline: String) throws {
        let (store, environment) = try Self.joinedHome(server: try Self.unreachableURL())
        let result = try CoachBinary.run(
            ["--store", store, "--lang", language], input: "/accounts\n/open east-post\n", environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("華東郵政分公司"), "\(result.stdout)")
        #expect(result.stdout.components(separatedBy: offline).count == 2, "\(result.stdout)")
        #expect(result.stdout.contains("east-post"))
        #expect(!result.stdout.contains("visited 王建國"))
    }

    @Test func onATerminalTheREPLOpensAnswersAndSaysOnceThatItWorksOffline() throws {
        let (store, environment) = try Self.joinedHome(server: try Self.unreachableURL())
        let coach = try PseudoTerminalCoach(["--store", store], environment: environment)
        defer { coach.stop() }
        #expect(coach.wait(for: "coach> ", seconds: 30), "no prompt:\n\(coach.text)")
        coach.type("/accounts\r")
        #expect(coach.wait(for: "華東郵政分公司", seconds: 30), "no answer:\n\(coach.text)")
        // Said before the first prompt or, if the refusal came later, before the next one.
        #expect(coach.wait(for: "working offline", seconds: 30), "no offline line:\n\(coach.text)")
        let mark = coach.byteCount
        coach.type("/open east-post\r")
        #expect(coach.wait(for: "Opened 華東郵政分公司", after: mark, seconds: 30))
        #expect(coach.wait(for: "coach east-post> ", after: mark, seconds: 30))
        coach.type("\u{04}")
        #expect(coach.waitForExit(seconds: 30), "did not leave on Ctrl-D:\n\(coach.text)")
        let lines = Self.screenLines(coach.text)
        let said = lines.filter { $0.contains("working offline") }
        #expect(said == ["team server not reachable, working offline"], "\(coach.text)")
        #expect(coach.errorText.isEmpty, "\(coach.errorText)")
    }
}

/// The background sync against a real PostgreSQL: what is written while it runs arrives exactly
/// once, and the REPL shows a colleague's visit it brought down.
@Suite(.enabled(if: PostgresTestServer.isAvailable, "needs a PostgreSQL server (initdb); see the note on standard error"))
struct BackgroundSyncServerTests {
    @Test func recordsWrittenWhileItSyncsAreNeitherLostNorDuplicated() throws {
        let fixture = try TeamFixture()
        let liming = try fixture.add("liming", displayName: "李明")
        let wangfang = try fixture.add("wangfang", displayName: "王芳")
        let store = try fixture.store(joining: liming)
        _ = try store.importAccount(Fixtures.demoAccount("east-post"), source: "east-post.yaml", by: liming, at: Fixtures.now)
        var expected = Set<String>()
        for n in 0..<30 {
            expected.insert(try store.logVisit("east-post", by: "李明", on: "2026-11-05", "before \(n)", issue: "issue \(n)").log.uuid.lowercased())
        }
        let password = fixture.passwords[liming]
        // Small batches, so the writes below land while batches go up.
        let started = BackgroundSync.start(
            store: store, batchSize: 3, now: { Fixtures.now }, connect: { try PostgresConnection.connect(url: $0, password: password) })
        let sync = try #require(started)
        for n in 0..<20 {
            expected.insert(try store.logVisit("east-post", by: "李明", on: "2026-11-06", "during \(n)", issue: "issue \(n)").log.uuid.lowercased())
        }
        let outcome = try #require(sync.finish(waiting: true))
        guard case .synced = outcome else {
            Issue.record("expected a sync, got \(outcome)")
            return
        }
        // What waited is sent by the next sync; then nothing is left.
        try fixture.sync(store, as: liming)
        #expect(try store.pendingSyncCount() == 0)
        #expect(try store.visitLogs().count == 50)
        let server = try fixture.admin().query("SELECT id::text AS id FROM coach.record WHERE kind = 'log'").rows.compactMap { $0[0] }
        #expect(server.sorted() == expected.sorted())
        #expect(Int(try fixture.admin().query("SELECT count(*) AS n FROM coach.record WHERE kind = 'follow-up'").first?["n"] ?? "") == 50)
        let colleague = try fixture.store(joining: wangfang)
        try fixture.sync(colleague, as: wangfang)
        #expect(Set(try colleague.visitLogs().map { $0.uuid.lowercased() }) == expected)
        #expect(try colleague.visitLogs().count == 50)
    }

    @Test func leavingStopsItAfterABatchAndTheNextSyncCompletes() throws {
        let fixture = try TeamFixture()
        let liming = try fixture.add("liming", displayName: "李明")
        let store = try fixture.store(joining: liming)
        _ = try store.importAccount(Fixtures.demoAccount("east-post"), source: "east-post.yaml", by: liming, at: Fixtures.now)
        for n in 0..<40 { try store.logVisit("east-post", by: "李明", on: "2026-11-05", "visit \(n)") }
        let password = fixture.passwords[liming]
        let started = BackgroundSync.start(
            store: store, batchSize: 2, now: { Fixtures.now }, connect: { try PostgresConnection.connect(url: $0, password: password) })
        let sync = try #require(started)
        // Whether it was still connecting, part way or done: nothing is lost and the next sync ends it.
        _ = sync.finish(waiting: false)
        try fixture.sync(store, as: liming)
        #expect(try store.pendingSyncCount() == 0)
        #expect(Int(try fixture.admin().query("SELECT count(*) AS n FROM coach.record WHERE kind = 'log'").first?["n"] ?? "") == 40)
    }

    @Test func theREPLShowsWhatItBroughtDownWithoutLosingWhatWasTyped() throws {
        let fixture = try TeamFixture()
        let liming = try fixture.add("liming", displayName: "李明")
        let wangfang = try fixture.add("wangfang", displayName: "王芳")
        let limingStore = try fixture.store(joining: liming)
        _ = try limingStore.importAccount(Fixtures.demoAccount("east-post"), source: "east-post.yaml", by: liming, at: Fixtures.now)
        try limingStore.logVisit("east-post", by: "李明", on: "2026-11-20", "年度宣傳計劃", issue: "月結帳單對不上")
        try fixture.sync(limingStore, as: liming)

        // 王芳's store on disk, joined, with nothing in it yet; her password in a pgpass file.
        let home = try CoachBinary.temporaryDirectory()
        let store = home.appendingPathComponent("coach.sqlite").path
        let server = try PostgresTestServer.shared.get()
        _ = try CoachDatabase.open(path: store).joinTeam(
            server: fixture.url(wangfang), role: wangfang, team: "east", displayName: "王芳", isManager: false, at: Fixtures.now)
        let pgpass = home.appendingPathComponent("pgpass").path
        try "127.0.0.1:\(server.port):*:\(wangfang):\(fixture.passwords[wangfang]!)\n".write(toFile: pgpass, atomically: true, encoding: .utf8)
        chmod(pgpass, 0o600)
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment["LANG"] = "en_US.UTF-8"
        environment["HOME"] = home.path
        environment["COACH_CORPUS"] = Fixtures.corpusDirectory
        environment["PGPASSFILE"] = pgpass
        environment["PGPASSWORD"] = nil

        let coach = try PseudoTerminalCoach(["--store", store], environment: environment)
        defer { coach.stop() }
        // Typed at once, while the sync may still run: answered, not lost.
        coach.type("/help\r")
        #expect(coach.wait(for: "/quit", seconds: 30), "the line typed first was not answered:\n\(coach.text)")
        // The line comes before a prompt: before the first if the sync was done by then, else
        // after the next answer once it is.
        let synced = Date().addingTimeInterval(30)
        while try CoachDatabase.open(path: store).teamMembership()?.lastSyncAt == nil, Date() < synced {
            Thread.sleep(forTimeInterval: 0.05)
        }
        var turns = 0
        while !coach.text.contains("synced with the team: "), turns < 20 {
            let before = coach.byteCount
            coach.type("/accounts\r")
            #expect(coach.wait(for: "coach> ", after: before, seconds: 30), "no prompt after /accounts:\n\(coach.text(after: before))")
            turns += 1
        }
        #expect(coach.text.contains("synced with the team: "), "no sync line:\n\(coach.text)")
        let mark = coach.byteCount
        coach.type("/open east-post\r")
        #expect(coach.wait(for: "李明 visited 王建國 on 11-20", after: mark, seconds: 30), "\(coach.text(after: mark))")
        #expect(coach.wait(for: "李明's open follow-up", after: mark, seconds: 30))
        #expect(coach.wait(for: "coach east-post> ", after: mark, seconds: 30))
        coach.type("\u{04}")
        #expect(coach.waitForExit(seconds: 30), "did not leave on Ctrl-D:\n\(coach.text)")
        let lines = BackgroundSyncTests.screenLines(coach.text)
        let said = lines.filter { $0.contains("synced with the team") }
        #expect(said.count == 1, "\(coach.text)")
        // On a line of its own, never inside the prompt line.
        #expect(said.allSatisfy { $0.hasPrefix("synced with the team: ") && $0.hasSuffix(", 0 up") }, "\(said)")
        #expect(try CoachDatabase.open(path: store).teamMembership()?.lastSyncAt != nil)
    }
}
