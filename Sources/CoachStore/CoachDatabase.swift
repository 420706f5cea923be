public import CoachCore
public import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The coach's database: accounts and every imported version of them.
///
/// Like GRDB's demo `AppDatabase`, it holds one `DatabaseWriter`, migrates the schema when it is
/// created, and names its writes for what they mean. Every GRDB error is converted to `StoreError`.
///
/// ```swift
/// let store = try CoachDatabase.open(path: paths.storeFile(option: nil))
/// let result = try store.importAccount(account, source: "accounts/east-post.yaml", by: "liming", at: Date())
/// print(result.version, result.summary)   // 2 王建國: contact low → medium
/// ```
///
/// To extend the schema, append a migration (`"v2"`, `"v3"`…) to `migrator`; never edit one that
/// has shipped. New writes and reads go in extensions (`CoachDatabase+Sessions.swift`).
public struct CoachDatabase: Sendable {
    /// Access to the database.
    let dbWriter: any DatabaseWriter

    /// The file, or nil for an in-memory store.
    public let path: String?

    /// Why the store was opened read-only, or nil when it can be written: listing and reports
    /// work, and every write fails with `StoreError.readOnly` saying how to make it writable.
    public internal(set) var readOnly: ReadOnlyReason?

    /// Makes the ids of the records the store creates itself (status changes, verifications,
    /// account versions, training records).
    public var ids: RecordIDs = .random

    /// Wraps `dbWriter` and brings its schema up to date.
    init(_ dbWriter: any DatabaseWriter, path: String?) throws(StoreError) {
        self.dbWriter = dbWriter
        self.path = path
        try Self.converting(path: path) { try Self.migrator.migrate(dbWriter) }
    }

    /// Wraps a read-only connection to the store at `path`, whose schema must already be this
    /// coach's (a read-only store cannot be upgraded).
    init(readOnly dbWriter: any DatabaseWriter, path: String, reason: ReadOnlyReason) throws(StoreError) {
        self.dbWriter = dbWriter
        self.path = path
        self.readOnly = reason
        let current = try Self.converting(path: path) { try dbWriter.read { db in try Self.migrator.hasCompletedMigrations(db) } }
        guard current else { throw StoreError.cannotUpgrade(path: path, reason: reason) }
    }

