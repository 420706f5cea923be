import CoachCore
@testable import CoachStore
import Foundation
import GRDB
import Testing

@Suite struct CoachDatabaseTests {
    static let account = Account(
        id: "east-post", name: "華東郵政分公司", tier: .a, owner: "李明",
        people: [
            Person(name: "王建國", role: .decisionMaker, influence: .high, contact: .low, met: false),
            Person(name: "李四", role: .user),
        ],
        openIssues: [OpenIssue(raised: "2026-10-12", text: "投遞時效不穩定")])
    static let monday = Date(timeIntervalSince1970: 1_795_000_000)
    static let tuesday = monday.addingTimeInterval(86_400)

    @Test func firstImportCreatesVersionOne() throws {
        let store = try CoachDatabase.inMemory()
        let result = try store.importAccount(Self.account, source: "accounts/east-post.yaml", by: "liming", at: Self.monday)
        #expect(result.outcome == .created)
        #expect(result.version == 1)
        #expect(result.summary == "new account: 2 people, 1 open issue")
        #expect(try store.account(id: "east-post") == Self.account)
        let summaries = try store.accounts()
        #expect(summaries == [AccountSummary(id: "east-post", name: "華東郵政分公司", owner: "李明", tier: .a, version: 1, updated: Self.monday)])
    }

    @Test func reimportWithAChangeMakesVersionTwoWithItsSummary() throws {
        let store = try CoachDatabase.inMemory()
        _ = try store.importAccount(Self.account, source: "v1.yaml", by: "liming", at: Self.monday)
        var changed = Self.account
        changed.people[0].contact = .medium
        changed.people.append(Person(name: "趙敏", role: .user))
        let result = try store.importAccount(changed, source: "v2.yaml", by: "王芳", at: Self.tuesday)
        #expect(result.outcome == .updated)
        #expect(result.version == 2)
        #expect(result.summary == "王建國: contact low → medium; + 趙敏 (user)")

        let history = try store.history(id: "east-post")
        #expect(history.map(\.version) == [1, 2])
        #expect(history.map(\.importedBy) == ["liming", "王芳"])
        #expect(history.map(\.source) == ["v1.yaml", "v2.yaml"])
        #expect(history.map(\.importedAt) == [Self.monday, Self.tuesday])
        #expect(history[1].summary == "王建國: contact low → medium; + 趙敏 (user)")
        #expect(try store.account(id: "east-post") == changed)
        #expect(try store.account(id: "east-post", version: 1) == Self.account)
        #expect(try store.accounts().first?.version == 2)
    }

    @Test func identicalReimportMakesNoNewVersion() throws {
        let store = try CoachDatabase.inMemory()
        _ = try store.importAccount(Self.account, source: "a.yaml", by: "liming", at: Self.monday)
        let again = try store.importAccount(Self.account, source: "b.yaml", by: "liming", at: Self.tuesday)
        #expect(again.outcome == .unchanged)
        #expect(again.version == 1)
        #expect(again.summary == "no change")
        #expect(try store.history(id: "east-post").count == 1)
        #expect(try store.accounts().first?.updated == Self.monday)
    }

