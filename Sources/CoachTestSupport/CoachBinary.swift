public import Foundation

/// Runs the built `coach` binary, for end-to-end tests.
public enum CoachBinary {
    /// `$COACH_BIN`, else `coach` next to the test bundle, else `.build/debug/coach`.
    public static var url: URL {
        if let path = ProcessInfo.processInfo.environment["COACH_BIN"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            let candidate = bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("coach")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        let main = Bundle.main.bundleURL.appendingPathComponent("coach")
        if FileManager.default.isExecutableFile(atPath: main.path) { return main }
        return Fixtures.packageRoot.appendingPathComponent(".build/debug/coach")
    }

    public struct Result: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    /// Runs `coach arguments` with `input` on stdin and the extra environment.
    public static func run(_ arguments: [String], input: String = "", environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self))
    }

    /// A fresh temporary folder, removed when the test process exits (`TemporaryFolders`).
    public static func temporaryDirectory() throws -> URL {
        try TemporaryFolders.make()
    }
}
