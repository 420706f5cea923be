import CoachCore
@testable import CoachEngine
import CoachTestSupport
import Foundation
import Testing

/// The prep as a guided form: answers, /back, Enter, resuming stored sessions.
@Suite struct PrepFlowTests {
    /// One stored session to resume.
    struct OneSession: PrepSessionSource {
        var saved: SavedPrepSession
        func resumableSession(accountID: String?) -> SavedPrepSession? { saved }
    }

    func conversation(sessions: (any PrepSessionSource)? = nil, language: Language = .zhHant) throws -> Conversation {
        var environment = Fixtures.environment(database: try Fixtures.demoStore())
        if let sessions { environment.sessions = sessions }
        return Conversation(environment: environment, language: language)
    }

    func answers(_ outputs: [Output]) -> [PrepAnswer] {
        outputs.compactMap { if case .record(.prepAnswered(_, let answer, _, _)) = $0 { answer } else { nil } }
    }

    func text(_ outputs: [Output]) -> String {
        outputs.compactMap { if case .text(let text, _) = $0 { text } else { nil } }.joined(separator: "\n")
    }

    @Test func enterAfterBackKeepsTheAnswerShownNotTheFilesValue() throws {
        var chat = try conversation()
        _ = chat.handle("/prep east-post", now: Fixtures.now)
        for line in ["上次輸掉是因為財務處長在最後反對", "是", "否"] { _ = chat.handle(line, now: Fixtures.now) }
        #expect(answers(chat.handle("吳佩珊、林美玲", now: Fixtures.now)).map(\.value) == [.people(["吳佩珊", "林美玲"])])
        let back = chat.handle("/back", now: Fixtures.now)
        #expect(text(back).contains("吳佩珊、林美玲"))
        let kept = answers(chat.handle("", now: Fixtures.now))
        #expect(kept.map(\.value) == [.people(["吳佩珊", "林美玲"])])
        #expect(kept.first?.questionID == "q1d")
    }

    @Test(arguments: [-5, 999, Int.max, Int.min])
    func aStoredPositionOutOfRangeIsClampedNotUsedAsAnIndex(position: Int) throws {
        let saved = SavedPrepSession(key: "east-post@x", accountID: "east-post", position: position, answers: [])
        var chat = try conversation(sessions: OneSession(saved: saved), language: .en)
        let outputs = chat.handle("/resume east-post", now: Fixtures.now)
        #expect(!text(outputs).isEmpty)
        #expect(chat.prompt.hasPrefix("prep east-post "))
        _ = chat.handle("/back", now: Fixtures.now)
        _ = chat.handle("/skip", now: Fixtures.now)
        _ = chat.handle("", now: Fixtures.now)
    }

    @Test func theFormClampsAndMovesWithinItsFields() {
        var form = GuidedForm(count: 3, position: -2)
        #expect(form.position == 0 && form.phase == .asking)
        let moved = form.back()
        #expect(!moved)
        form.advance(); form.advance(); form.advance()
        #expect(form.phase == .reviewing && form.field == nil)
        let edited = form.edit(2)
        #expect(edited && form.field == 1)
        form.advance()
        #expect(form.phase == .reviewing)
        let outOfRange = form.edit(4)
        #expect(!outOfRange)
        #expect(GuidedForm(count: 3, position: 7).phase == .reviewing)
    }
}
