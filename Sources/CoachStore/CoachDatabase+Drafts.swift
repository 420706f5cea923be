public import CoachCore
import Foundation
import GRDB

// Drafts of visit logs being written with `/log` (migration "v5"): kept after every answer, one
// per salesperson and account, removed when the log is saved or dropped.
extension CoachDatabase {
    /// Migration "v5": the `visitLogDraft` table.
    static func createDraftTable(_ db: Database) throws {
        try db.create(table: "visitLogDraft") { t in
            t.column("salesperson", .text).notNull()
            t.column("accountId", .text).notNull()
            t.column("step", .integer).notNull()
            t.column("phase", .text).notNull()
            t.column("content", .text).notNull()
            t.column("issues", .text).notNull()
            t.column("startedAt", .datetime).notNull()
            t.column("savedAt", .datetime).notNull()
            t.primaryKey(["salesperson", "accountId"])
        }
    }

    /// Migration "v7-draft-window": which window writes each draft.
    static func addDraftWindow(_ db: Database) throws {
        try db.alter(table: "visitLogDraft") { t in t.add(column: "window", .text) }
    }

    /// Keeps `draft` in its own transaction, replacing the salesperson's earlier draft for the account.
    /// A draft another window writes is refused unless `takingOver` (so two windows never save a mix).
    ///
    /// ```swift
    /// try store.saveDraft(VisitLogDraft(
    ///     uuid: ids.next(), salesperson: "李明", accountID: "east-post", step: 2, phase: .asking,
    ///     content: VisitLogContent(visitDate: "2026-11-29", peopleMet: ["陳志明"]), startedAt: start, savedAt: now))
    /// ```
    public func saveDraft(_ draft: VisitLogDraft, takingOver: Bool = false) throws(StoreError) {
        let record = VisitLogDraftRecord(
            uuid: draft.uuid, salesperson: draft.salesperson, accountId: draft.accountID, step: draft.step, phase: draft.phase.rawValue,
            content: try Self.json(draft.content), issues: try Self.json(draft.issues),
            startedAt: draft.startedAt, savedAt: draft.savedAt, window: draft.window)
        var takenBy: String?
        try perform {
            try dbWriter.write { db in
                let stored = try VisitLogDraftRecord.all()
                    .filter(VisitLogDraftRecord.Columns.salesperson == draft.salesperson && VisitLogDraftRecord.Columns.accountId == draft.accountID)
                    .fetchOne(db)
                if !takingOver, let owner = stored?.window, let mine = draft.window, owner != mine {
                    takenBy = owner
                    return
                }
                try record.upsert(db)
            }
        }
        if takenBy != nil { throw StoreError.journal(.draftInAnotherWindow(accountID: draft.accountID)) }
    }

    /// Removes the salesperson's draft for the account (nothing happens when there is none). With
    /// `window`, only a draft that window wrote (or one no window wrote): a log finished in one
    /// window never removes the draft another window is still writing.
    public func deleteDraft(salesperson: String, accountID: String, window: String? = nil) throws(StoreError) {
        try perform {
            _ = try dbWriter.write { db in
                var drafts = VisitLogDraftRecord
                    .filter(VisitLogDraftRecord.Columns.salesperson == salesperson && VisitLogDraftRecord.Columns.accountId == accountID)
                if let window {
                    drafts = drafts.filter(VisitLogDraftRecord.Columns.window == nil || VisitLogDraftRecord.Columns.window == window)
                }
                try drafts.deleteAll(db)
            }
        }
    }

    /// The salesperson's draft for the account, or nil when there is none.
    public func draft(salesperson: String, accountID: String) throws(StoreError) -> VisitLogDraft? {
        try perform {
            try dbWriter.read { db in
                try VisitLogDraftRecord.all()
                    .filter(VisitLogDraftRecord.Columns.salesperson == salesperson && VisitLogDraftRecord.Columns.accountId == accountID)
                    .fetchOne(db)
                    .map(Self.draft)
            }
        }
    }

    static func draft(_ record: VisitLogDraftRecord) throws -> VisitLogDraft {
        let what = "the draft visit log of \(record.salesperson) for '\(record.accountId)'"
        guard let phase = VisitLogDraft.Phase(rawValue: record.phase) else {
            throw StoreError.journal(.unreadable(what: what, reason: "unknown phase '\(record.phase)'"))
        }
        do {
            let decoder = JSONDecoder()
            return VisitLogDraft(
                uuid: record.uuid, salesperson: record.salesperson, accountID: record.accountId, step: record.step, phase: phase,
                content: try decoder.decode(VisitLogContent.self, from: Data(record.content.utf8)),
                issues: try decoder.decode([NewFollowUp].self, from: Data(record.issues.utf8)),
                startedAt: record.startedAt, savedAt: record.savedAt, window: record.window)
        } catch {
            throw StoreError.journal(.unreadable(what: what, reason: "\(error)"))
        }
    }
}
