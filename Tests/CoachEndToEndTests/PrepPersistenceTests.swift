import CoachTestSupport
import Foundation
import Testing

/// A coaching session survives `kill -9`: every answer is committed when it is given.
@Suite(.serialized) struct PrepPersistenceTests {
    @Test func killDuringTheThirdQuestionKeepsEarlierAnswersForResume() throws {
        let home = try CoachBinary.temporaryDirectory()
        let store = home.appendingPathComponent("coach.sqlite").path
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env["LANG"] = "en_US.UTF-8"
        env["HOME"] = home.path
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
        input.fileHandleForWriting.write(Data("/prep east-post\nThe reorganisation I missed last spring\nyes\n".utf8))
        #expect(collected.wait(for: "q1c.", seconds: 20), "never reached the third question:\n\(collected.text)")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)

        let resumed = try CoachBinary.run(["--store", store], input: "/resume\n/repeat\n", environment: env)
        #expect(resumed.stdout.contains("2 answer(s) so far"), "\(resumed.stdout)")
        #expect(resumed.stdout.contains("q1c."))
        let back = try CoachBinary.run(["--store", store], input: "/resume\n/back\n", environment: env)
        #expect(back.stdout.contains("yes"))
        let first = try CoachBinary.run(["--store", store], input: "/resume\n/back\n/back\n", environment: env)
        #expect(first.stdout.contains("The reorganisation I missed last spring"))
    }
}

/// Reads a pipe in the background so a test can wait for some text to appear.
final class OutputCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var buffer = Data()

    init(_ handle: FileHandle) {
        handle.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            guard let self, !data.isEmpty else { return }
            self.lock.lock()
            self.buffer.append(data)
            self.lock.unlock()
        }
    }

    var text: String {
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: buffer, as: UTF8.self)
    }

    /// Waits until `needle` appears or `seconds` pass.
    func wait(for needle: String, seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if text.contains(needle) { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return text.contains(needle)
    }
}
