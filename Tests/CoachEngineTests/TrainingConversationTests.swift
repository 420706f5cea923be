import CoachCore
@testable import CoachEngine
import CoachRetrieval
import CoachTestSupport
import Foundation
import Testing

@Suite struct TrainingConversationTests {
    static let now = Fixtures.now
    static let index = RetrievalIndex(corpus: TrainingFixtures.corpus)

    func conversation(_ language: Language = .en) -> Conversation {
        let environment = EngineEnvironment(
            corpus: TrainingFixtures.corpus, index: Self.index, accounts: StaticAccountDirectory([TrainingFixtures.account]),
            salesperson: "ana", timeZone: Fixtures.utc, trainingSeed: 17)
        return Conversation(environment: environment, language: language)
    }

    func text(_ outputs: [Output]) -> String {
        outputs.compactMap { output -> String? in
            switch output {
            case .text(let string, _): string
            case .lines(let lines): lines.map(\.plainText).joined(separator: "\n")
            case .table(let table): table.plainText
            default: nil
            }
        }.joined(separator: "\n")
    }

    func records(_ outputs: [Output]) -> [Record] {
        outputs.compactMap { if case .record(let record) = $0 { record } else { nil } }
    }

    /// The answer to the current question: right or wrong.
    func answer(_ conversation: Conversation, right: Bool) -> String {
        let question = conversation.questionRun!.current!.question
        if question.kind == .freeText { return right ? "explain why, record details, tell the customer the result" : "no idea" }
        let index = question.answerIndex!
        return String((right ? index : (index + 1) % question.order.count) + 1)
    }

    @Test func aWrongAnswerComesBackAfterTwoOtherQuestions() {
        var chat = conversation()
        let start = chat.handle("/quiz role", now: Self.now)
        #expect(text(start).contains("Quiz on the role area: 5 questions (0 due for review, 5 new)"))
        var asked: [String] = []
        var answers: [QuizAttempt] = []
        var reviews: [ReviewState] = []
        var first = true
        while let turn = chat.questionRun?.current {
            asked.append(turn.question.entry.id)
            let outputs = chat.handle(answer(chat, right: !first), now: Self.now)
            first = false
            for case .quizAnswered(let attempt, let review) in records(outputs) {
                answers.append(attempt)
                reviews.append(review)
            }
        }
        #expect(asked.count == 6)
        #expect(asked[3] == asked[0])
        #expect(Set(asked).count == 5)
        #expect(answers.map(\.correct) == [false, true, true, true, true, true])
        #expect(answers.map(\.retry) == [false, false, false, true, false, false])
        #expect(reviews[0] == ReviewState(itemID: asked[0], box: 1, lastReviewed: "2026-11-30", dueOn: "2026-11-30"))
        #expect(reviews[3] == ReviewState(itemID: asked[0], box: 2, lastReviewed: "2026-11-30", dueOn: "2026-12-01"))
        #expect(chat.mode.isIdle)
    }

    @Test(arguments: [Language.en, .zhHans, .zhHant])
    func aWrongPickSaysWhyThatOptionIsWrongBeforeTheAnswer(language: Language) throws {
        var chat = conversation(language)
        _ = chat.handle("/quiz role.decision-maker", now: Self.now)
        let question = try #require(chat.questionRun?.current?.question)
        let pick = (question.answerIndex! + 1) % question.order.count
        let reason = try #require(question.entry.item.whyNot[language]?[question.order[pick]])
        let lines = text(chat.handle(String(pick + 1), now: Self.now)).split(separator: "\n").map(String.init)
        let label = ["en": "Why not: ", "zh-Hans": "为什么不对：", "zh-Hant": "為什麼不對："][language.rawValue]!
        let why = try #require(lines.firstIndex(of: label + reason))
        let answer = try #require(lines.firstIndex { $0.hasPrefix(language == .en ? "The answer: " : "答案：") })
        #expect(why < answer)
        _ = chat.handle(String(question.answerIndex! + 1), now: Self.now)
    }

    @Test func aRightPickOrAnItemWithoutReasonsSaysNoWhyNot() throws {
        var chat = conversation()
        _ = chat.handle("/quiz role.decision-maker", now: Self.now)
        #expect(!text(chat.handle(answer(chat, right: true), now: Self.now)).contains("Why not"))
        let rule = try #require(TrainingFixtures.corpus.rules.first { $0.id == "role.coach.basics" })
        let question = QuizQuestion(entry: QuizEntry(rule: rule, position: 0), order: [1, 0, 2])
        #expect(question.whyNot(choice: 0, .en) == nil && question.whyNot(choice: 1, .en) == nil)
    }

