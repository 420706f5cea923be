import CoachTestSupport
import Foundation
import Testing

/// A visit log being written survives `kill -9`: every answer is kept as a draft when it is given.
@Suite(.serialized) struct JournalDraftPersistenceTests {
    @Test func killDuringTheThirdPromptKeepsEarlierAnswersForLog() throws {
        let home = try CoachBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: home) }
        let store = home.appendingPathComponent("coach.sqlite").path
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env["LANG"] = "en_US.UTF-8"
        env["HOME"] = home.path
        env["USER"] = "draft-test"
        env["COACH_CORPUS"] = Fixtures.corpusDirectory
        let imported = try CoachBinary.run(["account", "import", "--store", store] + Fixtures.demoAccountFiles, environment: env)
        #expect(imported.status == 0, "\(imported.stderr)")

        let process = Process()
        process.executableURL = CoachBinary.url
        process.arguments = ["--store", store]
        process.environment = env
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let collected = OutputCollector(output.fileHandleForReading)
        input.fileHandleForWriting.write(Data("/open east-post\n/log\n2025-06-10\n2, 趙敏\n".utf8))
        #expect(collected.wait(for: "What was discussed?", seconds: 20), "never reached the third prompt:\n\(collected.text)")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)

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