    /// The schema, one migration per released change.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.create(table: "account") { t in
                t.primaryKey("id", .text)
                t.column("name", .text).notNull()
                t.column("owner", .text)
                t.column("tier", .text)
                t.column("version", .integer).notNull()
                t.column("updatedAt", .datetime).notNull()
            }
            try db.create(table: "accountVersion") { t in
                t.column("accountId", .text).notNull().references("account", onDelete: .cascade)
                t.column("version", .integer).notNull()
                t.column("importedAt", .datetime).notNull()
                t.column("importedBy", .text).notNull()
                t.column("source", .text).notNull()
                t.column("content", .text).notNull()
                t.column("summary", .text).notNull()
                t.primaryKey(["accountId", "version"])
            }
        }
        migrator.registerMigration("v2") { db in
            try db.create(table: "coachingSession") { t in
                t.primaryKey("key", .text)
                t.column("accountId", .text).notNull().indexed()
                t.column("accountVersion", .integer)
                t.column("salesperson", .text).notNull()
                t.column("language", .text).notNull()
                t.column("status", .text).notNull()
                t.column("position", .integer).notNull()
                t.column("startedAt", .datetime).notNull()
                t.column("updatedAt", .datetime).notNull()
                t.column("finishedAt", .datetime)
                t.column("flags", .text)
                t.column("strategies", .text)
                t.column("outline", .text)
            }
            try db.create(table: "sessionAnswer") { t in
                t.column("sessionKey", .text).notNull().references("coachingSession", onDelete: .cascade)
                t.column("questionId", .text).notNull()
                t.column("answer", .text).notNull()
                t.column("answeredAt", .datetime).notNull()
                t.primaryKey(["sessionKey", "questionId"])
            }
        }
        // Later migrations ("v3", …) are registered here, after "v2".
        migrator.registerMigration("v3", migrate: createJournalTables)
        migrator.registerMigration("v4", migrate: createTrainingTables)
        migrator.registerMigration("v5", migrate: createDraftTable)
        migrator.registerMigration("v6-record-ids", migrate: assignRecordIDs)
        migrator.registerMigration("v7-draft-window", migrate: addDraftWindow)
        migrator.registerMigration("v8-journal-search", migrate: createJournalSearch)
        migrator.registerMigration("v9-team-sync", migrate: createTeamSync)
        migrator.registerMigration("v9-pause-reason") { db in
            try db.alter(table: "coachingSession") { t in t.add(column: "pausedBy", .text) }
        }
        migrator.registerMigration("v10-sync-training", migrate: syncTraining)
        migrator.registerMigration("v11-account-merge", migrate: createAccountMerge)
        migrator.registerMigration("v12-journal-periods", migrate: createPeriodIndexes)
        migrator.registerMigration("v13-imported-lines", migrate: createImportedLines)
        return migrator
    }

    /// Waits up to five seconds for another coach process that is writing.
    static func makeConfiguration() -> Configuration {
        var configuration = Configuration()
        configuration.busyMode = .timeout(5)
        configuration.foreignKeysEnabled = true
        return configuration
    }

    /// Runs `body`, converting GRDB's errors to `StoreError`.
    static func converting<T>(path: String?, _ body: () throws -> T) throws(StoreError) -> T {
        do {
            return try body()
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError {
            throw StoreError.converting(error, path: path)
        } catch {
            // A record GRDB could not decode: written by a newer coach, or edited by hand.
            throw StoreError.unreadableRecord(path: path, what: "a record")
        }
    }

    /// Runs `body`, converting GRDB's errors; on a store opened read-only, a refused write says
    /// why the store is read-only and how to make it writable.
    func perform<T>(_ body: () throws -> T) throws(StoreError) -> T {
        do {
            return try Self.converting(path: path, body)
        } catch {
            if let readOnly, let path, case let .database(_, code, _, _) = error, code & 0xFF == 8 {
                throw StoreError.readOnly(path: path, reason: readOnly)
            }
            throw error
        }
    }
}

// MARK: - Opening