    @Test func theWrongItemIsDueFirstInTheNextQuiz() {
        var chat = conversation()
        _ = chat.handle("/quiz role.decision-maker", now: Self.now)
        _ = chat.handle(answer(chat, right: false), now: Self.now)
        _ = chat.handle(answer(chat, right: false), now: Self.now)
        let tomorrow = Self.now.addingTimeInterval(86_400)
        let next = chat.handle("/quiz role", now: tomorrow)
        #expect(text(next).contains("(1 due for review, 4 new)"))
        #expect(chat.questionRun?.current?.question.entry.id == "role.decision-maker.basics#1")
    }

    @Test func freeTextIsScoredAgainstKeyPointsInEitherChineseScript() {
        var chat = conversation(.zhHans)
        _ = chat.handle("/quiz visit.follow-up", now: Self.now)
        let outputs = chat.handle("先說明原因，詳細記錄下來，事後告知客戶結果", now: Self.now)
        #expect(text(outputs).contains("答对了。"))
        #expect(text(outputs).contains("你答到了 3 个要点中的 3 个。"))
        guard case .quizAnswered(let attempt, _)? = records(outputs).first else {
            Issue.record("the answer must be recorded")
            return
        }
        #expect(attempt.correct && attempt.kind == .freeText && attempt.topic == "visit.follow-up")
        var other = conversation()
        _ = other.handle("/quiz visit.follow-up", now: Self.now)
        let wrong = other.handle("I would call my manager", now: Self.now)
        #expect(text(wrong).contains("Not quite."))
        #expect(text(wrong).contains("A good answer covers: explain why; record details; tell the customer the result"))
        #expect(text(wrong).contains("(/rule visit.follow-up.owner)"))
    }

    @Test func aQuizOnATopicWithoutQuestionsListsTheTopicsThatHaveThem() {
        var chat = conversation()
        let outputs = text(chat.handle("/quiz personality.tiger", now: Self.now))
        #expect(outputs.contains("no quiz questions on 'personality.tiger'"))
        #expect(outputs.contains("Topics with questions: role.decision-maker, role.coach, strategy.coach-cultivation, strategy.find-all-roles, visit.follow-up"))
        #expect(chat.mode.isIdle)
        #expect(text(chat.handle("/quiz golf", now: Self.now)).contains("'golf' is not a topic or area"))
    }

    @Test func aLessonShowsItsScreensOnEnterThenAsksItsQuestions() {
        var chat = conversation()
        let first = text(chat.handle("/learn", now: Self.now))
        #expect(first.contains("Lesson 1 of 2, page 1/2: Why coaches matter"))
        #expect(first.contains("Body of Why coaches matter."))
        let second = text(chat.handle("", now: Self.now))
        #expect(second.contains("page 2/2: What a coach does"))
        #expect(second.contains("Press Enter for the 2 questions"))
        let questions = text(chat.handle("", now: Self.now))
        #expect(questions.contains("Questions on lesson 1 (2)"))
        #expect(questions.contains("Question 1/2"))
        _ = chat.handle(answer(chat, right: true), now: Self.now)
        let done = chat.handle(answer(chat, right: false), now: Self.now)
        #expect(text(done).contains("Lesson 1 done: 1 of 2 right."))
        #expect(text(done).contains("Next: lesson 2, Growing coaches"))
        #expect(records(done).contains(.lessonCompleted(LessonCompletion(trainee: "ana", course: "method", lessonID: "lesson.1.first", correct: 1, questions: 2, at: Self.now))))
        #expect(text(chat.handle("/learn list", now: Self.now)).contains("[x] 1. Why coaches matter"))
        #expect(text(chat.handle("/learn next", now: Self.now)).contains("Lesson 2 of 2"))
    }

    @Test func aQuestionTypedWhileReadingIsAnsweredThenTheLessonGoesOn() {
        var chat = conversation()
        _ = chat.handle("/learn 2", now: Self.now)
        let detour = text(chat.handle("about The coach", now: Self.now))
        #expect(detour.contains("Back to the lesson"))
        #expect(chat.prompt == "learn 2 1/1> ")
        #expect(text(chat.handle("/learn 7", now: Self.now)).contains("Finish this first"))
        #expect(text(chat.handle("/cancel", now: Self.now)).contains("Stopped."))
        #expect(text(chat.handle("/learn 7", now: Self.now)).contains("No lesson '7': the course has lessons 1 to 2."))
    }

