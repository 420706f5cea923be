import CoachCore
import CoachStore
import CoachTeam
import CoachTestSupport
import Foundation

/// One fresh database on the test server, with the team schema, people and their stores.
///
/// Roles are cluster-wide, so every fixture's role names carry a suffix of their own and tests can
/// run at the same time.
final class TeamFixture {
    let server: PostgresTestServer
    let database: String
    let suffix: String
    private(set) var passwords: [String: String] = [:]

    init() throws {
        server = try PostgresTestServer.shared.get()
        suffix = String(UUID().uuidString.prefix(8)).lowercased()
        database = "coach_\(suffix)"
        let postgres = try PostgresConnection.connect(url: server.url(user: "postgres", database: "postgres"), password: server.adminPassword)
        try postgres.execute("CREATE DATABASE \(database)")
        _ = try TeamServer.migrate(try admin())
    }

    /// A superuser connection to this fixture's database.
    func admin() throws -> PostgresConnection {
        try PostgresConnection.connect(url: server.url(user: "postgres", database: database), password: server.adminPassword)
    }

    /// The role name of `name` in this fixture.
    func role(_ name: String) -> String { "\(name)_\(suffix)" }

    /// Adds a person (role `name_suffix`) with a generated password.
    @discardableResult
    func add(_ name: String, team: String = "east", displayName: String? = nil, manager: Bool = false) throws -> String {
        let role = role(name)
        let password = TeamServer.generatePassword()
        try TeamServer.addPerson(
            NewTeamPerson(role: role, team: team, displayName: displayName ?? role, isManager: manager), password: password, on: try admin())
        passwords[role] = password
        return role
    }

    /// `role`'s own connection.
    func connect(_ role: String) throws -> PostgresConnection {
        try PostgresConnection.connect(url: url(role), password: passwords[role])
    }

    func url(_ role: String) -> String { server.url(user: role, database: database) }

    /// An in-memory store joined to the team as `role`.
    func store(joining role: String) throws -> CoachDatabase {
        var store = try CoachDatabase.inMemory()
        store.ids = .random
        let identity = try TeamServer.whoAmI(try connect(role))
        _ = try store.joinTeam(
            server: url(role), role: identity.role, team: identity.team, displayName: identity.displayName,
            isManager: identity.isManager, at: Fixtures.now)
        return store
    }

    /// Syncs `store` as `role` on a new connection.
    @discardableResult
    func sync(_ store: CoachDatabase, as role: String, batchSize: Int = 500) throws -> SyncReport {
        try TeamSync(batchSize: batchSize).run(store: store, connection: try connect(role), now: Fixtures.now)
    }

    deinit {
        // The database and roles go with the server at the end of the process; dropping them here
        // keeps a long run small.
        guard let postgres = try? PostgresConnection.connect(
            url: server.url(user: "postgres", database: "postgres"), password: server.adminPassword) else { return }
        try? postgres.execute("DROP DATABASE IF EXISTS \(database) WITH (FORCE)")
        for role in passwords.keys { try? postgres.execute("DROP ROLE IF EXISTS \(role)") }
    }
}

extension CoachDatabase {
    /// Logs a visit by `visitor` to `account` with one follow-up.
    @discardableResult
    func logVisit(_ account: String, by visitor: String, on day: String, _ text: String, issue: String? = nil) throws -> RecordedVisit {
        try recordVisit(NewVisitLog(
            uuid: UUID().uuidString.lowercased(), accountID: account, visitor: visitor, at: Fixtures.now,
            content: VisitLogContent(visitDate: day, peopleMet: ["王建國"], discussed: text),
            issues: issue.map { [NewFollowUp(text: $0, due: "2026-12-20")] } ?? []))
    }
}
