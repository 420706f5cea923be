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
        _ = chat.handle("/skip", now: Fixtures.now)
        for line in ["上次輸掉是因為財務處長在最後反對", "是", "否"] { _ = chat.handle(line, now: Fixtures.now) }
        #expect(answers(chat.handle("吳佩珊、林美玲", now: Fixtures.now)).first?.value == .people(["吳佩珊", "林美玲"]))
        let back = chat.handle("/back", now: Fixtures.now)
        #expect(text(back).contains("吳佩珊、林美玲"))
        let kept = answers(chat.handle("", now: Fixtures.now))
        #expect(kept.first?.value == .people(["吳佩珊", "林美玲"]))
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

/// What the file and earlier preps know is confirmed once; answers carry forward; reactions.
@Suite struct PrepCarryForwardTests {
    /// Sessions with a paused one and the salesperson's earlier answers.
    struct Sessions: PrepSessionSource {
        var paused: SavedPrepSession?
        var earlier: [PrepAnswer] = []
        func resumableSession(accountID: String?) -> SavedPrepSession? { paused }
        func earlierAnswers(salesperson: String, accountID: String?) -> [PrepAnswer] { earlier }
    }

    func conversation(_ sessions: Sessions = Sessions(), language: Language = .en) throws -> Conversation {
        var environment = Fixtures.environment(database: try Fixtures.demoStore())
        environment.sessions = sessions
        return Conversation(environment: environment, language: language)
    }

    func records(_ outputs: [Output]) -> [Record] {
        outputs.compactMap { if case .record(let record) = $0 { record } else { nil } }
    }

    func text(_ outputs: [Output]) -> String {
        outputs.compactMap { if case .text(let text, _) = $0 { text } else { nil } }.joined(separator: "\n")
    }

    var atSummary: (Conversation) -> Bool {
        { chat in if case .prep(let flow) = chat.mode { flow.form.phase == .reviewing && !flow.blockOpen } else { false } }
    }

    /// Answers every question with `answer` until the summary; returns how many were asked.
    func answerAll(_ chat: inout Conversation, with answer: String = "yes") -> Int {
        var asked = 0
        while !atSummary(chat), asked < 40 {
            _ = chat.handle(answer, now: Fixtures.now)
            asked += 1
        }
        return asked
    }

    @Test(arguments: ["east-post", "riverside-health", "sz-huake"])
    func aWellKnownAccountAsksAtMostTenQuestionsAfterTheConfirmBlock(account: String) throws {
        var chat = try conversation()
        let start = chat.handle("/prep \(account)", now: Fixtures.now)
        #expect(text(start).contains("All still true?"))
        _ = chat.handle("", now: Fixtures.now)
        let asked = answerAll(&chat)
        #expect(asked <= 10, "\(account): \(asked) questions")
    }

    /// The prep ends with the plan its answers lead to: every strategy shown says why, none
    /// restates a self-check (the prep was that), a few first and the rest folded by person; the
    /// stored session keeps the same strategies.
    @Test func thePrepEndsWithStrategiesThatSayWhyAndRestateNoSelfCheck() throws {
        var chat = try conversation()
        _ = chat.handle("/prep east-post", now: Fixtures.now)
        _ = chat.handle("", now: Fixtures.now)
        _ = answerAll(&chat, with: "not sure")
        let finished = chat.handle("", now: Fixtures.now)
        let shown = text(finished)
        #expect(!shown.contains("/rule selfcheck."), "\(shown)")
        #expect(shown.contains("By person:"))
        let numbered = shown.split(separator: "\n").filter { $0.first?.isNumber == true && $0.contains(". [") }
        #expect(numbered.count == StrategyPlanner.topCount)
        #expect(shown.components(separatedBy: "\n   why: ").count - 1 == numbered.count, "\(shown)")
        guard case .prepFinished(let result)? = records(finished).first else {
            Issue.record("the prep must be recorded")
            return
        }
        #expect(!result.strategies.contains { $0.ruleID.hasPrefix("selfcheck.") })
        #expect(result.strategies.contains { $0.ruleID == "strategy.opposed-finance.what-to-do" && $0.person == "張淑芬" })
    }

    @Test func aSecondPrepConfirmsWhatTheLastOneSaidAndAsksWellUnderHalf() throws {
        let earlier = [
            PrepAnswer(questionID: "q1a", value: .text("Missed a reorganisation")),
            PrepAnswer(questionID: "q1b", value: .yes),
            PrepAnswer(questionID: "q1e", value: .text("the decision process")),
            PrepAnswer(questionID: "q1f", value: .text("coffee every month")),
        ]
        var chat = try conversation(Sessions(earlier: earlier))
        let start = text(chat.handle("/prep east-post", now: Fixtures.now))
        #expect(start.contains("Last time you answered"))
        #expect(start.contains("coffee every month"))
        _ = chat.handle("", now: Fixtures.now)
        #expect(answerAll(&chat) <= 6)
    }

    @Test func aCoachNamedInQ1dIsCarriedToQ2dNotAskedAgain() throws {
        var chat = try conversation()
        _ = chat.handle("/prep east-post", now: Fixtures.now)
        _ = chat.handle("1", now: Fixtures.now)   // change the coach line (q1d, q2d)
        for line in ["lost one", "yes", "no"] { _ = chat.handle(line, now: Fixtures.now) }
        let outputs = chat.handle("6, 4", now: Fixtures.now)
        let answers = records(outputs).compactMap { if case .prepAnswered(_, let answer, _, _) = $0 { answer } else { nil } }
        #expect(answers.map(\.questionID) == ["q1d", "q2d"])
        #expect(answers.allSatisfy { $0.value == .people(["吳佩珊", "林美玲"]) })
        #expect(text(outputs).contains("Also noted for q2d"))
        var seen = ""
        while !atSummary(chat) { seen += text(chat.handle("yes", now: Fixtures.now)) }
        #expect(!seen.contains("q2d."))
    }

