import CoachCore
import CoachStore
import Foundation
import Testing

/// Drafts of visit logs in an in-memory store: one per salesperson and account, replaced by each
/// save, gone once deleted.
@Suite struct DraftStoreTests {
    static let start = Date(timeIntervalSince1970: 1_796_029_200)  // 2026-11-30 09:00 UTC

    func draft(_ salesperson: String = "李明", account: String = "east-post", step: Int, people: [String] = [], issues: [NewFollowUp] = []) -> VisitLogDraft {
        VisitLogDraft(
            uuid: RecordID.derived(from: "\(salesperson)/\(account)", kind: .draft), salesperson: salesperson, accountID: account, step: step, phase: .asking,
            content: VisitLogContent(visitDate: "2026-11-29", peopleMet: people), issues: issues,
            startedAt: Self.start, savedAt: Self.start.addingTimeInterval(Double(step) * 60))
    }

    @Test func aSavedDraftReadsBackWithEverythingAnswered() throws {
        let store = try CoachDatabase.inMemory()
        #expect(try store.draft(salesperson: "李明", accountID: "east-post") == nil)
        let saved = draft(step: 5, people: ["陳志明", "趙敏"], issues: [NewFollowUp(text: "月結帳單對不上", department: "財務部", due: "2026-12-10")])
        try store.saveDraft(saved)
        #expect(try store.draft(salesperson: "李明", accountID: "east-post") == saved)
    }

    @Test func savingAgainReplacesTheDraftOfTheSameSalespersonAndAccountOnly() throws {
        let store = try CoachDatabase.inMemory()
        try store.saveDraft(draft(step: 1))
        try store.saveDraft(draft("王芳", step: 1))
        try store.saveDraft(draft(account: "riverside-health", step: 3))
        let later = draft(step: 2, people: ["陳志明"])
        try store.saveDraft(later)
        #expect(try store.draft(salesperson: "李明", accountID: "east-post") == later)
        #expect(try store.draft(salesperson: "王芳", accountID: "east-post")?.step == 1)
        #expect(try store.draft(salesperson: "李明", accountID: "riverside-health")?.step == 3)
    }

    @Test func deletingRemovesOnlyThatDraftAndDeletingNothingIsFine() throws {
        let store = try CoachDatabase.inMemory()
        try store.saveDraft(draft(step: 2))
        try store.saveDraft(draft("王芳", step: 4))
        try store.deleteDraft(salesperson: "李明", accountID: "east-post")
        #expect(try store.draft(salesperson: "李明", accountID: "east-post") == nil)
        #expect(try store.draft(salesperson: "王芳", accountID: "east-post")?.step == 4)
        try store.deleteDraft(salesperson: "李明", accountID: "east-post")
    }

    @Test func aDraftSurvivesReopeningTheStoreFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("coach-draft-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("coach.sqlite").path
        let saved = draft(step: 2, people: ["陳志明"])
        try CoachDatabase.open(path: path).saveDraft(saved)
        #expect(try CoachDatabase.open(path: path).draft(salesperson: "李明", accountID: "east-post") == saved)
    }
}
