public import CoachStore
public import Foundation

/// What the coach does on the team server besides syncing: migrate the schema, add people, and
/// tell a connected role who it is.
///
/// ```swift
/// let admin = try PostgresConnection.connect(url: "postgres://postgres@db.example.com/coach")
/// try TeamServer.migrate(admin)                        // coach team init
/// let password = TeamServer.generatePassword()
/// try TeamServer.addPerson(NewTeamPerson(role: "liming", team: "east", displayName: "李明"), password: password, on: admin)
/// ```
public enum TeamServer {
    /// What `migrate` did.
    public struct MigrationReport: Sendable, Codable, Equatable {
        public var server: String
        /// The schema version before and after.
        public var from: Int
        public var version: Int
        /// The migrations applied now, as "N name".
        public var applied: [String]
    }

    /// Creates or brings up to date the team schema (`coach team init`), all in one transaction;
    /// two coaches doing it at once take turns.
    public static func migrate(_ connection: PostgresConnection) throws -> MigrationReport {
        try connection.transaction {
            try connection.execute("CREATE SCHEMA IF NOT EXISTS coach")
            try connection.execute("""
                CREATE TABLE IF NOT EXISTS coach.schema_version (
                    version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())
                """)
            try connection.execute("LOCK TABLE coach.schema_version IN EXCLUSIVE MODE")
            let current = Int(try connection.query("SELECT coalesce(max(version), 0) AS v FROM coach.schema_version").first?["v"] ?? "0") ?? 0
            if current > TeamSchema.latestVersion {
                throw TeamError.schemaTooNew(server: connection.server, version: current, known: TeamSchema.latestVersion)
            }
            var applied: [String] = []
            for migration in TeamSchema.migrations where migration.version > current {
                try connection.execute(migration.sql)
                try connection.execute(
                    "INSERT INTO coach.schema_version (version, name) VALUES ($1, $2)", [String(migration.version), migration.name])
                applied.append("\(migration.version) \(migration.name)")
            }
            return MigrationReport(server: connection.server, from: current, version: TeamSchema.latestVersion, applied: applied)
        }
    }

    /// The schema version on the server, or nil when it has none.
    public static func schemaVersion(_ connection: PostgresConnection) throws(TeamError) -> Int? {
        let exists = try connection.query("SELECT to_regclass('coach.schema_version') IS NOT NULL AS e").first?["e"] == "t"
        guard exists else { return nil }
        return Int(try connection.query("SELECT coalesce(max(version), 0) AS v FROM coach.schema_version").first?["v"] ?? "0")
    }

    /// Checks that the server's schema is one this coach can work with.
    public static func requireSchema(_ connection: PostgresConnection) throws(TeamError) {
        guard let version = try schemaVersion(connection), version > 0 else { throw TeamError.noSchema(server: connection.server) }
        if version > TeamSchema.latestVersion {
            throw TeamError.schemaTooNew(server: connection.server, version: version, known: TeamSchema.latestVersion)
        }
    }

    /// Checks that the server's schema is the one this coach syncs with: an older one would refuse
    /// records it does not know yet (`coach team init` brings it up to date).
    public static func requireCurrentSchema(_ connection: PostgresConnection) throws(TeamError) {
        try requireSchema(connection)
        if let version = try schemaVersion(connection), version < TeamSchema.latestVersion {
            throw TeamError.schemaTooOld(server: connection.server, version: version, needed: TeamSchema.latestVersion)
        }
    }

    /// Whether `name` can be a member's role: 1-63 lowercase ASCII letters, digits or `_`,
    /// starting with a letter (so it never needs quoting and reads the same in every tool).
    public static func isValidRole(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        guard (1...63).contains(bytes.count), let first = bytes.first, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first) else {
            return false
        }
        return bytes.allSatisfy { byte in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || byte == UInt8(ascii: "_")
        } && !name.hasPrefix("pg_")
    }

    /// Creates the person's login role (member of `coach_member`) and their row in `coach.person`.
    ///
    /// The password is sent only as its SCRAM-SHA-256 verifier, computed here.
    public static func addPerson(_ person: NewTeamPerson, password: String, on connection: PostgresConnection) throws {
        guard isValidRole(person.role) else { throw TeamError.invalidName(person.role) }
        try requireSchema(connection)
        let verifier = try connection.encryptedPassword(password, role: person.role)
        try connection.transaction {
            if try !connection.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [person.role]).isEmpty {
                throw TeamError.personExists(person.role)
            }
            let literal = verifier.replacingOccurrences(of: "'", with: "''")
            try connection.execute("CREATE ROLE \(person.role) LOGIN PASSWORD '\(literal)' IN ROLE coach_member")
            try connection.execute(
                "INSERT INTO coach.person (role, team, display_name, is_manager) VALUES ($1, $2, $3, $4)",
                [person.role, person.team, person.displayName, person.isManager ? "true" : "false"])
        }
    }

    /// A new random password: 24 letters and digits (about 140 bits).
    public static func generatePassword() -> String {
        let alphabet = Array("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789")
        var generator = SystemRandomNumberGenerator()
        return String((0..<24).map { _ in alphabet[Int(generator.next(upperBound: UInt64(alphabet.count)))] })
    }

    /// Who the connected role is on the team, or `TeamError.notAMember`.
    public static func whoAmI(_ connection: PostgresConnection) throws(TeamError) -> TeamIdentity {
        try requireSchema(connection)
        let row = try connection.query(
            "SELECT role::text AS role, team, display_name, is_manager FROM coach.person WHERE role = current_user").first
        guard let row, let role = row["role"], let team = row["team"], let name = row["display_name"] else {
            let role = try connection.query("SELECT current_user::text AS r").first?["r"] ?? "?"
            throw TeamError.notAMember(role: role, server: connection.server)
        }
        return TeamIdentity(role: role, displayName: name, isManager: row["is_manager"] == "t", team: team)
    }

    /// The people of the connected role's team (row-level security shows no one else).
    public static func members(_ connection: PostgresConnection) throws(TeamError) -> [TeamMember] {
        try connection.query("SELECT role::text AS role, display_name, is_manager FROM coach.person ORDER BY role").dictionaries.map {
            TeamMember(role: $0["role"] ?? "", displayName: $0["display_name"] ?? "", isManager: $0["is_manager"] == "t")
        }
    }
}

/// A person `coach team add` creates.
public struct NewTeamPerson: Sendable, Equatable {
    public var role: String
    public var team: String
    public var displayName: String
    public var isManager: Bool

    public init(role: String, team: String, displayName: String? = nil, isManager: Bool = false) {
        self.role = role
        self.team = team
        self.displayName = displayName ?? role
        self.isManager = isManager
    }
}

/// The connected role's place on the team.
public struct TeamIdentity: Sendable, Equatable, Codable {
    public var role: String
    public var displayName: String
    public var isManager: Bool
    public var team: String

    public init(role: String, displayName: String, isManager: Bool, team: String) {
        self.role = role
        self.displayName = displayName
        self.isManager = isManager
        self.team = team
    }
}