    @Test func unknownIDGivesNilAndAnErrorListingKnownIDs() throws {
        let store = try CoachDatabase.inMemory()
        #expect(try store.account(id: "nope") == nil)
        #expect(try store.history(id: "nope").isEmpty)
        _ = try store.importAccount(Self.account, source: "a.yaml", by: "liming", at: Self.monday)
        #expect(throws: StoreError.unknownAccount(id: "nope", known: ["east-post"])) {
            try store.requireAccount(id: "nope")
        }
        #expect(StoreError.unknownAccount(id: "nope", known: ["east-post"]).description
            == "no account 'nope' in the store; known ids: east-post")
    }

    @Test func listsTierAFirstThenByName() throws {
        let store = try CoachDatabase.inMemory()
        for (id, tier) in [("c-one", Tier.c), ("a-two", .a), ("none", nil), ("a-one", .a)] {
            _ = try store.importAccount(Account(id: id, name: id.uppercased(), tier: tier), source: "\(id).yaml", by: "t", at: Self.monday)
        }
        #expect(try store.accounts().map(\.id) == ["a-one", "a-two", "c-one", "none"])
    }

    @Test func fileStoreIsCreatedOwnerOnlyInWALModeAndKeepsItsData() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("coach-store-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let path = root.appendingPathComponent("data/coach.sqlite").path
        func mode(_ path: String) throws -> Int {
            try #require(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
        }
        do {
            let store = try CoachDatabase.open(path: path)
            _ = try store.importAccount(Self.account, source: "a.yaml", by: "liming", at: Self.monday)
            #expect(try mode(root.appendingPathComponent("data").path) == 0o700)
            #expect(try mode(path) == 0o600)
            for suffix in ["-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
                #expect(try mode(path + suffix) == 0o600, "\(suffix)")
            }
            let journal = try store.dbWriter.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
            #expect(journal == "wal")
        }
        let reopened = try CoachDatabase.open(path: path)
        #expect(try reopened.account(id: "east-post") == Self.account)
        #expect(try mode(path) == 0o600)
    }

    @Test func aFileThatIsNotAStoreGivesAHint() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("not-a-store-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try String(repeating: "not a database\n", count: 100).write(toFile: path, atomically: true, encoding: .utf8)
        do {
            _ = try CoachDatabase.open(path: path)
            Issue.record("opened a file that is not a database")
        } catch {
            #expect(error.description.contains("is not a coach store, or it is damaged; move it aside"))
        }
    }

    @Test func databaseErrorsBecomeStoreErrorsWithAHint() {
        let error = StoreError.converting(DatabaseError(resultCode: .SQLITE_BUSY, message: "database is locked"), path: "/x/coach.sqlite")
        #expect(error.description == "the store '/x/coach.sqlite' is busy: another coach is writing to it; wait a moment and try again")
    }

    /// Every store error names the file, says what to do in each language, and never repeats
    /// SQLite's, GRDB's or Foundation's words (issue 11, row 11).
    @Test(arguments: [
        StoreError.converting(DatabaseError(resultCode: .SQLITE_BUSY, message: "database is locked"), path: "/x/coach.sqlite"),
        StoreError.converting(DatabaseError(resultCode: .SQLITE_READONLY, message: "attempt to write a readonly database"), path: "/x/coach.sqlite"),
        StoreError.converting(DatabaseError(resultCode: .SQLITE_IOERR, message: "disk I/O error"), path: "/x/coach.sqlite"),
        StoreError.converting(DatabaseError(resultCode: .SQLITE_CANTOPEN, message: "unable to open database file"), path: "/x/coach.sqlite"),
        StoreError.converting(DatabaseError(resultCode: .SQLITE_NOTADB, message: "file is not a database"), path: "/x/coach.sqlite"),
        StoreError.converting(DatabaseError(resultCode: .SQLITE_FULL, message: "database or disk is full"), path: "/x/coach.sqlite"),
        StoreError.converting(DatabaseError(resultCode: .SQLITE_ERROR, message: "no such table: x"), path: "/x/coach.sqlite"),
        StoreError.readOnly(path: "/x/coach.sqlite", reason: .file),
        StoreError.readOnly(path: "/x/coach.sqlite", reason: .folder),
        StoreError.readOnly(path: "/x/coach.sqlite", reason: .sidecar(path: "/x/coach.sqlite-shm")),
        StoreError.cannotUpgrade(path: "/x/coach.sqlite", reason: .file),
        StoreError.blockedBySidecar(path: "/x/coach.sqlite", sidecar: "/x/coach.sqlite-shm"),
        StoreError.diskFull(path: "/x/coach.sqlite"),
        StoreError.unreadableRecord(path: "/x/coach.sqlite", what: "a record"),
        StoreError.cannotCreateFolder(path: "/x", reason: "The operation could not be completed. (NSCocoaErrorDomain error 513.)"),
    ])
    func everyStoreErrorNamesTheFileAndSaysWhatToDoInEachLanguage(_ error: StoreError) {
        let messages = Language.allCases.map { error.message($0) }
        #expect(Set(messages).count == 3, "\(messages)")
        for message in messages {
            #expect(message.contains("/x"), "\(message)")
            for word in ["SQLite", "GRDB", "NSCocoa", "readonly database", "disk I/O error", "database is locked", "unable to open", "no such table", "database or disk"] {
                #expect(!message.contains(word), "\(message)")
            }
        }
    }

    /// SQLITE_FULL while the schema is created (simulated with a tiny `max_page_count`) is said as
    /// a full disk, not as SQLite's "database or disk is full".
    @Test func aFullDiskWhileMigratingIsSaidToBeFull() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("full-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        var configuration = Configuration()
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA max_page_count = 4") }
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        do {
            _ = try CoachDatabase(queue, path: path)
            Issue.record("the schema fitted in four pages")
        } catch {
            #expect(error == .diskFull(path: path))
            #expect(error.message(.en).contains("the disk holding the store '\(path)' is full; free some space"), "\(error.message(.en))")
            #expect(error.message(.zhHans).contains("磁盘已满"))
            #expect(error.message(.zhHant).contains("磁碟已滿"))
        }
    }
}
