import CoachTestSupport
import Foundation
import Testing

/// A visit log being written survives `kill -9`: every answer is kept as a draft when it is given.
@Suite(.serialized) struct JournalDraftPersistenceTests {
    @Test func killDuringTheThirdPromptKeepsEarlierAnswersForLog() throws {
        let (home, store, env) = try CoachBinary.demoHome(user: "draft-test")
        defer { try? FileManager.default.removeItem(at: home) }
        let coach = try InteractiveCoach(["--store", store], environment: env)
        coach.type("/open east-post\n/log\n2025-06-10\n2, 趙敏\n")
        #expect(coach.wait(for: "What was discussed?", seconds: 20), "never reached the third prompt:\n\(coach.text)")
        #expect(coach.killHard())

        let rest = "Budget after the merger\nReports by district\n\nSend a sample\n\n"
        let resumed = try CoachBinary.run(["--store", store], input: "/open east-post\n/log\n" + rest, environment: env)
        #expect(resumed.stdout.contains("2 of 7 parts done"), "\(resumed.stdout)")
        #expect(resumed.stdout.contains("1. Date: 2025-06-10"), "\(resumed.stdout)")
        #expect(resumed.stdout.contains("2. Met: 陳志明, 趙敏 (new)"), "\(resumed.stdout)")
        #expect(resumed.stdout.contains("3. Discussed: Budget after the merger"))

        let saved = try CoachBinary.run(["--store", store], input: "/open east-post\n/log\n\n", environment: env)
        #expect(saved.stdout.contains("7 of 7 parts done"), "\(saved.stdout)")
        #expect(saved.stdout.contains("Saved visit log #1 (east-post, 2025-06-10)"), "\(saved.stdout)")

        let fresh = try CoachBinary.run(["--store", store], input: "/open east-post\n/log\n", environment: env)
        #expect(!fresh.stdout.contains("Continuing the visit log"), "\(fresh.stdout)")
        #expect(fresh.stdout.contains("When was the visit?"))
    }
}
