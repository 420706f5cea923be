import CoachTestSupport
import Foundation
import Testing

/// A coaching session survives `kill -9`: every answer is committed when it is given.
@Suite(.serialized) struct PrepPersistenceTests {
    @Test func killDuringTheThirdQuestionKeepsEarlierAnswersForResume() throws {
        let (home, store, env) = try CoachBinary.demoHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let coach = try InteractiveCoach(["--store", store], environment: env)
        coach.type("/prep east-post\n/skip\nThe reorganisation I missed last spring\nyes\n")
        #expect(coach.wait(for: "q1c.", seconds: 20), "never reached the third question:\n\(coach.text)")
        #expect(coach.killHard())

        let resumed = try CoachBinary.run(["--store", store], input: "/resume\n/repeat\n", environment: env)
        #expect(resumed.stdout.contains("2 answer(s) so far"), "\(resumed.stdout)")
        #expect(resumed.stdout.contains("q1c."))
        let back = try CoachBinary.run(["--store", store], input: "/resume\n/back\n", environment: env)
        #expect(back.stdout.contains("yes"))
        let first = try CoachBinary.run(["--store", store], input: "/resume\n/back\n/back\n", environment: env)
        #expect(first.stdout.contains("The reorganisation I missed last spring"))
    }
}