    @Test func anAnswerThatRevealsARiskGetsOneLineWithItsRuleAndConfirmingTheFileGetsNone() throws {
        var chat = try conversation()
        let confirmed = text(chat.handle("/prep east-post", now: Fixtures.now) + chat.handle("", now: Fixtures.now))
        #expect(!confirmed.contains("/rule strategy.find-all-roles"))
        var other = try conversation()
        _ = other.handle("/prep east-post", now: Fixtures.now)
        _ = other.handle("8", now: Fixtures.now)   // change who decides (q3e)
        var said = ""
        while !said.contains("q3e.") { said = text(other.handle("yes", now: Fixtures.now)) }
        let reaction = text(other.handle("none", now: Fixtures.now))
        #expect(reaction.contains("Not sure who decides"))
        #expect(reaction.contains("(/rule strategy.find-all-roles.what-to-do)"))
    }

    @Test func knownQuestionsShowTheirTextAndSayEnterConfirms() throws {
        var chat = try conversation()
        _ = chat.handle("/prep east-post", now: Fixtures.now)
        _ = chat.handle("/skip", now: Fixtures.now)
        var said = ""
        while !said.contains("q3a.") { said = text(chat.handle("yes", now: Fixtures.now)) }
        #expect(said.contains("q3a. Has the account's purchasing power changed recently?"))
        #expect(said.contains("Press Enter to confirm what the account file says."))
    }

    @Test func prepOffersThePausedSessionAndPrepNewAbandonsIt() throws {
        let paused = SavedPrepSession(key: "east-post@old", accountID: "east-post", position: 6, answers: [], salesperson: "test",
                                      updatedAt: Fixtures.now.addingTimeInterval(-3 * 86_400))
        var chat = try conversation(Sessions(paused: paused))
        let offer = chat.handle("/prep east-post", now: Fixtures.now)
        #expect(text(offer).contains("a prep from 3 days ago paused at question 7 of 19: /resume continues it, or /prep new"))
        #expect(chat.mode.isIdle)
        #expect(records(offer).isEmpty)
        #expect(text(chat.handle("/open east-post", now: Fixtures.now)).contains("3 days ago"))
        let fresh = records(chat.handle("/prep new east-post", now: Fixtures.now))
        #expect(fresh.first == .prepAbandoned(key: "east-post@old", at: Fixtures.now))
        guard case .prepStarted(let started)? = fresh.dropFirst().first else { Issue.record("no new session"); return }
        #expect(!started.flags.isEmpty)
        #expect(!started.strategies.isEmpty)
    }

    @Test func aPrepPausedPastTheCorpusLimitIsAbandonedNotOffered() throws {
        let days = try #require(Fixtures.corpus.prep.abandonPausedAfterDays)
        let paused = SavedPrepSession(key: "east-post@old", accountID: "east-post", position: 2, answers: [], salesperson: "test",
                                      updatedAt: Fixtures.now.addingTimeInterval(-Double(days + 1) * 86_400))
        var chat = try conversation(Sessions(paused: paused))
        let outputs = chat.handle("/resume", now: Fixtures.now)
        #expect(records(outputs) == [.prepAbandoned(key: "east-post@old", at: Fixtures.now)])
        #expect(chat.mode.isIdle)
    }

    @Test func anotherSalespersonsPausedPrepIsNotOffered() throws {
        let paused = SavedPrepSession(key: "east-post@old", accountID: "east-post", position: 2, answers: [], salesperson: "someone else",
                                      updatedAt: Fixtures.now)
        var chat = try conversation(Sessions(paused: paused))
        _ = chat.handle("/prep east-post", now: Fixtures.now)
        guard case .prep(let flow) = chat.mode else { Issue.record("no prep started"); return }
        #expect(flow.key != "east-post@old")
    }

    /// The confirm block says what is known in words; the questions' internal ids stay out of it.
    @Test(arguments: [Language.en, .zhHans, .zhHant])
    func theConfirmBlockShowsNoQuestionIDs(language: Language) throws {
        var chat = try conversation(language: language)
        let block = text(chat.handle("/prep east-post", now: Fixtures.now))
        #expect(block.contains("1. "), "\(block)")
        #expect(block.range(of: #"\(q\d[a-z]"#, options: .regularExpression) == nil, "question ids in the confirm block: \(block)")
    }

    /// The prompts of the flows are in the session's language (the account id and numbers stay).
    @Test func promptsOfFlowsAreInTheSessionsLanguage() throws {
        var hant = try conversation(language: .zhHant)
        _ = hant.handle("/prep east-post", now: Fixtures.now)
        #expect(hant.prompt == "準備 east-post> ")
        _ = hant.handle("/skip", now: Fixtures.now)
        #expect(hant.prompt == "準備 east-post 1/19> ")
        var hans = try conversation(language: .zhHans)
        _ = hans.handle("/log east-post", now: Fixtures.now)
        #expect(hans.prompt == "记录 east-post 1/7> ")
        var english = try conversation(language: .en)
        _ = english.handle("/prep east-post", now: Fixtures.now)
        #expect(english.prompt == "prep east-post> ")
    }
}
