import CoachTestSupport
import Foundation
import Testing

/// What the dynamic loader maps when the coach starts: PostgreSQL's client library (and the TLS,
/// Kerberos and LDAP libraries it needs) only when a team command connects.
@Suite struct StartupLibrariesTests {
    @Test func helpAndAskDoNotLoadLibpq() throws {
        let home = try CoachBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: home) }
        let environment = [
            "HOME": home.path, "XDG_DATA_HOME": home.appendingPathComponent("data").path,
            "XDG_CACHE_HOME": home.appendingPathComponent("cache").path, "COACH_CORPUS": Fixtures.corpusDirectory,
            "NO_COLOR": "1", "LD_DEBUG": "files",
        ]
        for arguments in [["--help"], ["ask", "老闆一直不見我怎麼辦", "--json"]] {
            let result = try CoachBinary.run(arguments, environment: environment)
            #expect(result.status == 0)
            // The control: the loader did report (LD_DEBUG=files), and SQLite, linked directly, is
            // among the files it opened.
            #expect(result.stderr.contains("libsqlite3"))
            #expect(!result.stderr.contains("libpq"), "\(arguments) loaded libpq at start-up")
        }
    }
}
