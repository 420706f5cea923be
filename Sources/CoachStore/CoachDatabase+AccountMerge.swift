public import CoachCore
public import Foundation
import GRDB

// `accountMergeProposal`: merged versions proposed when a pulled account version was made at the
// same time as this store's (same version number, other content). One open proposal per account.

extension CoachDatabase {
    static func createAccountMerge(_ db: Database) throws {
        try db.create(table: "accountMergeProposal") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("accountId", .text).notNull().references("account", onDelete: .cascade)
            t.column("baseVersion", .integer).notNull()
            t.column("oursVersion", .integer).notNull()
            t.column("oursBy", .text).notNull()
            t.column("theirsVersion", .integer).notNull()
            t.column("theirsBy", .text).notNull()
            t.column("content", .text).notNull()
            t.column("conflicts", .text).notNull()
            t.column("createdAt", .datetime).notNull()
            t.column("acceptedVersion", .integer)
        }
        try db.create(index: "accountMergeProposal_account", on: "accountMergeProposal", columns: ["accountId"])
    }

    /// After a pulled version `theirsVersion` was stored next to this store's concurrent edit
    /// `oursVersion`, both from `baseVersion`: stores the three-way merge as the account's open
    /// proposal (replacing an older open one), unless the merge is what the newest version says.
    static func proposeMerge(
        db: Database, accountID: String, baseVersion: Int, oursVersion: Int, theirsVersion: Int, at date: Date
    ) throws {
        func version(_ number: Int) throws -> AccountVersionRecord? {
            try AccountVersionRecord.all().filter(accountID: accountID)
                .filter(AccountVersionRecord.Columns.version == number).fetchOne(db)
        }
        guard baseVersion >= 1, let base = try version(baseVersion), let ours = try version(oursVersion),
              let theirs = try version(theirsVersion) else { return }
        let theirsAccount = try decode(theirs)
        let merge = AccountMerge(base: try decode(base), ours: try decode(ours), theirs: theirsAccount)
        guard merge.account != theirsAccount else { return }
        try db.execute(
            sql: "DELETE FROM accountMergeProposal WHERE accountId = ? AND acceptedVersion IS NULL", arguments: [accountID])
        let display = try String.fetchOne(
            db, sql: "SELECT displayName FROM teamMember WHERE role = ?", arguments: [theirs.importedBy]) ?? theirs.importedBy
        let conflicts = String(decoding: try JSONEncoder().encode(merge.conflicts), as: UTF8.self)
        try db.execute(
            sql: """
                INSERT INTO accountMergeProposal
                    (accountId, baseVersion, oursVersion, oursBy, theirsVersion, theirsBy, content, conflicts, createdAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [accountID, baseVersion, oursVersion, ours.importedBy, theirsVersion, display,
                        try encode(merge.account), conflicts, date])
    }

    static func proposal(_ row: Row, db: Database) throws -> AccountMergeProposal {
        let accountID: String = row["accountId"]
        let account = try JSONDecoder().decode(Account.self, from: Data((row["content"] as String).utf8))
        let conflicts = try JSONDecoder().decode([String].self, from: Data((row["conflicts"] as String).utf8))
        var changes: [String] = []
        if let record = try AccountRecord.fetchOne(db, key: accountID) {
            changes = AccountDiff(from: try newestAccount(db, record: record), to: account).changes
        }
        return AccountMergeProposal(
            id: row["id"], accountID: accountID, baseVersion: row["baseVersion"], oursVersion: row["oursVersion"],
            oursBy: row["oursBy"], theirsVersion: row["theirsVersion"], theirsBy: row["theirsBy"], account: account,
            conflicts: conflicts, changes: changes, createdAt: row["createdAt"], acceptedVersion: row["acceptedVersion"])
    }

    /// The account's open merge proposal, if a sync made one.
    public func mergeProposal(accountID: String) throws(StoreError) -> AccountMergeProposal? {
        try perform {
            try dbWriter.read { db in
                try Row.fetchOne(
                    db, sql: "SELECT * FROM accountMergeProposal WHERE accountId = ? AND acceptedVersion IS NULL ORDER BY id DESC LIMIT 1",
                    arguments: [accountID]).map { try Self.proposal($0, db: db) }
            }
        }
    }

    /// The newest proposal's id (0 when none), to find the ones a sync makes.
    public func lastMergeProposalID() throws(StoreError) -> Int64 {
        try perform { try dbWriter.read { db in try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) FROM accountMergeProposal") ?? 0 } }
    }

    /// Open proposals made after `id`, oldest first.
    public func mergeProposals(after id: Int64) throws(StoreError) -> [AccountMergeProposal] {
        try perform {
            try dbWriter.read { db in
                try Row.fetchAll(
                    db, sql: "SELECT * FROM accountMergeProposal WHERE id > ? AND acceptedVersion IS NULL ORDER BY id",
                    arguments: [id]).map { try Self.proposal($0, db: db) }
            }
        }
    }

    /// Stores the account's open proposal as its next version (by `user`, at `date`) and closes
    /// it; nil when there is none.
    public func acceptMergeProposal(accountID: String, by user: String, at date: Date) throws(StoreError) -> AccountImport? {
        guard let proposal = try mergeProposal(accountID: accountID) else { return nil }
        let content = try Self.encode(proposal.account)
        return try perform {
            try dbWriter.write { db in
                let stored = try storeAccount(db, proposal.account, content: content, source: "merge", by: user, at: date)
                try db.execute(
                    sql: "UPDATE accountMergeProposal SET acceptedVersion = ? WHERE id = ?", arguments: [stored.version, proposal.id])
                return stored
            }
        }
    }
}