extension CoachDatabase {
    /// Opens the store at `path` in WAL mode, creating it (and its folder) if needed.
    ///
    /// A new folder is created 0700 and a new file 0600, so other users of the machine cannot read
    /// the customer data; SQLite gives the `-wal` and `-shm` files the database file's mode.
    ///
    /// A store that cannot be written (the file 0400 or another user's, its folder not writable, a
    /// `-wal`/`-shm` beside it that is another user's) opens read-only: `readOnly` says why, reads
    /// work and writes fail with `StoreError.readOnly`. A stale read-only `-shm`/`-wal` of the
    /// user's own (left by a read-only run) is given the store's mode again.
    public static func open(path: String) throws(StoreError) -> CoachDatabase {
        let fileManager = FileManager.default
        let previousMask = umask(0o077)
        defer { umask(previousMask) }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        if !fileManager.fileExists(atPath: folder) {
            do {
                try fileManager.createDirectory(
                    atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                if StoreError.diskIsFull(near: folder) { throw StoreError.diskFull(path: path) }
                throw StoreError.cannotCreateFolder(path: folder, reason: (error as NSError).localizedDescription)
            }
        }
        let isNew = !fileManager.fileExists(atPath: path)
        if !isNew, let reason = StoreAccess.readOnlyReason(store: path) {
            return try openReadOnly(path: path, reason: reason)
        }
        let database: CoachDatabase
        do {
            let pool = try converting(path: path) { try DatabasePool(path: path, configuration: makeConfiguration()) }
            database = try CoachDatabase(pool, path: path)
        } catch {
            // Permissions the mode bits did not show (an ACL, a read-only mount): read-only after all.
            if !isNew, case let .database(_, code, _, _) = error, [8, 3].contains(code & 0xFF) {
                return try openReadOnly(path: path, reason: StoreAccess.isWritable(folder) ? .file : .folder)
            }
            throw error
        }
        if isNew { chmod(path, 0o600) }
        return database
    }

    /// Opens the existing store at `path` for reading only. Without a `-wal` file, or with an empty
    /// one (no coach is writing, nothing is waiting in the log), it is opened immutable, so SQLite
    /// creates no `-wal` or `-shm` that could be left behind read-only and needs none it cannot
    /// read; otherwise read-only through them.
    static func openReadOnly(path: String, reason: ReadOnlyReason) throws(StoreError) -> CoachDatabase {
        var configuration = makeConfiguration()
        configuration.readonly = true
        let log = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
        if log == 0 {
            let uri = "file:" + path.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "?", with: "%3f")
                .replacingOccurrences(of: "#", with: "%23") + "?immutable=1"
            // Without URI support in the SQLite library this names no file and fails; then the plain path.
            if let queue = try? DatabaseQueue(path: uri, configuration: configuration) {
                do {
                    return try CoachDatabase(readOnly: queue, path: path, reason: reason)
                } catch {
                    if case .cannotUpgrade = error { throw error }
                }
            }
        }
        do {
            let queue = try converting(path: path) { try DatabaseQueue(path: path, configuration: configuration) }
            return try CoachDatabase(readOnly: queue, path: path, reason: reason)
        } catch {
            if case .sidecar(let sidecar) = reason, case .database = error { throw StoreError.blockedBySidecar(path: path, sidecar: sidecar) }
            throw error
        }
    }

    /// An empty store in memory, for tests and previews.
    public static func inMemory() throws(StoreError) -> CoachDatabase {
        let queue = try converting(path: nil) { try DatabaseQueue(configuration: makeConfiguration()) }
        return try CoachDatabase(queue, path: nil)
    }
}

// MARK: - Writes

extension CoachDatabase {
    /// Stores `account` as a new version if its content differs from the newest one.
    ///
    /// Each version keeps when (`at`), who (`by`), the file it came from (`source`), the account
    /// and a one-line summary of what changed. Importing the same content again stores nothing.
    public func importAccount(_ account: Account, source: String, by user: String, at date: Date) throws(StoreError) -> AccountImport {
        let content = try Self.encode(account)
        return try perform {
            try dbWriter.write { db in try storeAccount(db, account, content: content, source: source, by: user, at: date) }
        }
    }

    /// Stores one account version inside the caller's transaction (see `importAccount`).
    func storeAccount(_ db: Database, _ account: Account, content: String, source: String, by user: String, at date: Date) throws -> AccountImport {
        guard var record = try AccountRecord.fetchOne(db, key: account.id) else {
            let diff = AccountDiff(from: nil, to: account)
            try AccountRecord(
                id: account.id, name: account.name, owner: account.owner, tier: account.tier?.rawValue,
                version: 1, updatedAt: date
            ).insert(db)
            try AccountVersionRecord(
                accountId: account.id, version: 1, importedAt: date, importedBy: user, source: source,
                content: content, summary: diff.summary, uuid: ids.next()
            ).insert(db)
            return AccountImport(
                id: account.id, name: account.name, outcome: .created, version: 1, changes: diff.changes,
                summary: diff.summary, localizedSummary: diff.localizedSummary)
        }
        let previous = try Self.newestAccount(db, record: record)
        if previous == account {
            return AccountImport(
                id: account.id, name: account.name, outcome: .unchanged, version: record.version, changes: [],
                summary: AccountDiff(from: previous, to: account).summary,
                localizedSummary: AccountDiff(from: previous, to: account).localizedSummary)
        }
        let diff = AccountDiff(from: previous, to: account)
        let changes = diff.isEmpty ? ["details changed"] : diff.changes
        let summary = changes.joined(separator: "; ")
        let localized = diff.isEmpty
            ? LocalizedText(en: "details changed", zhHans: "细节有修改", zhHant: "細節有修改") : diff.localizedSummary
        record.version += 1
        record.name = account.name
        record.owner = account.owner
        record.tier = account.tier?.rawValue
        record.updatedAt = date
        try record.update(db)
        try AccountVersionRecord(
            accountId: account.id, version: record.version, importedAt: date, importedBy: user,
            source: source, content: content, summary: summary, uuid: ids.next()
        ).insert(db)
        return AccountImport(
            id: account.id, name: account.name, outcome: .updated, version: record.version, changes: changes,
            summary: summary, localizedSummary: localized)
    }
}

