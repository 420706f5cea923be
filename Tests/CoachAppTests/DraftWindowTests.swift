import CoachApp
import CoachCore
import CoachEngine
import CoachStore
import CoachTestSupport
import Foundation
import Testing

/// A /log draft belongs to the window that started it (issue 11, row 8).
@Suite struct DraftWindowTests {
    /// One window: a conversation over the store, with its records applied.
    struct Window {
        var chat: Conversation
        let apply: (Record, Language) -> Applied

        init(_ database: CoachDatabase) {
            chat = Conversation(environment: Fixtures.environment(database: database), language: .en)
            apply = SessionFactory.applier(database: database, clock: Fixtures.clock)
        }

        /// Types a line; returns the text shown, records applied (failures handed back).
        mutating func type(_ line: String) -> String {
            var shown: [String] = []
            var held: [Record] = []
            var reason = ""
            for output in chat.handle(line, now: Fixtures.now) {
                switch output {
                case .record(let record):
                    if !held.isEmpty { held.append(record); continue }
                    let applied = apply(record, .en)
                    if let failure = applied.failure { held = [record]; reason = failure }
                case .text(let text, _): shown.append(text)
                default: break
                }
            }
            if !held.isEmpty {
                for case .text(let text, _) in chat.notSaved(held, reason: reason, now: Fixtures.now) { shown.append(text) }
            }
            return shown.joined(separator: "\n")
        }
    }

    @Test func aSecondWindowSeesTheDraftIsOpenElsewhereAndTakesItOverExplicitly() throws {
        let database = try Fixtures.demoStore()
        var first = Window(database)
        var second = Window(database)
        _ = first.type("/open east-post")
        _ = first.type("/log")
        _ = first.type("")
        _ = first.type("2")
        _ = first.type("the annual mailing plan")

        _ = second.type("/open east-post")
        let refused = second.type("/log")
        #expect(refused.contains("A draft of this visit log from another window is open"))
        #expect(refused.contains("/log take east-post"))
        #expect(second.prompt == "coach east-post> ")

        let taken = second.type("/log take")
        #expect(taken.contains("now this window's"))
        _ = second.type("monthly reports, please")

        // The first window can no longer write the draft: told so, its answer kept, nothing mixed.
        let blocked = first.type("we should not mix")
        #expect(blocked.contains("Not saved yet: the visit log draft"))
        let draft = try #require(try database.draft(salesperson: "test", accountID: "east-post"))
        #expect(draft.content.opinions == "monthly reports, please")
        #expect(draft.content.discussed == "the annual mailing plan")
    }

    @Test func aDraftWithoutAnOpenWindowContinuesInTheNextOne() throws {
        let database = try Fixtures.demoStore()
        var draft = VisitLogDraft(
            uuid: UUID().uuidString, salesperson: "test", accountID: "east-post", step: 2, phase: .asking,
            content: VisitLogContent(visitDate: "2026-11-29", peopleMet: ["陳志明"]),
            startedAt: Fixtures.now, savedAt: Fixtures.now)
        draft.window = "\(ProcessInfo.processInfo.hostName)/999999999/crashed"
        try database.saveDraft(draft)
        var next = Window(database)
        _ = next.type("/open east-post")
        let resumed = next.type("/log")
        #expect(resumed.contains("What was discussed?"))
        _ = next.type("pricing")
        #expect(try database.draft(salesperson: "test", accountID: "east-post")?.content.discussed == "pricing")
    }
}

extension DraftWindowTests.Window {
    var prompt: String { chat.prompt }
}
