import CoachTestSupport
import Foundation
import Testing

/// Text from data never acts on the terminal (issue 11, row 5): a shared account file, a visit log
/// typed by someone else and a colleague's team export cannot set the window title, clear the
/// screen, hide text with CR, add an OSC 8 link or reverse text, in the REPL or the CLI.
@Suite(.serialized) struct HostileTextTests {
    /// Every kind of trouble, as YAML double-quoted escapes.
    static let hostile = #"\e]0;pwned\a\e[2J\e[H\rHIDDEN\e]8;;https://evil.example\e\\link\e]8;;\e\\\u202Edesrever\x9b31m\x7f"#

    static var accountFile: String {
        """
        account: "Hostile \(hostile) Ltd"
        id: hostile
        tier: A
        owner: "Owner \(hostile)"
        people:
          - name: "Boss \(hostile)"
            title: "Chief \(hostile)"
            role: decision-maker
            influence: high
            support: opposed
            contact: low
            met: false
            note: "Note \(hostile)"
          - name: "Aide \(hostile)"
            title: "Aide"
            role: user
            reports-to: "Boss \(hostile)"
            influence: medium
            support: champion
            contact: high
            met: true
        open-issues:
          - raised: 2026-10-12
            text: "Issue \(hostile)"
            status: open
        """
    }

    /// The first character that could act on a terminal, if any (a newline and tab aside).
    static func unsafe(_ text: String) -> String? {
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A, 0x09: continue
            case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069:
                return "U+" + String(scalar.value, radix: 16, uppercase: true)
            default: continue
            }
        }
        return nil
    }

    func expectSafe(_ result: CoachBinary.Result, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(Self.unsafe(result.stdout) == nil, "\(what) printed raw controls:\n\(result.stdout.debugDescription.prefix(600))", sourceLocation: sourceLocation)
        #expect(Self.unsafe(result.stderr) == nil, "\(what) wrote raw controls to stderr:\n\(result.stderr.debugDescription.prefix(600))", sourceLocation: sourceLocation)
    }

    func hostileHome() throws -> (home: URL, store: String, env: [String: String]) {
        let (home, store, env) = try CoachBinary.demoHome(user: "mallory")
        let file = home.appendingPathComponent("hostile.yaml")
        try Self.accountFile.write(to: file, atomically: true, encoding: .utf8)
        let imported = try CoachBinary.run(["account", "import", "--store", store, file.path], environment: env)
        #expect(imported.status == 0, "the hostile file did not import: \(imported.stderr)")
        expectSafe(imported, "account import")
        return (home, store, env)
    }

    @Test func theCommandLineShowsHostileAccountTextVisibly() throws {
        let (home, store, env) = try hostileHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let commands: [[String]] = [
            ["account", "list"], ["account", "list", "--json"], ["account", "show", "hostile"],
            ["account", "show", "hostile", "--json"], ["account", "flags", "hostile"], ["account", "history", "hostile"],
            ["account", "chart", "hostile"], ["account", "chart", "hostile", "--format", "dot"],
            ["outline", "hostile"], ["outline", "hostile", "--format", "txt"], ["strategies", "hostile"],
            ["ask", "who is the decision maker at hostile?"],
        ]
        for command in commands {
            let result = try CoachBinary.run(command + ["--store", store], environment: env)
            expectSafe(result, command.joined(separator: " "))
        }
        let chart = try CoachBinary.run(["account", "chart", "hostile", "--store", store], environment: env)
        #expect(chart.stdout.contains("^[]0;pwned^G"), "the title sequence is not shown visibly:\n\(chart.stdout)")
        #expect(chart.stdout.contains("<U+202E>"))
    }

    @Test func hostileVisitLogsAndATeamExportAreShownVisibly() throws {
        let (home, store, env) = try hostileHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let raw = "Met \u{1B}]0;owned\u{07}\u{1B}[2Jthe board\rHIDDEN \u{202E}txet\u{9B}1m"
        let added = try CoachBinary.run(
            ["journal", "add", "--store", store, "--account", "hostile", "--met", "Boss \u{1B}[8m", "--discussed", raw,
             "--opinions", raw, "--issue", raw + " | IT | +7", "--commitments", raw], environment: env)
        #expect(added.status == 0, "\(added.stderr)")
        expectSafe(added, "journal add")
        for command in [["journal", "list"], ["journal", "list", "--format", "md"], ["journal", "list", "--json"],
                        ["review", "show", "log", "1"], ["review"], ["followups"], ["report", "monthly", "--month", "this month"],
                        ["report", "monthly", "--format", "json"], ["export"]] {
            expectSafe(try CoachBinary.run(command + ["--store", store], environment: env), command.joined(separator: " "))
        }
        // A colleague's export, imported into another store, shows the same way.
        let export = try CoachBinary.run(["export", "--store", store], environment: env)
        let file = home.appendingPathComponent("team.jsonl")
        try export.stdout.write(to: file, atomically: true, encoding: .utf8)
        let other = home.appendingPathComponent("other.sqlite").path
        let imported = try CoachBinary.run(["import", "--store", other, file.path], environment: env)
        #expect(imported.status == 0, "\(imported.stderr)")
        expectSafe(imported, "import")
        for command in [["journal", "list"], ["review", "show", "log", "1"], ["account", "show", "hostile"]] {
            let result = try CoachBinary.run(command + ["--store", other], environment: env)
            expectSafe(result, "imported: " + command.joined(separator: " "))
        }
        let shown = try CoachBinary.run(["review", "show", "log", "1", "--store", other], environment: env)
        #expect(shown.stdout.contains("^M"), "the CR is not shown visibly:\n\(shown.stdout)")
    }

    @Test func theREPLShowsHostileTextAndEchoedAnswersVisibly() throws {
        let (home, store, env) = try hostileHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let typed = "my answer \u{1B}]0;typed\u{07}\u{202E}"
        let session = try CoachBinary.run(
            ["--store", store],
            input: ["/accounts", "/open hostile", "/chart", "/flags", "/prep hostile", "/skip", typed, "/back", "/quit"]
                .joined(separator: "\n") + "\n",
            environment: env)
        expectSafe(session, "the REPL")
        #expect(session.stdout.contains("Boss ^[]0;pwned^G"), "\(session.stdout.prefix(2000))")
    }
}
