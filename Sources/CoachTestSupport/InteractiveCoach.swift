public import Foundation

/// The built `coach` running in the background with piped input, for tests that kill it mid-session.
/// Output is collected on the pipe's handler thread under a lock.
public final class InteractiveCoach: @unchecked Sendable {
    public let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private let lock = NSLock()
    private var buffer = Data()

    /// Starts `coach arguments` with `environment`; stderr is discarded.
    public init(_ arguments: [String], environment: [String: String]) throws {
        process.executableURL = CoachBinary.url
        process.arguments = arguments
        process.environment = environment
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        output.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            guard let self, !data.isEmpty else { return }
            self.lock.lock()
            self.buffer.append(data)
            self.lock.unlock()
        }
        try process.run()
    }

    /// Types `text` (include the newlines).
    public func type(_ text: String) { input.fileHandleForWriting.write(Data(text.utf8)) }

    /// Everything printed so far.
    public var text: String {
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: buffer, as: UTF8.self)
    }

    /// Waits until `needle` appears or `seconds` pass.
    public func wait(for needle: String, seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if text.contains(needle) { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return text.contains(needle)
    }

    /// `kill -9`, then waits for the process to end; true when it died of the signal.
    public func killHard() -> Bool {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        output.fileHandleForReading.readabilityHandler = nil
        return process.terminationReason == .uncaughtSignal
    }
}

extension CoachBinary {
    /// A fresh home with a store holding the demo accounts, and the environment to run `coach` in it.
    public static func demoHome(user: String = "test") throws -> (home: URL, store: String, environment: [String: String]) {
        let home = try temporaryDirectory()
        let store = home.appendingPathComponent("coach.sqlite").path
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment["LANG"] = "en_US.UTF-8"
        environment["HOME"] = home.path
        environment["USER"] = user
        environment["COACH_CORPUS"] = Fixtures.corpusDirectory
        let imported = try run(["account", "import", "--store", store] + Fixtures.demoAccountFiles, environment: environment)
        precondition(imported.status == 0, "demo accounts do not import: \(imported.stderr)")
        return (home, store, environment)
    }
}
