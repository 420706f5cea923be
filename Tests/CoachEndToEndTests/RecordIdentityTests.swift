import CoachTestSupport
import Foundation
import Testing

/// Every record has its own id from the moment it starts: saves made in the same second, by the
/// same or another salesperson, never merge (issue 11, row 1).
@Suite(.serialized) struct RecordIdentityTests {
    /// One complete `/log` of the open account: date, 陳志明, a topic, then skips and Enter to save.
    static let oneLog = "/log\n2026-11-30\n2\nPricing talk\n/skip\n\n/skip\n\n\n"

    @Test func tenLogsInOnePipedScriptWithAFixedClockAreTenLogs() throws {
        let (home, store, env) = try CoachBinary.demoHome(user: "ten-logs")
        defer { try? FileManager.default.removeItem(at: home) }
        var fixed = env
        fixed["COACH_NOW"] = "2026-11-30T09:00:00Z"
        let script = "/open east-post\n" + String(repeating: Self.oneLog, count: 10)
        let run = try CoachBinary.run(["--store", store], input: script, environment: fixed)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!run.stdout.contains("already saved"), "\(run.stdout)")
        let listed = try CoachBinary.run(["journal", "--store", store, "--json"], environment: fixed)
        let logs = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        #expect(logs.count == 10)
        let ids = Set(logs.compactMap { ($0["log"] as? [String: Any])?["uuid"] as? String })
        #expect(ids.count == 10, "ids: \(ids)")
    }

    @Test func twoSalespeopleStartingPrepInTheSameSecondGetTwoSessionsWithTheirOwnAnswers() throws {
        // Enter confirms what the account file already says; the next line answers q1a.
        let (home, store, env) = try CoachBinary.demoHome(user: "ana")
        defer { try? FileManager.default.removeItem(at: home) }
        for person in ["ana", "bo"] {
            var fixed = env
            fixed["COACH_NOW"] = "2026-11-30T09:00:00Z"
            fixed["USER"] = person
            let run = try CoachBinary.run(["--store", store], input: "/prep east-post\n\nanswer of \(person)\n", environment: fixed)
            #expect(run.status == 0, "\(run.stderr)")
        }
        let listed = try CoachBinary.run(["review", "list", "--store", store, "--json", "--period", "2026-11"], environment: env)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [String: Any])
        let sessions = try #require(object["entries"] as? [[String: Any]]).filter { $0["kind"] as? String == "session" }
        #expect(sessions.count == 2, "\(listed.stdout)")
        #expect(Set(sessions.compactMap { $0["person"] as? String }) == ["ana", "bo"])
        for session in sessions {
            let number = try #require(session["number"] as? Int)
            let shown = try CoachBinary.run(["review", "show", "session", String(number), "--store", store, "--json"], environment: env)
            let person = try #require(session["person"] as? String)
            #expect(shown.stdout.contains("answer of \(person)"), "\(shown.stdout)")
            #expect(!shown.stdout.contains("answer of \(person == "ana" ? "bo" : "ana")"), "\(shown.stdout)")
        }
    }
}