// MARK: - Reads

extension CoachDatabase {
    /// Every account: tier A first, then by name.
    public func accounts() throws(StoreError) -> [AccountSummary] {
        try perform {
            try dbWriter.read { db in
                try AccountRecord.all().orderedForListing().fetchAll(db).map { record in
                    AccountSummary(
                        id: record.id, name: record.name, owner: record.owner, tier: record.tier.flatMap(Tier.init(rawValue:)),
                        version: record.version, updated: record.updatedAt)
                }
            }
        }
    }

    /// The ids of every account, sorted, for messages such as "known ids: …".
    public func accountIDs() throws(StoreError) -> [String] {
        try accounts().map(\.id).sorted()
    }

    /// The newest version of the account, or nil when no account has this id.
    public func account(id: String) throws(StoreError) -> Account? {
        try perform {
            try dbWriter.read { db in
                guard let record = try AccountRecord.fetchOne(db, key: id) else { return nil }
                return try Self.newestAccount(db, record: record)
            }
        }
    }

    /// The newest version of the account, or `StoreError.unknownAccount` listing the known ids.
    public func requireAccount(id: String) throws(StoreError) -> Account {
        if let account = try account(id: id) { return account }
        throw StoreError.unknownAccount(id: id, known: try accountIDs())
    }

    /// One stored version of the account, or nil when there is no such version.
    public func account(id: String, version: Int) throws(StoreError) -> Account? {
        try perform {
            try dbWriter.read { db in
                try AccountVersionRecord.all().filter(accountID: id)
                    .filter(AccountVersionRecord.Columns.version == version)
                    .fetchOne(db)
                    .map(Self.decode)
            }
        }
    }

    /// The account's versions, oldest first; empty when no account has this id.
    public func history(id: String) throws(StoreError) -> [AccountVersion] {
        try perform {
            try dbWriter.read { db in
                try AccountVersionRecord.all().filter(accountID: id).orderedByVersion().fetchAll(db).map { record in
                    AccountVersion(
                        version: record.version, importedAt: record.importedAt, importedBy: record.importedBy,
                        source: record.source, summary: record.summary)
                }
            }
        }
    }
}

// MARK: - Content

extension CoachDatabase {
    static func newestAccount(_ db: Database, record: AccountRecord) throws -> Account {
        guard let version = try AccountVersionRecord.all().filter(accountID: record.id)
            .filter(AccountVersionRecord.Columns.version == record.version)
            .fetchOne(db) else {
            throw StoreError.unreadableVersion(accountID: record.id, version: record.version, reason: "the version is missing")
        }
        return try decode(version)
    }

    static func encode(_ account: Account) throws(StoreError) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(account), as: UTF8.self)
        } catch {
            throw StoreError.cannotEncode(accountID: account.id, reason: "\(error)")
        }
    }

    static func decode(_ record: AccountVersionRecord) throws -> Account {
        do {
            return try JSONDecoder().decode(Account.self, from: Data(record.content.utf8))
        } catch {
            throw StoreError.unreadableVersion(accountID: record.accountId, version: record.version, reason: "\(error)")
        }
    }
}