    @Test func showCommandsWorkInTheMiddleOfAQuizAndThenAskAgain() {
        var chat = conversation()
        _ = chat.handle("/quiz role.coach", now: Self.now)
        let shown = text(chat.handle("/rule role.coach.basics", now: Self.now))
        #expect(shown.contains("Body of The coach."))
        #expect(shown.contains("Question 1/4"))
        #expect(text(chat.handle("/prep drill-co", now: Self.now)).contains("Finish this first, or /cancel it."))
        let skipped = chat.handle("/skip", now: Self.now)
        #expect(text(skipped).contains("Skipped"))
        #expect(text(skipped).contains("comes back later"))
        _ = chat.interrupt(now: Self.now)
        #expect(chat.mode.isIdle)
    }

    @Test func aDrillScoresRisksAndStrategiesAgainstTheEngine() {
        var chat = conversation()
        let briefing = text(chat.handle("/drill drill-co", now: Self.now))
        #expect(briefing.contains("Drill: Drill Co (drill-co)"))
        #expect(briefing.contains("- Ann Boss, CEO: decision maker; influence: high, support: neutral, contact: medium; not met"))
        #expect(briefing.contains("4. no coach identified"))
        let named = text(chat.handle("4, reorganised", now: Self.now))
        #expect(named.contains("You named: no coach identified, the organisation was reorganised"))
        guard case .drill(let flow) = chat.mode else {
            Issue.record("the drill must go on to strategies")
            return
        }
        let options = flow.scenario.strategyOptions
        let pick = options.firstIndex { $0.id == "strategy.coach-cultivation.what-to-do" }! + 1
        let scored = chat.handle("\(pick)", now: Self.now)
        let shown = text(scored)
        #expect(shown.contains("Drill score: 58/100"))
        #expect(shown.contains("Risks: you found 1 of 2; 1 of your 2 are right (precision 50%, recall 50%)."))
        #expect(shown.contains("- decision maker not met: You have not met Ann Boss, the decision maker."))
        #expect(shown.contains("Rule: When the decision maker will not see you: Gist of When the decision maker will not see you. (/rule strategy.dm-unreachable.what-to-do)"))
        #expect(shown.contains("When the decision maker will not see you (for Ann Boss)"))
        guard case .drillScored(let result)? = records(scored).first else {
            Issue.record("the drill must be recorded")
            return
        }
        #expect(result.accountID == "drill-co" && result.percent == 58 && result.strategies == SetScore(expected: 2, chosen: 1, hits: 1))
    }

    @Test func risksCanBeNamedInWordsInAnyLanguage() {
        #expect(DrillFlow.parseRisks("new face, 没见过决策者", texts: Fixtures.corpus.flags).kinds == [.newFace, .decisionMakerNotMet])
        #expect(DrillFlow.parseRisks("1 3, 沒有教練", texts: Fixtures.corpus.flags).kinds == [.missingDecisionMaker, .missingUser, .missingCoach])
        #expect(DrillFlow.parseRisks("golf", texts: Fixtures.corpus.flags).unknown == ["golf"])
    }

    @Test func progressShowsWhatThisSessionDid() {
        var chat = conversation()
        #expect(text(chat.handle("/progress", now: Self.now)).contains("Nothing yet"))
        _ = chat.handle("/quiz role.decision-maker", now: Self.now)
        _ = chat.handle(answer(chat, right: false), now: Self.now)
        let progress = text(chat.handle("/progress", now: Self.now))
        #expect(progress.contains("Training progress of ana"))
        #expect(progress.contains("Due for review today: 1 question (/quiz)."))
    }

    /// Training prompts in the session's language: the quiz, the lesson and the drill.
    @Test func trainingPromptsAreInTheSessionsLanguage() {
        var quiz = conversation(.zhHant)
        _ = quiz.handle("/quiz", now: Self.now)
        #expect(quiz.prompt.hasPrefix("測驗 1/"), "\(quiz.prompt)")
        var lesson = conversation(.zhHans)
        _ = lesson.handle("/learn", now: Self.now)
        #expect(lesson.prompt.hasPrefix("第 1 课 1/"), "\(lesson.prompt)")
        var drill = conversation(.zhHant)
        _ = drill.handle("/drill drill-co", now: Self.now)
        #expect(drill.prompt == "演練 drill-co> ", "\(drill.prompt)")
        var english = conversation(.en)
        _ = english.handle("/quiz", now: Self.now)
        #expect(english.prompt.hasPrefix("quiz 1/"), "\(english.prompt)")
    }

