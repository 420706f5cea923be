import CoachTestSupport
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Account files through the binary as a user meets them (issue 11 rows 4 and 11, issue 17 "three
/// errors"): hostile files refused at once, errors like a compiler's in the user's language,
/// Ctrl-C stops an import of many files with nothing stored.
@Suite(.serialized) struct AccountFileCommandTests {
    /// A fresh home with an empty store and the test corpus.
    func home() throws -> (home: URL, store: String, env: [String: String]) {
        let home = try CoachBinary.temporaryDirectory()
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env["LANG"] = "en_US.UTF-8"
        env["HOME"] = home.path
        env["USER"] = "files"
        env["COACH_CORPUS"] = Fixtures.corpusDirectory
        return (home, home.appendingPathComponent("coach.sqlite").path, env)
    }

    func storedAccounts(_ store: String, _ env: [String: String]) throws -> String {
        try CoachBinary.run(["account", "list", "--json", "--store", store], environment: env).stdout
    }

    static let threeProblems = """
        account: 華東郵政分公司
        id: east-post
        tier: A
        owner: 李明
        people:
          - name: 王建國
            title: 總經理
            role: decision-maker
            influence: high
          - name: 林美玲
            title: 採購經理
            role: boss
            reports-to: 王建國
            influence: medium
          - name: 張淑芬
            title: 財務經理
            role: finance
            reports-to: 王建國
            influence: medium
            birthday: 1980-02-30
          - name: 吳佩珊
            title: 行政專員
            role: user
            reports-to: 林美玲
          - name: 陳志明
            title: 技術主管
            role: technical
            reports-to: 王建國
          - name: 劉組長
            title: 採購組長
            reports-to: 林美铃

        """

    @Test func threeProblemsAreReportedInTraditionalChineseAndNothingIsImported() throws {
        let (home, store, env) = try home()
        let file = home.appendingPathComponent("east-post.yaml")
        try Self.threeProblems.write(to: file, atomically: true, encoding: .utf8)
        let result = try CoachBinary.run(
            ["account", "import", "--lang", "zh-Hant", "--store", store, file.path], environment: env)
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 4, "\(result.stderr)")
        #expect(lines.prefix(3).map { $0.hasPrefix(file.path + ":") } == [true, true, true], "\(result.stderr)")
        #expect(lines.prefix(3).allSatisfy { $0.contains(": 錯誤：") }, "\(result.stderr)")
        #expect(lines.first?.hasPrefix("\(file.path):12:11: 錯誤：「role」的值「boss」無效") == true, "\(result.stderr)")
        #expect(lines.dropFirst().first?.hasPrefix("\(file.path):20:15: 錯誤：生日「1980-02-30」無效") == true)
        #expect(lines.dropFirst(2).first?.hasPrefix("\(file.path):31:17: 錯誤：") == true)
        #expect(lines.last == "\(file.path) 中有 3 個錯誤，沒有匯入任何內容。請修正後重新匯入。", "\(result.stderr)")
        for english in ["error", "Error", "invalid", "allowed"] { #expect(!result.stderr.contains(english), "\(english): \(result.stderr)") }
        #expect(!(try storedAccounts(store, env)).contains("east-post"))
    }

    @Test(arguments: [["account", "import"], ["outline"], ["strategies"], ["account", "show"]])
    func aFolderIsNamedAsAFolder(command: [String]) throws {
        let (home, store, env) = try home()
        let folder = home.appendingPathComponent("accounts.yaml")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let result = try CoachBinary.run(command + ["--store", store, folder.path], environment: env)
        #expect(result.status == 1)
        #expect(result.stderr.contains("is a folder, not an account file"), "\(result.stderr)")
        #expect(!result.stderr.contains("NSCocoaErrorDomain"))
    }

    /// The chained merge keys of issue 11 (each level merges the last one three times); with the
    /// `!!merge` tag Yams expands them, which ran for ever.
    @Test(.timeLimit(.minutes(1)), arguments: ["<<", "!!merge <<"])
    func theChainedMergeKeyBombIsRefusedAtOnce(key: String) throws {
        let (home, store, env) = try home()
        var bomb = "account: Bomb\npeople:\n  - &p0 {name: a, note: x}\n"
        for level in 1...14 { bomb += "  - &p\(level)\n    \(key): [*p\(level - 1), *p\(level - 1), *p\(level - 1)]\n    name: n\(level)\n" }
        #expect(bomb.utf8.count < 1024)
        let file = home.appendingPathComponent("bomb.yaml")
        try bomb.write(to: file, atomically: true, encoding: .utf8)
        for command in [["account", "import"], ["outline"]] {
            let result = try CoachBinary.run(command + ["--store", store, file.path], environment: env)
            #expect(result.status == 1)
            #expect(result.stderr.contains("bomb.yaml:5:5: error: "), "\(result.stderr)")
            #expect(result.stderr.contains(key == "<<" ? "merge keys ('<<') are not allowed" : "the '!!merge' tag is not allowed"), "\(result.stderr)")
        }
    }

    @Test func anOversizedFileIsRefusedNamingItsSize() throws {
        let (home, store, env) = try home()
        let file = home.appendingPathComponent("huge.yaml")
        try Data(repeating: UInt8(ascii: "#"), count: 3 * 1024 * 1024).write(to: file)
        let result = try CoachBinary.run(["account", "import", "--lang", "zh-Hans", "--store", store, file.path], environment: env)
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(file.path):1:1: 错误：文件有 3 MB，超过客户档案的上限 1 MB"), "\(result.stderr)")
    }

    /// An account file of about 1 MB whose id is `big-<index>`.
    static func bigAccount(_ index: Int) -> String {
        var yaml = "account: Big Group \(index)\nid: big-\(index)\ntier: A\npeople:\n"
        for person in 0..<4200 {
            yaml += "  - name: Person \(person)\n    title: Regional Operations Manager for district \(person)\n"
            yaml += "    role: user\n    influence: medium\n    support: neutral\n"
            if person > 0 { yaml += "    reports-to: Person \(person - 1)\n" }
            yaml += "    note: visited the depot twice this quarter\n"
        }
        return yaml
    }

    @Test(.timeLimit(.minutes(5)))
    func ctrlCDuringAnImportOfManyFilesStoresNothingAndExits130() throws {
        let (home, store, env) = try home()
        let files = try (0..<40).map { index -> String in
            let file = home.appendingPathComponent("big-\(index).yaml")
            try Self.bigAccount(index).write(to: file, atomically: true, encoding: .utf8)
            return file.path
        }
        let process = Process()
        process.executableURL = CoachBinary.url
        process.arguments = ["account", "import", "--lang", "zh-Hans", "--store", store] + files
        process.environment = env
        let stdout = Pipe(), stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // Long enough for the handlers to be installed; 40 files of 1 MB take far longer to parse.
        Thread.sleep(forTimeInterval: 2)
        #expect(process.isRunning, "the import finished before Ctrl-C")
        kill(process.processIdentifier, SIGINT)
        let err = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        _ = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit, "killed by the signal instead of stopping")
        #expect(process.terminationStatus == 130)
        #expect(err == "已中断（Ctrl-C）：没有导入任何内容。\n", "\(err)")
        #expect(!(try storedAccounts(store, env)).contains("big-"))
    }

    @Test(.timeLimit(.minutes(3)))
    func ctrlCWhileAnExportIsPrintingExits130() throws {
        let (home, store, env) = try home()
        let file = home.appendingPathComponent("big-1.yaml")
        try Self.bigAccount(1).write(to: file, atomically: true, encoding: .utf8)
        let imported = try CoachBinary.run(["account", "import", "--store", store, file.path], environment: env)
        #expect(imported.status == 0, "\(imported.stderr)")
        let process = Process()
        process.executableURL = CoachBinary.url
        process.arguments = ["export", "--lang", "zh-Hant", "--store", store]
        process.environment = env
        let stdout = Pipe(), stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // Nobody reads standard output, so the export blocks once the pipe is full (64 KB).
        Thread.sleep(forTimeInterval: 3)
        #expect(process.isRunning, "the export finished before Ctrl-C")
        kill(process.processIdentifier, SIGINT)
        let err = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        _ = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 130)
        #expect(err == "已中斷（Ctrl-C）：上面的輸出不完整。\n", "\(err)")
    }
}
