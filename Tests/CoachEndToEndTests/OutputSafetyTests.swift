import CoachTestSupport
import Foundation
import Testing

/// `-o` never replaces the store, a device or an existing file unless forced, and writes 0600;
/// `coach import` reads CRLF files and reports a line that is not UTF-8 by number (issue 11, rows 2, 10).
@Suite(.serialized) struct OutputSafetyTests {
    func mode(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? -1
    }

    @Test func exportAndReportRefuseTheStoreItsSidecarsAndDevices() throws {
        let (home, store, env) = try CoachBinary.demoHome(user: "out")
        defer { try? FileManager.default.removeItem(at: home) }
        let before = try Data(contentsOf: URL(fileURLWithPath: store))
        for target in [store, store + "-wal", store + "-shm"] {
            let export = try CoachBinary.run(["export", "--store", store, "-o", target], environment: env)
            #expect(export.status != 0, "export -o \(target) was accepted")
            #expect(export.stderr.contains("store"), "\(export.stderr)")
            let report = try CoachBinary.run(["report", "monthly", "--store", store, "-o", target, "--force"], environment: env)
            #expect(report.status != 0, "report -o \(target) was accepted")
        }
        #expect(try CoachBinary.run(["account", "list", "--store", store], environment: env).stdout.contains("east-post"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: store)).count >= before.count / 2)
        for device in ["/dev/null", home.path] {
            let refused = try CoachBinary.run(["export", "--store", store, "-o", device, "--force"], environment: env)
            #expect(refused.status != 0)
            #expect(refused.stderr.contains("not a regular file"), "\(refused.stderr)")
        }
        var isDirectory: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: "/dev/null", isDirectory: &isDirectory))
    }

    @Test func anExistingFileIsReplacedOnlyWithForceAndEveryFileWrittenIsOwnerOnly() throws {
        let (home, store, env) = try CoachBinary.demoHome(user: "out")
        defer { try? FileManager.default.removeItem(at: home) }
        let file = home.appendingPathComponent("team.jsonl").path
        let first = try CoachBinary.run(["export", "--store", store, "-o", file], environment: env)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(try mode(file) == 0o600)
        try "keep me".write(toFile: file, atomically: true, encoding: .utf8)
        chmod(file, 0o644)
        let refused = try CoachBinary.run(["export", "--store", store, "-o", file], environment: env)
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("--force"), "\(refused.stderr)")
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "keep me")
        let forced = try CoachBinary.run(["export", "--store", store, "-o", file, "--force"], environment: env)
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try mode(file) == 0o600)
        #expect(try String(contentsOfFile: file, encoding: .utf8).contains("account-version"))
        let stdout = try CoachBinary.run(["export", "--store", store, "-o", "-"], environment: env)
        #expect(stdout.stdout.contains("account-version"))
        #expect(!FileManager.default.fileExists(atPath: "-"))
        let report = home.appendingPathComponent("report.csv").path
        #expect(try CoachBinary.run(["report", "monthly", "--store", store, "--format", "csv", "-o", report], environment: env).status == 0)
        #expect(try mode(report) == 0o600)
        let chinese = try CoachBinary.run(["export", "--store", store, "-o", report, "--lang", "zh-Hans"], environment: env)
        #expect(chinese.stderr.contains("已存在"), "\(chinese.stderr)")
    }

    @Test func importReadsCRLFAndReportsALineThatIsNotUTF8ByNumber() throws {
        let (home, store, env) = try CoachBinary.demoHome(user: "in")
        defer { try? FileManager.default.removeItem(at: home) }
        let file = home.appendingPathComponent("team.jsonl").path
        #expect(try CoachBinary.run(["export", "--store", store, "-o", file], environment: env).status == 0)
        let lines = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n").map { Data($0.utf8) }
        #expect(lines.count >= 3)
        var crlf = Data()
        for (index, line) in lines.enumerated() {
            crlf += index == 1 ? line.prefix(20) + Data([0xFF, 0xFE]) + line.dropFirst(20) : line
            crlf += Data("\r\n".utf8)
        }
        let broken = home.appendingPathComponent("crlf.jsonl").path
        try crlf.write(to: URL(fileURLWithPath: broken))
        let fresh = home.appendingPathComponent("fresh.sqlite").path
        let result = try CoachBinary.run(["import", broken, "--store", fresh, "--json"], environment: env)
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(broken):2:1: error: this line is not valid UTF-8"), "\(result.stderr)")
        #expect(!result.stderr.contains("Usage"), "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let counts = try #require(object.first?["counts"] as? [String: [String: Int]])
        #expect(counts.values.map { $0["added"] ?? 0 }.reduce(0, +) == lines.count - 1, "\(result.stdout)")

        let folder = try CoachBinary.run(["import", home.path, "--store", fresh], environment: env)
        #expect(folder.status != 0)
        #expect(folder.stderr.contains("folder or device, not a file"), "\(folder.stderr)")
        #expect(!folder.stderr.contains("NSCocoaErrorDomain"))
    }
}
