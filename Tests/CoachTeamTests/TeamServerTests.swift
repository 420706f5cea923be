import CoachCore
import CoachStore
import CoachTeam
import CoachTestSupport
import Foundation
import Testing

/// The team schema, roles and row-level security, against a real PostgreSQL.
@Suite(.enabled(if: PostgresTestServer.isAvailable, "needs a PostgreSQL server (initdb); see the note on standard error"))
struct TeamServerTests {
    @Test func initCreatesTheSchemaOnceAndAgainChangesNothing() throws {
        let fixture = try TeamFixture()
        let again = try TeamServer.migrate(try fixture.admin())
        #expect(again.from == TeamSchema.latestVersion)
        #expect(again.applied.isEmpty)
        #expect(try TeamServer.schemaVersion(try fixture.admin()) == TeamSchema.latestVersion)
    }

    @Test func addCreatesALoginRoleThatKnowsItsTeam() throws {
        let fixture = try TeamFixture()
        let role = try fixture.add("liming", displayName: "李明")
        let identity = try TeamServer.whoAmI(try fixture.connect(role))
        #expect(identity == TeamIdentity(role: role, displayName: "李明", isManager: false, team: "east"))
        #expect(throws: TeamError.personExists(role)) {
            try TeamServer.addPerson(NewTeamPerson(role: role, team: "east"), password: "x", on: try fixture.admin())
        }
    }

    @Test func aWrongPasswordIsRefused() throws {
        let fixture = try TeamFixture()
        let role = try fixture.add("liming")
        #expect(throws: TeamError.self) {
            try PostgresConnection.connect(url: fixture.url(role), password: "not-the-password")
        }
    }

    @Test func passwordIsSentOnlyAsItsVerifier() throws {
        let fixture = try TeamFixture()
        let role = try fixture.add("liming")
        let stored = try fixture.admin().query("SELECT rolpassword FROM pg_authid WHERE rolname = $1", [role]).first?["rolpassword"]
        #expect(stored?.hasPrefix("SCRAM-SHA-256$") == true)
        #expect(stored?.contains(fixture.passwords[role]!) == false)
    }

    @Test(arguments: ["LiMing", "li ming", "1abc", "pg_admin", "x;drop role postgres", ""])
    func refusesNamesThatAreNotPlainRoles(_ name: String) throws {
        let fixture = try TeamFixture()
        #expect(throws: TeamError.invalidName(name)) {
            try TeamServer.addPerson(NewTeamPerson(role: name, team: "east"), password: "x", on: try fixture.admin())
        }
    }

    @Test func addBeforeInitSaysToRunInit() throws {
        let server = try PostgresTestServer.shared.get()
        let name = "coach_empty_\(String(UUID().uuidString.prefix(8)).lowercased())"
        let postgres = try PostgresConnection.connect(url: server.url(user: "postgres", database: "postgres"), password: server.adminPassword)
        try postgres.execute("CREATE DATABASE \(name)")
        defer { try? postgres.execute("DROP DATABASE \(name) WITH (FORCE)") }
        let admin = try PostgresConnection.connect(url: server.url(user: "postgres", database: name), password: server.adminPassword)
        #expect(throws: TeamError.noSchema(server: admin.server)) {
            try TeamServer.addPerson(NewTeamPerson(role: "nobody_\(name)", team: "east"), password: "x", on: admin)
        }
    }

    @Test func aSyncWithAServerNotYetMigratedSaysToRunInitAndSendsNothing() throws {
        let fixture = try TeamFixture()
        let role = try fixture.add("liming", displayName: "李明")
        let store = try fixture.store(joining: role)
        _ = try store.importAccount(Fixtures.demoAccount("east-post"), source: "east-post.yaml", by: role, at: Fixtures.now)
        // The server as an older coach left it: its newest migration taken back.
        let admin = try fixture.admin()
        try admin.execute("DELETE FROM coach.schema_version WHERE version = $1", [String(TeamSchema.latestVersion)])
        let pending = try store.pendingSyncCount()
        #expect(throws: TeamError.schemaTooOld(server: try fixture.connect(role).server, version: TeamSchema.latestVersion - 1, needed: TeamSchema.latestVersion)) {
            try fixture.sync(store, as: role)
        }
        #expect(try store.pendingSyncCount() == pending)
        #expect(TeamError.schemaTooOld(server: "db", version: 1, needed: 2).message(.zhHant).contains("coach team init"))
    }

    // MARK: Row-level security, with each person's own connection

    /// East: two salespeople and their manager; west: one salesperson. Everyone has synced.
    struct Teams {
        let fixture: TeamFixture
        let liming: String, wangfang: String, chen: String, zhao: String
        let limingStore: CoachDatabase, wangfangStore: CoachDatabase, chenStore: CoachDatabase, zhaoStore: CoachDatabase

        init() throws {
            fixture = try TeamFixture()
            liming = try fixture.add("liming", displayName: "李明")
            wangfang = try fixture.add("wangfang", displayName: "王芳")
            chen = try fixture.add("chen", displayName: "陳經理", manager: true)
            zhao = try fixture.add("zhao", team: "west", displayName: "趙雲")
            limingStore = try fixture.store(joining: liming)
            wangfangStore = try fixture.store(joining: wangfang)
            chenStore = try fixture.store(joining: chen)
            zhaoStore = try fixture.store(joining: zhao)
            _ = try limingStore.importAccount(Fixtures.demoAccount("east-post"), source: "east-post.yaml", by: liming, at: Fixtures.now)
            try fixture.sync(limingStore, as: liming)
            try fixture.sync(wangfangStore, as: wangfang)
            try limingStore.logVisit("east-post", by: "李明", on: "2026-11-20", "年度宣傳計劃", issue: "月結帳單")
            try wangfangStore.logVisit("east-post", by: "王芳", on: "2026-11-21", "帳單問題")
            _ = try zhaoStore.importAccount(Fixtures.demoAccount("sz-huake"), source: "sz-huake.yaml", by: zhao, at: Fixtures.now)
            try zhaoStore.logVisit("sz-huake", by: "趙雲", on: "2026-11-22", "west only")
            for (store, role) in [(limingStore, liming), (wangfangStore, wangfang), (zhaoStore, zhao), (chenStore, chen)] {
                try fixture.sync(store, as: role)
            }
        }

        func count(_ role: String, _ condition: String, _ parameters: [String?] = []) throws -> Int {
            Int(try fixture.connect(role).query("SELECT count(*) AS n FROM coach.record WHERE \(condition)", parameters).first?["n"] ?? "-1") ?? -1
        }
    }

    @Test func aSalespersonCannotReadAnotherTeamsAccountsOrLogs() throws {
        let teams = try Teams()
        #expect(try teams.count(teams.liming, "account = 'sz-huake'") == 0)
        #expect(try teams.count(teams.chen, "account = 'sz-huake'") == 0)
        #expect(try teams.count(teams.zhao, "account = 'east-post'") == 0)
        #expect(try teams.count(teams.zhao, "account = 'sz-huake'") == 2)
    }

    @Test func aSalespersonReadsTheTeamsAccountsAndColleaguesVisitsToThem() throws {
        let teams = try Teams()
        #expect(try teams.count(teams.wangfang, "kind = 'account-version' AND account = 'east-post'") == 1)
        #expect(try teams.count(teams.wangfang, "kind = 'log' AND owner = $1", [teams.liming]) == 1)
        #expect(try teams.count(teams.wangfang, "kind = 'follow-up' AND owner = $1", [teams.liming]) == 1)
    }

    @Test func aSalespersonCannotWriteAnotherPersonsLog() throws {
        let teams = try Teams()
        let connection = try teams.fixture.connect(teams.liming)
        // Changing 王芳's log: no row is theirs to update.
        let updated = try connection.query(
            "UPDATE coach.record SET payload = jsonb_set(payload, '{visitor}', '\"李明\"') WHERE kind = 'log' AND owner = $1 RETURNING id",
            [teams.wangfang])
        #expect(updated.isEmpty)
        #expect(try teams.count(teams.wangfang, "kind = 'log' AND payload->>'visitor' = '王芳'") == 1)
        // A new log in 王芳's name, as 李明's row or as hers: refused by the server.
        for owner in [teams.liming, teams.wangfang] {
            #expect(throws: TeamError.self) {
                try connection.execute(
                    """
                    INSERT INTO coach.record (id, kind, team, owner, account, payload, seq, pushed_at)
                    VALUES (gen_random_uuid(), 'log', 'east', $1, 'east-post', '{"visitor": "王芳", "versions": []}', 0, now())
                    """, [owner])
            }
        }
        // Nor may a salesperson write into another team.
        #expect(throws: TeamError.self) {
            try connection.execute(
                """
                INSERT INTO coach.record (id, kind, team, owner, account, payload, seq, pushed_at)
                VALUES (gen_random_uuid(), 'account-version', 'west', current_user, 'sz-huake', '{}', 0, now())
                """)
        }
    }

    @Test func onlyTheManagerWritesVerificationsAndReadsEveryonesSessions() throws {
        let teams = try Teams()
        #expect(throws: TeamError.self) {
            try teams.fixture.connect(teams.liming).execute(
                """
                INSERT INTO coach.record (id, kind, team, owner, account, payload, seq, pushed_at)
                VALUES (gen_random_uuid(), 'verification', 'east', current_user, 'east-post', '{}', 0, now())
                """)
        }
        try teams.fixture.connect(teams.chen).execute(
            """
            INSERT INTO coach.record (id, kind, team, owner, account, payload, seq, pushed_at)
            VALUES (gen_random_uuid(), 'verification', 'east', current_user, 'east-post', '{}', 0, now())
            """)
        #expect(try teams.count(teams.chen, "kind IN ('log', 'follow-up', 'account-version')") == 4)
    }

    @Test func aStoredLogVersionNeverChangesOnTheServer() throws {
        let teams = try Teams()
        let connection = try teams.fixture.connect(teams.liming)
        #expect(throws: TeamError.self) {
            try connection.execute(
                """
                UPDATE coach.record SET payload = jsonb_set(payload, '{versions,0,content,discussed}', '"rewritten"')
                WHERE kind = 'log' AND owner = current_user
                """)
        }
    }

    @Test func commentsReachOnlyTheirRecipient() throws {
        let teams = try Teams()
        let comment = TeamComment(
            id: UUID().uuidString.lowercased(), author: teams.chen, recipient: teams.wangfang, account: "east-post", log: nil,
            text: "請先確認帳單", createdAt: Fixtures.now)
        try teams.chenStore.addTeamComment(comment)
        let report = try teams.fixture.sync(teams.chenStore, as: teams.chen)
        #expect(report.pushed["comment"] == 1)
        try teams.fixture.sync(teams.wangfangStore, as: teams.wangfang)
        try teams.fixture.sync(teams.limingStore, as: teams.liming)
        #expect(try teams.wangfangStore.teamComments(involving: teams.wangfang).map(\.text) == ["請先確認帳單"])
        #expect(try teams.limingStore.teamComments().isEmpty)
    }
}
