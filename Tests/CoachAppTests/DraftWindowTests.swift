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

        let language: Language

        /// - Parameter firstID: where this window's record ids start (two live windows draw random ones).
        init(_ database: CoachDatabase, language: Language = .en, firstID: UInt64 = 1) {
            var environment = Fixtures.environment(database: database)
            environment.ids = .sequential(start: firstID)
            chat = Conversation(environment: environment, language: language)
            apply = SessionFactory.applier(database: database, clock: Fixtures.clock)
            self.language = language
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
                    let applied = apply(record, language)
                    for case .text(let text, _) in applied.shown { shown.append(text) }
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
        #expect(blocked.contains("Another window is writing a visit log for east-post too and keeps the draft"))
        let draft = try #require(try database.draft(salesperson: "test", accountID: "east-post"))
        #expect(draft.content.opinions == "monthly reports, please")
        #expect(draft.content.discussed == "the annual mailing plan")
    }

    /// Two windows that start /log on one account at the same moment: the second one's draft is
    /// refused, said in the user's language as what it is (another window), never as a damaged
    /// store; both visits are saved, each with its own id.
    @Test func twoWindowsLoggingAtOnceAreToldWhoHoldsTheDraftAndBothLogsAreSaved() throws {
        let database = try Fixtures.demoStore()
        var first = Window(database, language: .zhHant)
        var second = Window(database, language: .zhHant, firstID: 1000)
        for window in [0, 1] {
            if window == 0 { _ = first.type("/open east-post"); _ = first.type("/log") } else { _ = second.type("/open east-post"); _ = second.type("/log") }
        }
        _ = first.type("")
        _ = second.type("")
        _ = first.type("6")
        let refused = second.type("4")
        #expect(refused.contains("另一個視窗"), "\(refused)")
        #expect(refused.contains("/log take"))
        #expect(!refused.contains("手動修改"), "\(refused)")
        #expect(!refused.contains("another window"), "\(refused)")
        for _ in 0..<5 { _ = first.type("/skip"); _ = second.type("/skip") }
        let firstSaved = first.type("")
        let secondSaved = second.type("")
        #expect(firstSaved.contains("已儲存走訪記錄"), "\(firstSaved)")
        #expect(secondSaved.contains("已儲存走訪記錄"), "\(secondSaved)")
        let logs = try database.visitLogs(JournalQuery(accountID: "east-post"))
        #expect(logs.count == 2)
        #expect(Set(logs.map(\.uuid)).count == 2)
        #expect(Set(logs.map(\.content.peopleMet)) == [["吳佩珊"], ["林美玲"]])
    }

    /// A log finished in one window removes its own draft, never the one another window is writing.
    @Test func finishingInOneWindowKeepsTheOtherWindowsDraft() throws {
        let database = try Fixtures.demoStore()
        var draft = VisitLogDraft(
            uuid: UUID().uuidString, salesperson: "test", accountID: "east-post", step: 2, phase: .asking,
            content: VisitLogContent(visitDate: "2026-11-29", peopleMet: ["陳志明"]), startedAt: Fixtures.now, savedAt: Fixtures.now)
        draft.window = "host/1/A"
        try database.saveDraft(draft)
        try database.deleteDraft(salesperson: "test", accountID: "east-post", window: "host/2/B")
        #expect(try database.draft(salesperson: "test", accountID: "east-post") != nil)
        try database.deleteDraft(salesperson: "test", accountID: "east-post", window: "host/1/A")
        #expect(try database.draft(salesperson: "test", accountID: "east-post") == nil)
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
