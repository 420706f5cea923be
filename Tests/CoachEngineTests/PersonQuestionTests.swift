import CoachCore
import CoachEngine
import CoachRetrieval
import CoachTestSupport
import Foundation
import Testing

/// Questions that name the open account's people are answered for that person, never declined
/// because of the name, in the language they were asked in.
@Suite struct PersonQuestionTests {
    func opened(_ language: Language = .en) throws -> Conversation {
        var conversation = Conversation(environment: Fixtures.environment(database: try Fixtures.demoStore()), language: language)
        _ = conversation.handle("/open east-post", now: Fixtures.now)
        return conversation
    }

    func text(_ outputs: [Output]) -> String {
        outputs.compactMap { if case .text(let text, _) = $0 { text } else { nil } }.joined(separator: "\n")
    }

    @Test(arguments: [
        ("張淑芬一直反對我們，怎麼辦", "張淑芬", "財務處處長"),
        ("吳佩珊能當教練嗎", "吳佩珊", "總經理辦公室秘書"),
        ("林美玲生日快到了要送什麼", "林美玲", "生日"),
        ("林美玲生日快到了要送什么", "林美玲", "生日"),
    ])
    func answersAQuestionAboutAPersonOfTheOpenAccount(question: String, name: String, expected: String) throws {
        var conversation = try opened(.zhHant)
        let found = conversation.searchQuestion(question)
        #expect(found.people.map(\.name) == [name])
        #expect(found.result.verdict != .outOfScope, "\(question)")
        let answer = text(conversation.handle(question, now: Fixtures.now))
        #expect(answer.contains(name) && answer.contains(expected), "\(answer)")
        #expect(!answer.contains(outOfScopeMarker), "\(answer)")
    }

    @Test func aBirthdayQuestionAnsweredInSimplifiedShowsTheBirthdayAndTheCareRule() throws {
        var conversation = try opened(.zhHans)
        let found = conversation.searchQuestion("林美玲生日快到了要送什么")
        #expect(found.result.hits.first?.rule.topics.contains("care.birthday") == true)
        let answer = text(conversation.handle("林美玲生日快到了要送什么", now: Fixtures.now))
        #expect(answer.contains("生日：03-21"))
        #expect(answer.contains("用在这个人身上"), "answered in Simplified: \(answer)")
    }

    @Test func theOpposedFinanceHeadIsNamedWithHerRoleAndStance() throws {
        var conversation = try opened(.en)
        let answer = text(conversation.handle("張淑芬 keeps opposing us, what do I do", now: Fixtures.now))
        #expect(answer.contains("張淑芬 (財務處處長) is the"))
        #expect(answer.contains("opposes us"))
    }

    @Test func withoutAnOpenAccountANameIsJustText() throws {
        let conversation = Conversation(environment: Fixtures.environment(database: try Fixtures.demoStore()), language: .zhHant)
        #expect(conversation.searchQuestion("張淑芬一直反對我們，怎麼辦").people.isEmpty)
    }
}

/// The decline text's start in Traditional Chinese (kept here so the test does not reach into the engine).
private let outOfScopeMarker = "超出了我能"

/// The answer's script follows the question's, whatever the session's Chinese.
@Suite struct AnswerScriptTests {
    @Test(arguments: [
        (Language.zhHans, "林美玲生日快到了要送什麼", "怎麼做", "怎么做"),
        (.zhHant, "林美玲生日快到了要送什么", "怎么做", "怎麼做"),
        (.zhHans, "老闆一直不見我，怎麼辦", "怎麼做", "怎么做"),
    ])
    func answersInTheScriptOfTheQuestion(session: Language, question: String, expected: String, unexpected: String) throws {
        var conversation = Conversation(environment: Fixtures.environment(database: try Fixtures.demoStore()), language: session)
        _ = conversation.handle("/open east-post", now: Fixtures.now)
        let answer = conversation.handle(question, now: Fixtures.now).compactMap { if case .text(let text, _) = $0 { text } else { nil } }.joined(separator: "\n")
        #expect(answer.contains(expected) && !answer.contains(unexpected), "\(answer)")
    }
}
