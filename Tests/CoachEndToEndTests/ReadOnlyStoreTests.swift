import CoachTestSupport
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A store that cannot be written still opens for listing and reports, every write says the store
/// is read-only and how to fix it, stale read-only `-shm`/`-wal` files do not keep it broken, a full
/// disk is said to be full, and `--store ""` is an error (issue 11, row 11).
@Suite(.serialized) struct ReadOnlyStoreTests {
    static let jargon = ["readonly database", "disk I/O error", "SQLite", "GRDB", "NSCocoaErrorDomain", "database is locked", "Usage:"]

    /// Chinese messages are wrapped by display width: the text without the line breaks.
    static func unwrapped(_ text: String) -> String { text.replacingOccurrences(of: "\n", with: "") }

    func mode(_ path: String) -> Int {
        (try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? -1
    }

    /// A demo store with one visit log.
    func home() throws -> (home: URL, store: String, env: [String: String]) {
        let (home, store, env) = try CoachBinary.demoHome(user: "reader")
        let added = try CoachBinary.run(
            ["journal", "add", "--store", store, "--account", "east-post", "--visitor", "reader", "--date", "2026-11-30",
             "--discussed", "the annual mailing plan"], environment: env)
        #expect(added.status == 0, "\(added.stderr)")
        return (home, store, env)
    }

    func add(_ store: String, _ env: [String: String], lang: String = "en") throws -> CoachBinary.Result {
        try CoachBinary.run(
            ["journal", "add", "--store", store, "--account", "east-post", "--visitor", "reader", "--date", "2026-11-30",
             "--discussed", "a second visit", "--lang", lang], environment: env)
    }

    func expectReadsWork(_ store: String, _ env: [String: String]) throws {
        let list = try CoachBinary.run(["account", "list", "--store", store], environment: env)
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.stdout.contains("east-post"))
        let journal = try CoachBinary.run(["journal", "--store", store], environment: env)
        #expect(journal.status == 0, "\(journal.stderr)")
        #expect(journal.stdout.contains("the annual mailing plan"))
        let review = try CoachBinary.run(["review", "--store", store, "--period", "2026-11"], environment: env)
        #expect(review.status == 0, "\(review.stderr)")
        #expect(review.stdout.contains("1 visit log"), "\(review.stdout)")
        let report = try CoachBinary.run(["report", "monthly", "--period", "2026-11", "--store", store], environment: env)
        #expect(report.status == 0, "\(report.stderr)")
        for result in [list, journal, review, report] {
            for word in Self.jargon { #expect(!(result.stdout + result.stderr).contains(word), "\(word)") }
        }
    }

    @Test func aStoreFileThatIsNotWritableOpensReadOnlyAndEveryWriteSaysSo() throws {
        let (home, store, env) = try home()
        defer { try? FileManager.default.removeItem(at: home) }
        #expect(chmod(store, 0o400) == 0)
        try expectReadsWork(store, env)

        let refused = try add(store, env)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("the store '\(store)' is read-only (the file is not writable)"), "\(refused.stderr)")
        #expect(refused.stderr.contains("chmod u+w '\(store)'"), "\(refused.stderr)")
        #expect(try Self.unwrapped(add(store, env, lang: "zh-Hans").stderr).contains("数据库“\(store)”是只读的"))
        #expect(try Self.unwrapped(add(store, env, lang: "zh-Hant").stderr).contains("資料庫「\(store)」是唯讀的"))
        let imported = try CoachBinary.run(["account", "import", "--store", store, Fixtures.demoAccountFiles[0]], environment: env)
        #expect(imported.status != 0)
        #expect(imported.stderr.contains("is read-only"), "\(imported.stderr)")
        for word in Self.jargon { #expect(!(refused.stderr + imported.stderr).contains(word), "\(word)") }

        // The REPL opens with a one-line notice, and what is typed is said not to be saved.
        let repl = try CoachBinary.run(["--store", store], input: "/open east-post\n/quit\n", environment: env)
        #expect(repl.status == 0, "\(repl.stderr)")
        #expect(repl.stderr.split(separator: "\n").filter { $0.contains("is read-only") }.count == 1, "\(repl.stderr)")
        #expect(repl.stdout.contains("Opened 華東郵政分公司"))

        // Nothing was left beside the store that could keep it broken, and the mode is as the user set it.
        #expect(!FileManager.default.fileExists(atPath: store + "-shm"))
        #expect(!FileManager.default.fileExists(atPath: store + "-wal"))
        #expect(mode(store) == 0o400)
        #expect(chmod(store, 0o600) == 0)
        #expect(try add(store, env).status == 0)
    }

    @Test func aStoreWhoseFolderIsNotWritableOpensReadOnly() throws {
        let (home, store, env) = try home()
        let folder = URL(fileURLWithPath: store).deletingLastPathComponent().path
        defer {
            chmod(folder, 0o700)
            try? FileManager.default.removeItem(at: home)
        }
        #expect(chmod(folder, 0o500) == 0)
        try expectReadsWork(store, env)
        let refused = try add(store, env)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("its folder '\(folder)' is not writable"), "\(refused.stderr)")
        #expect(refused.stderr.contains("chmod u+w '\(folder)'"), "\(refused.stderr)")
    }