    /// A question answered wrong comes back with its options in another order (the right one
    /// not where it was); missed again, it stays due today, and the quiz's summary says what
    /// /progress says.
    @Test func aWrongAnswerComesBackShuffledAndIsDueTodayAsProgressSays() {
        var chat = conversation()
        _ = chat.handle("/quiz role", now: Self.now)
        var firstOrder: [Int]?
        var retryOrder: [Int]?
        var summary = ""
        var missedID: String?
        while let turn = chat.questionRun?.current {
            // Miss the first choice question, and miss it again when it comes back.
            var right = true
            if missedID == nil, !turn.question.order.isEmpty {
                missedID = turn.question.entry.id
                firstOrder = turn.question.order
                right = false
            } else if turn.isRetry, turn.question.entry.id == missedID {
                retryOrder = turn.question.order
                right = false
            }
            summary = text(chat.handle(answer(chat, right: right), now: Self.now))
        }
        #expect(firstOrder != nil && retryOrder != nil && firstOrder != retryOrder, "\(String(describing: firstOrder)) → \(String(describing: retryOrder))")
        #expect(firstOrder?.firstIndex(of: 0) != retryOrder?.firstIndex(of: 0), "the right option moved")
        #expect(!summary.contains("tomorrow"), "\(summary)")
        #expect(summary.contains("due again today"), "\(summary)")
        let progress = text(chat.handle("/progress", now: Self.now))
        #expect(progress.contains("Due for review today: 1 question"), "\(progress)")
    }

    /// Key points are matched as the question matcher matches words: folded scripts and the
    /// glossary's synonyms ("买得多" is "采购量大", "行业里的龙头" is "行业龙头").
    @Test func keyPointsMatchTheirGlossarySynonyms() throws {
        var chat = Conversation(environment: Fixtures.environment(database: try Fixtures.demoStore()), language: .zhHans)
        _ = chat.handle("/help", now: Self.now)
        let score = chat.keyPointScore("现在买得多的老客户，还有行业里的龙头", keyPoints: ["采购量大", "潜力", "行业龙头"])
        #expect(score.matched == ["采购量大", "行业龙头"], "\(score)")
        #expect(score.passed)
        let traditional = chat.keyPointScore("現在買得多的老客戶、有成長空間的，還有產業龍頭", keyPoints: ["採購量大", "潛力", "產業龍頭"])
        #expect(traditional.missed.isEmpty, "\(traditional)")
        let off = chat.keyPointScore("打電話給主管", keyPoints: ["採購量大", "潛力", "產業龍頭"])
        #expect(off.matched.isEmpty)
    }

    /// A lesson's question cites the rule it is about (found as the question would be, among the
    /// lesson's topics), not the lesson it sits in.
    @Test func aLessonQuestionCitesTheRuleItIsAbout() throws {
        let chat = Conversation(environment: Fixtures.environment(database: try Fixtures.demoStore()), language: .en)
        let corpus = Fixtures.corpus
        var lessonItems = 0
        for rule in corpus.rules where rule.kind == .lesson {
            for entry in QuizEntry.entries(of: rule) {
                let cited = QuestionRun.citedRule(index: chat.environment.index, for: QuizQuestion(entry: entry, order: Array(0..<(entry.item.options[.en]?.count ?? 0))))
                lessonItems += 1
                #expect(cited.kind != .lesson, "\(entry.id) cites the lesson \(cited.id)")
                #expect(!Set(cited.topics).isDisjoint(with: rule.topics), "\(entry.id) cites \(cited.id), outside the lesson's topics")
            }
        }
        #expect(lessonItems > 0)
        let kinds = try #require(corpus.rules.first { $0.id == "lesson.1.account.file" }.flatMap { rule in
            QuizEntry.entries(of: rule).first { $0.item.question.en == "Name the three kinds of key account." }
        })
        #expect(QuestionRun.citedRule(index: chat.environment.index, for: QuizQuestion(entry: kinds, order: [])).topics.contains("account.identify"))
    }
}
