import CoachCore
import CoachEngine
import CoachTestSupport
import Foundation
import Testing

/// `/log` keeps a draft after every answer, resumes it, and drops it when the log is saved or
/// cancelled; Ctrl-C leaves the log with the draft kept.
@Suite struct JournalDraftTests {
    /// A journal that holds at most one draft.
    struct DraftJournal: JournalSource {
        var draft: VisitLogDraft?

        func comments(for salesperson: String, unreadOnly: Bool) -> [ManagerComment] { [] }
        func followUps(owner: String?, includeClosed: Bool) -> [FollowUp] { [] }
        func reviewEntries(days: DayRange?, who: String?) -> [ReviewEntry] { [] }
        func visitLog(_ id: String) -> VisitLogDetail? { nil }
        func session(_ id: String) -> SessionSnapshot? { nil }
        func visitLogDraft(salesperson: String, accountID: String) -> VisitLogDraft? {
            draft.flatMap { $0.salesperson == salesperson && $0.accountID == accountID ? $0 : nil }
        }
    }

    func conversation(_ draft: VisitLogDraft? = nil) throws -> Conversation {
        var environment = Fixtures.environment(database: try Fixtures.demoStore())
        environment.journal = DraftJournal(draft: draft)
        return Conversation(environment: environment, language: .en)
    }

    func records(_ outputs: [Output]) -> [JournalRecord] {
        outputs.compactMap { if case .record(.journal(let record)) = $0 { record } else { nil } }
    }

    func drafts(_ outputs: [Output]) -> [VisitLogDraft] {
        records(outputs).compactMap {
            switch $0 {
            case .draftSaved(let draft), .draftTakenOver(let draft): draft
            default: nil
            }
        }
    }

    func text(_ outputs: [Output]) -> String {
        outputs.compactMap { if case .text(let text, _) = $0 { text } else { nil } }.joined(separator: "\n")
    }

    /// Starts `/log` on east-post and answers the date and the people met; returns the last draft.
    func answerDateAndPeople(_ conversation: inout Conversation) throws -> VisitLogDraft {
        _ = conversation.handle("/open east-post", now: Fixtures.now)
        let started = conversation.handle("/log", now: Fixtures.now)
        #expect(records(started).isEmpty)
        let date = try #require(drafts(conversation.handle("yesterday", now: Fixtures.now)).first)
        #expect(date.step == 1)
        #expect(date.content.visitDate == "2026-11-29")
        return try #require(drafts(conversation.handle("1, 2", now: Fixtures.now)).first)
    }

    @Test func everyAnswerKeepsTheWholeDraftSoFar() throws {
        var conversation = try conversation()
        let draft = try answerDateAndPeople(&conversation)
        #expect(draft == VisitLogDraft(
            uuid: Fixtures.firstID, salesperson: "test", accountID: "east-post", step: 2, phase: .asking,
            content: VisitLogContent(visitDate: "2026-11-29", peopleMet: ["王建國", "陳志明"]),
            startedAt: Fixtures.now, savedAt: Fixtures.now, window: conversation.environment.window))
        _ = conversation.handle("Budget", now: Fixtures.now)
        _ = conversation.handle("/skip", now: Fixtures.now)
        let issue = try #require(drafts(conversation.handle("Invoice totals | Finance | +7", now: Fixtures.now)).first)
        #expect(issue.step == 4)
        #expect(issue.issues == [NewFollowUp(text: "Invoice totals", department: "Finance", due: "2026-12-06")])
        #expect(drafts(conversation.handle("/back", now: Fixtures.now)).first?.step == 3)
    }

    @Test func logResumesAKeptDraftAtTheNextUnansweredPart() throws {
        var first = try conversation()
        var draft = try answerDateAndPeople(&first)
        draft.window = nil   // the first window was closed (the store's source says so for a gone process)

        var conversation = try self.conversation(draft)
        _ = conversation.handle("/open east-post", now: Fixtures.now)
        let resumed = conversation.handle("/log", now: Fixtures.now)
        #expect(text(resumed).contains("Continuing the visit log you started on 2026-11-30 09:00: 2 of 7 parts done. /cancel discards it."))
        #expect(text(resumed).contains("What was discussed?"))
        #expect(conversation.prompt == "log east-post 3/7> ")
        for answer in ["Budget after the merger", "Reports by district", "", "Send a sample", ""] {
            _ = conversation.handle(answer, now: Fixtures.now)
        }
        #expect(conversation.prompt == "log east-post> ")
        #expect(text(conversation.handle("/repeat", now: Fixtures.now)).contains("2. Met: 王建國, 陳志明"))
        let saved = records(conversation.handle("", now: Fixtures.now))
        guard case .visitLogged(let log)? = saved.first else {
            Issue.record("no visit recorded: \(saved)")
            return
        }
        #expect(log.content.visitDate == "2026-11-29")
        #expect(log.content.discussed == "Budget after the merger")
        #expect(log.uuid == draft.uuid, "the saved log keeps the id its draft was started with")
        #expect(saved.dropFirst().first == .draftDiscarded(salesperson: "test", accountID: "east-post", window: conversation.environment.window))
    }

    @Test func aDraftWithEveryPartDoneResumesAtTheSummaryAndAListStepShowsItsItems() throws {
        let content = VisitLogContent(visitDate: "2026-11-29", peopleMet: ["陳志明"], discussed: "Budget")
        let summary = VisitLogDraft(
            uuid: "8d0c5e3a-2b1f-4c6d-9e7a-1f2b3c4d5e6f", salesperson: "test", accountID: "east-post", step: 6, phase: .reviewing, content: content,
            startedAt: Fixtures.now, savedAt: Fixtures.now)
        var reviewing = try conversation(summary)
        let shown = text(reviewing.handle("/log east-post", now: Fixtures.now))
        #expect(shown.contains("7 of 7 parts done"))
        #expect(shown.contains("3. Discussed: Budget"))
        #expect(reviewing.prompt == "log east-post> ")

        var listing = summary
        listing.phase = .asking
        listing.step = 4
        listing.issues = [NewFollowUp(text: "Invoice totals", department: "Finance")]
        var asking = try conversation(listing)
        let issues = text(asking.handle("/log east-post", now: Fixtures.now))
        #expect(issues.contains("4 of 7 parts done"))
        #expect(issues.contains("+ 1. Invoice totals → Finance"))
        #expect(asking.prompt == "log east-post 5/7> ")
    }

    @Test func interruptLeavesTheLogKeepingTheDraftAndCancelDiscardsIt() throws {
        var conversation = try conversation()
        _ = try answerDateAndPeople(&conversation)
        let interrupted = conversation.interrupt(now: Fixtures.now)
        #expect(records(interrupted).isEmpty)
        #expect(text(interrupted).contains("/log east-post continues it"))
        #expect(conversation.prompt == "coach east-post> ")

        var cancelling = try self.conversation()
        _ = try answerDateAndPeople(&cancelling)
        let cancelled = cancelling.handle("/cancel", now: Fixtures.now)
        #expect(records(cancelled) == [.draftDiscarded(salesperson: "test", accountID: "east-post", window: cancelling.environment.window)])

        var untouched = try self.conversation()
        _ = untouched.handle("/open east-post", now: Fixtures.now)
        _ = untouched.handle("/log", now: Fixtures.now)
        let left = untouched.interrupt(now: Fixtures.now)
        #expect(records(left).isEmpty)
        #expect(text(left).contains("nothing was saved"))
    }
}