    @Test func staleReadOnlySidecarsLeftBesideTheStoreDoNotKeepItBroken() throws {
        let (home, store, env) = try home()
        defer { try? FileManager.default.removeItem(at: home) }
        // What a read-only run over a 0400 store leaves: -shm and -wal with the store's mode then.
        #expect(FileManager.default.createFile(atPath: store + "-shm", contents: Data(count: 32_768), attributes: [.posixPermissions: 0o400]))
        #expect(FileManager.default.createFile(atPath: store + "-wal", contents: Data(), attributes: [.posixPermissions: 0o400]))
        try expectReadsWork(store, env)
        let added = try add(store, env)
        #expect(added.status == 0, "\(added.stderr)")
        let journal = try CoachBinary.run(["journal", "--store", store], environment: env)
        #expect(journal.stdout.contains("a second visit"))
        for sidecar in [store + "-shm", store + "-wal"] where FileManager.default.fileExists(atPath: sidecar) {
            #expect(mode(sidecar) == 0o600, "\(sidecar)")
        }
    }

    @Test func anEmptyStoreOptionIsAnErrorNeverTheDefaultStore() throws {
        let (home, _, env) = try CoachBinary.demoHome(user: "reader")
        defer { try? FileManager.default.removeItem(at: home) }
        var environment = env
        environment["XDG_DATA_HOME"] = home.appendingPathComponent("data").path
        environment["COACH_STORE"] = nil
        for arguments in [["account", "list"], ["journal", "add", "--account", "east-post", "--discussed", "x"], ["export"], []] {
            let result = try CoachBinary.run(arguments + ["--store", ""], input: "/quit\n", environment: environment)
            #expect(result.status != 0, "\(arguments)")
            #expect(result.stderr.contains("--store needs a path"), "\(arguments): \(result.stderr)")
        }
        let chinese = try CoachBinary.run(["account", "list", "--store", "", "--lang", "zh-Hant"], environment: environment)
        #expect(Self.unwrapped(chinese.stderr).contains("--store 需要一個路徑"), "\(chinese.stderr)")
        #expect(!FileManager.default.fileExists(atPath: home.appendingPathComponent("data/visitcoach/coach.sqlite").path))
    }

    /// A small tmpfs, filled: needs root and a working `mount` (skipped otherwise).
    @Test(.enabled(if: getuid() == 0)) func aFullDiskIsSaidToBeFullWhenOpeningAndWriting() throws {
        let (home, _, env) = try CoachBinary.demoHome(user: "reader")
        let disk = home.appendingPathComponent("disk").path
        try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: true)
        func shell(_ arguments: [String]) throws -> Int32 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = arguments
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            return process.terminationStatus
        }
        guard try shell(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", disk]) == 0 else {
            try? FileManager.default.removeItem(at: home)
            return
        }
        defer {
            _ = try? shell(["umount", disk])
            try? FileManager.default.removeItem(at: home)
        }
        let store = disk + "/coach.sqlite"
        let created = try CoachBinary.run(["account", "import", "--store", store, Fixtures.demoAccountFiles[0]], environment: env)
        #expect(created.status == 0, "\(created.stderr)")
        // Fill what is left.
        let filler = FileHandle(forWritingAtPath: disk + "/filler") ?? {
            FileManager.default.createFile(atPath: disk + "/filler", contents: nil)
            return FileHandle(forWritingAtPath: disk + "/filler")!
        }()
        let block = Data(count: 64 * 1024)
        while (try? filler.write(contentsOf: block)) != nil {}
        let small = Data(count: 512)
        while (try? filler.write(contentsOf: small)) != nil {}
        try? filler.close()

        for arguments in [["account", "list"], ["account", "import", Fixtures.demoAccountFiles[1]]] {
            let result = try CoachBinary.run(arguments + ["--store", store], environment: env)
            #expect(result.status != 0)
            #expect(result.stderr.contains("the disk holding the store '\(store)' is full"), "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains("free some space"), "\(result.stderr)")
            for word in Self.jargon { #expect(!result.stderr.contains(word), "\(word)") }
        }
        let chinese = try CoachBinary.run(["account", "list", "--store", store, "--lang", "zh-Hans"], environment: env)
        #expect(Self.unwrapped(chinese.stderr).contains("所在的磁盘已满"), "\(chinese.stderr)")
    }
}
