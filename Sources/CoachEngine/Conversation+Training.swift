import CoachCore
import CoachRetrieval
import Foundation

/// Training: `/learn` (lessons screen by screen, then questions), `/quiz` (spaced repetition),
/// `/drill` (Conversation+Drill.swift) and `/progress`.
extension Conversation {
    /// Questions in one `/quiz`.
    static let quizLength = 5
    /// Words that move a lesson to its next screen, like Enter.
    static let nextScreenWords: Set<String> = ["n", "next", "ok", "下一页", "下一頁", "继续", "繼續", "好"]

    /// The trainee: the salesperson of the session.
    var trainee: String { environment.salesperson }

    /// The prompt while training, e.g. `quiz 2/5> `.
    var trainingPrompt: String? {
        switch mode {
        case .lesson(let run):
            let lesson = UIText.promptLesson(run.lesson.number)[language]
            if let questions = run.questions, let turn = questions.current {
                return "\(lesson) \(turn.number)/\(questions.count)> "
            }
            return "\(lesson) \(run.screen + 1)/\(run.lesson.screens.count)> "
        case .quiz(let run):
            return "\(UIText.promptQuiz[language]) \(run.current?.number ?? run.count)/\(run.count)> "
        case .drill(let run):
            return "\(UIText.promptDrill[language]) \(run.scenario.account.id)> "
        case .idle, .prep, .log:
            return nil
        }
    }

    /// The stored training records plus what this session added.
    func trainingRecords() -> TrainingRecords {
        var records = environment.training.records(trainee: trainee)
        let stored = records.lessonsDone
        records.lessons += training.lessonsDone.values.filter { !stored.contains($0.lessonID) }.sorted { $0.lessonID < $1.lessonID }
        var reviews = records.reviewsByItem
        for (id, state) in training.reviews { reviews[id] = state }
        records.reviews = reviews.values.sorted { $0.itemID < $1.itemID }
        return records
    }

    /// A fresh seed for shuffling: the host's (`trainingSeed`) or one from `now`, varied per draw.
    mutating func nextTrainingSeed(now: Date) -> UInt64 {
        training.draws += 1
        let base = environment.trainingSeed ?? UInt64(bitPattern: Int64(now.timeIntervalSince1970))
        return base &+ training.draws &* 0x9E37_79B9_7F4A_7C15
    }

    /// Ctrl-C or /cancel: leave the lesson, quiz or drill (answers given are already recorded).
    mutating func stopTraining() -> [Output] {
        switch mode {
        case .lesson, .quiz, .drill: mode = .idle
        case .idle, .prep, .log: return []
        }
        return [.text(TrainingText.stopped[language], .warning)]
    }

    // MARK: Input during a flow

    mutating func handleTraining(_ line: String, now: Date) -> [Output] {
        if line.hasPrefix("/") {
            let command = Command.parse(line)
            switch command {
            case .cancel:
                return stopTraining()
            case .quit:
                return leave(now: now)
            case .repeat:
                return showTrainingStep()
            case .skip:
                return skipTrainingStep(now: now)
            case .help, .lang, .rule, .more, .source, .card, .topics, .progress, .today:
                return run(command, now: now) + [.blank] + showTrainingStep()
            case .unknown:
                return run(command, now: now)
            case .accounts, .account, .open, .close, .flags, .chart, .prep, .resume, .strategies, .outline, .log,
                 .followups, .review, .comments, .why, .back, .learn, .quiz, .drill:
                return [.text(TrainingText.notNow[language])]
            }
        }
        switch mode {
        case .idle, .prep, .log:
            return []
        case .lesson(let run):
            if run.questions != nil { return answerQuestion(line, now: now) }
            if line.isEmpty || Self.nextScreenWords.contains(line.lowercased()) { return nextScreen(now: now) }
            return trainingDetour(line, now: now)
        case .quiz:
            return answerQuestion(line, now: now)
        case .drill:
            return answerDrill(line, now: now)
        }
    }

    /// Shows the current screen, question or drill step again.
    func showTrainingStep() -> [Output] {
        switch mode {
        case .lesson(let run):
            return run.questions == nil ? screen(run) : askQuestion()
        case .quiz:
            return askQuestion()
        case .drill(let run):
            return run.phase == .risks ? askRisks(run.scenario) : askStrategies(run.scenario)
        case .idle, .prep, .log:
            return []
        }
    }

    /// `/skip`: next screen in a lesson; "don't know" (counted wrong) for a question; no picks in a drill.
    mutating func skipTrainingStep(now: Date) -> [Output] {
        switch mode {
        case .lesson(let run):
            return run.questions == nil ? nextScreen(now: now) : answerQuestion("", skipped: true, now: now)
        case .quiz:
            return answerQuestion("", skipped: true, now: now)
        case .drill:
            return answerDrill("", skipped: true, now: now)
        case .idle, .prep, .log:
            return []
        }
    }

    /// A question typed while reading a lesson: answered from the corpus, then back to the screen.
    mutating func trainingDetour(_ line: String, now: Date) -> [Output] {
        let saved = mode
        mode = .idle
        let answered = ask(line, now: now)
        mode = saved
        pendingChoices = []
        return answered + [.blank, .text(TrainingText.backToLesson[language], .dim)]
    }

    // MARK: Lessons

    /// `/learn`, `/learn next`, `/learn N`, `/learn list`.
    mutating func startLesson(_ argument: String?, now: Date) -> [Output] {
        let course = LessonCourse(corpus: corpus)
        guard !course.lessons.isEmpty else { return [.text(TrainingText.noLessons[language], .warning)] }
        let done = trainingRecords().lessonsDone
        let lesson: Lesson
        switch argument?.lowercased() {
        case "list"?:
            return lessonList(course, done: done)
        case nil, "next"?:
            guard let next = course.nextUndone(done: done) else {
                return [.text(TrainingText.allLessonsDone(course.lessons.count)[language], .success)] + lessonList(course, done: done)
            }
            lesson = next
        case let word?:
            guard let number = Int(word), let found = course.lesson(number: number) else {
                return [.text(TrainingText.noSuchLesson(word, course.lessons.count)[language], .error)]
            }
            lesson = found
        }
        let run = TrainingState.LessonRun(lesson: lesson, courseSize: course.lessons.count)
        mode = .lesson(run)
        return screen(run)
    }

    /// `/learn list`: every lesson with a done mark.
    func lessonList(_ course: LessonCourse, done: Set<String>) -> [Output] {
        let count = course.lessons.filter { done.contains($0.id) }.count
        var lines: [StyledLine] = [StyledLine(TrainingText.courseHeading(count, course.lessons.count)[language], .heading)]
        for lesson in course.lessons {
            let isDone = done.contains(lesson.id)
            lines.append(StyledLine([
                .init(isDone ? "  [x] " : "  [ ] ", isDone ? .success : .dim),
                .init("\(lesson.number). \(lesson.title[language])"),
            ]))
        }
        return [.lines(lines), .text(TrainingText.listHint[language], .dim)]
    }

    /// One screen of the lesson.
    func screen(_ run: TrainingState.LessonRun) -> [Output] {
        let rule = run.lesson.screens[run.screen]
        var outputs: [Output] = [
            .text(TrainingText.screenHeading(run.lesson.number, run.courseSize, run.screen + 1, run.lesson.screens.count, rule.title[language])[language], .heading),
            .text(rule.gist[language], .bold),
            .blank,
        ]
        outputs += MarkdownText.outputs(rule.body[language])
        outputs.append(.blank)
        let isLast = run.screen + 1 >= run.lesson.screens.count
        let questions = run.lesson.questions.count
        let hint = !isLast ? TrainingText.enterNextScreen : (questions > 0 ? TrainingText.enterQuestions(questions) : TrainingText.enterFinish)
        outputs.append(.text(hint[language], .dim))
        return outputs
    }

    /// Enter while reading: the next screen, or the lesson's questions after the last one.
    mutating func nextScreen(now: Date) -> [Output] {
        guard case .lesson(var run) = mode else { return [] }
        if run.screen + 1 < run.lesson.screens.count {
            run.screen += 1
            mode = .lesson(run)
            return screen(run)
        }
        var generator = SeededGenerator(seed: nextTrainingSeed(now: now))
        var questions: [QuizQuestion] = []
        for entry in run.lesson.questions { questions.append(QuizQuestion(entry: entry, generator: &generator)) }
        guard !questions.isEmpty else { return finishLesson(run, rightAnswers: 0, now: now) }
        run.questions = TrainingState.QuizRun(questions: questions, source: .lesson, retriesWrong: false)
        mode = .lesson(run)
        return [.text(TrainingText.lessonQuestions(run.lesson.number, questions.count)[language], .heading), .blank] + askQuestion()
    }

    mutating func finishLesson(_ run: TrainingState.LessonRun, rightAnswers: Int, now: Date) -> [Output] {
        mode = .idle
        let completion = LessonCompletion(
            trainee: trainee, course: LessonCourse.method, lessonID: run.lesson.id, correct: rightAnswers,
            questions: run.lesson.questions.count, at: now)
        training.lessonsDone[run.lesson.id] = completion
        var outputs: [Output] = [.record(.lessonCompleted(completion)), .blank]
        outputs.append(.text(TrainingText.lessonDone(run.lesson.number, rightAnswers, completion.questions)[language], .success))
        let course = LessonCourse(corpus: corpus)
        if let next = course.nextUndone(done: trainingRecords().lessonsDone) {
            outputs.append(.text(TrainingText.nextLesson(next.number, next.title[language])[language], .dim))
        } else {
            outputs.append(.text(TrainingText.courseDone[language], .dim))
        }
        return outputs
    }

    // MARK: Quiz

    /// `/quiz [topic|area]`: five questions, due ones first, then new ones.
    mutating func startQuiz(_ typed: String?, now: Date) -> [Output] {
        let catalog = QuizCatalog(corpus: corpus)
        let filter = typed.map(quizScope)
        let entries: [QuizEntry]
        switch catalog.entries(matching: filter) {
        case .failure(let uncovered):
            return uncoveredTopic(uncovered, catalog: catalog)
        case .success(let found):
            entries = found
        }
        var generator = SeededGenerator(seed: nextTrainingSeed(now: now))
        let plan = QuizPlan(
            from: entries, reviews: trainingRecords().reviewsByItem, today: today(now), count: Self.quizLength,
            generator: &generator)
        mode = .quiz(TrainingState.QuizRun(questions: plan.questions, source: .quiz, retriesWrong: true))
        let scope = filter.map(scopeName) ?? TrainingText.allTopics[language]
        return [
            .text(TrainingText.quizHeading(scope, plan.questions.count, plan.dueCount, plan.newCount)[language], .heading),
            .text(TrainingText.quizHint[language], .dim),
            .blank,
        ] + askQuestion()
    }

    /// The error for a quiz on a topic without questions, listing the topics that have some.
    func uncoveredTopic(_ uncovered: UncoveredQuizTopic, catalog: QuizCatalog) -> [Output] {
        guard !uncovered.available.isEmpty else { return [.text(TrainingText.noQuizItems[language], .warning)] }
        let message = uncovered.isTopic ? TrainingText.topicWithoutQuestions(uncovered.query) : TrainingText.unknownQuizTopic(uncovered.query)
        return [
            .text(message[language], .error),
            .text(UIText.labelled(TrainingText.areasWithQuestions[language], scopeList(catalog.areasWithItems, name: areaName), language)),
            .text(UIText.labelled(TrainingText.topicsWithQuestions[language], scopeList(uncovered.available) { id in
                corpus.topic(id: id).map(topicName) ?? id
            }, language), .dim),
        ]
    }

    /// A topic or area typed by id or by name (`什么是大客户`, `角色策略`) as its id; what matches
    /// neither is kept as typed, for the catalog to refuse.
    func quizScope(_ typed: String) -> String {
        let candidates = (corpus.topics + corpus.areas).map { NameMatcher.Candidate(id: $0.id, names: [$0.nameZhHant, $0.nameEn]) }
        if case .found(let id) = NameMatcher(candidates).match(typed) { return id }
        return typed
    }

    /// Ids in English, names (which /quiz takes too) in Chinese.
    func scopeList(_ ids: [String], name: (String) -> String) -> String {
        language == .en ? ids.joined(separator: ", ") : UIText.list(ids.map(name), language)
    }

    /// A topic or area as the trainee reads it: `cultivating a coach (strategy.coach-cultivation)`,
    /// `the role area`.
    func scopeName(_ filter: String) -> String {
        let key = filter.lowercased()
        guard let topic = corpus.topic(id: key) else { return TrainingText.area(areaName(key))[language] }
        return language == .en ? UIText.noted(topicName(topic), key, language) : topicName(topic)
    }

    // MARK: Questions (quizzes and the end of lessons)

    /// The questions in progress, in a lesson or a quiz.
    var questionRun: TrainingState.QuizRun? {
        get {
            switch mode {
            case .lesson(let run): run.questions
            case .quiz(let run): run
            default: nil
            }
        }
        set {
            guard let newValue else { return }
            switch mode {
            case .lesson(var run):
                run.questions = newValue
                mode = .lesson(run)
            case .quiz:
                mode = .quiz(newValue)
            default:
                break
            }
        }
    }

    /// The current question with its options.
    func askQuestion() -> [Output] {
        guard let run = questionRun, let turn = run.current else { return [] }
        let question = turn.question
        let topic = corpus.topic(id: question.entry.topic).map(topicName) ?? question.entry.topic
        let heading = turn.isRetry
            ? TrainingText.retryHeading(turn.number, topic)
            : TrainingText.questionHeading(turn.number, run.count, topic)
        var outputs: [Output] = [.text(heading[language], .heading), .text(question.prompt(language))]
        if question.kind == .freeText {
            outputs.append(.text(TrainingText.freeTextHint[language], .dim))
        } else {
            let options = question.options(language)
            outputs += options.enumerated().map { .text("  \($0.offset + 1). \($0.element)") }
            outputs.append(.text(TrainingText.choiceHint(options.count)[language], .dim))
        }
        return outputs
    }

    /// Scores an answer, records it with the item's new Leitner box, and asks the next question.
    mutating func answerQuestion(_ line: String, skipped: Bool = false, now: Date) -> [Output] {
        guard var run = questionRun, let turn = run.current else { return [] }
        let question = turn.question
        var outputs: [Output] = []
        let correct: Bool
        if skipped {
            correct = false
            outputs.append(.text(TrainingText.skipped[language], .warning))
        } else if question.kind == .freeText {
            guard !line.isEmpty else { return [.text(TrainingText.typeAnAnswer[language], .dim)] }
            let answerLanguage = LanguageDetector.detect(line, fallback: language)
            let score = keyPointScore(line, keyPoints: question.keyPoints(answerLanguage))
            correct = score.passed
            outputs.append(correct ? .text(TrainingText.right[language], .success) : .text(TrainingText.notQuite[language], .warning))
            outputs.append(.text(TrainingText.keyPointsCovered(score.matched.count, score.matched.count + score.missed.count)[language]))
        } else {
            let options = question.options(language)
            let digits = line.precomposedStringWithCompatibilityMapping.trimmingCharacters(in: .whitespaces)
            guard let number = Int(digits), (1...options.count).contains(number) else {
                return [.text(TrainingText.choiceHint(options.count)[language], .warning)]
            }
            correct = question.isRight(choice: number - 1)
            outputs.append(correct ? .text(TrainingText.right[language], .success) : .text(TrainingText.notQuite[language], .warning))
            if !correct, let reason = question.whyNot(choice: number - 1, language) {
                outputs.append(.text(UIText.labelled(TrainingText.whyNot[language], reason, language)))
            }
        }
        outputs += explanation(question)

        let review = Leitner.review(
            trainingRecords().reviewsByItem[question.entry.id], itemID: question.entry.id, correct: correct, today: today(now))
        training.reviews[question.entry.id] = review
        let attempt = QuizAttempt(
            trainee: trainee, itemID: question.entry.id, ruleID: question.entry.rule.id, topic: question.entry.topic,
            kind: question.kind, correct: correct, retry: turn.isRetry, source: run.source, at: now)
        outputs.insert(.record(.quizAnswered(attempt, review: review)), at: 0)

        if !turn.isRetry {
            if correct { run.rightFirstTime += 1 } else { run.wrongItems.append(question.entry) }
        }
        if !correct && run.retriesWrong && !turn.isRetry {
            var generator = SeededGenerator(seed: nextTrainingSeed(now: now))
            run.retryCurrentLater(&generator)
            outputs.append(.text(TrainingText.comesBack[language], .dim))
        }
        run.position += 1
        questionRun = run
        if run.current != nil { return outputs + [.blank] + askQuestion() }
        return outputs + finishQuestions(run, now: now)
    }

    /// The rule a question is about: its own rule, or for a lesson's question (kept in the
    /// lesson's file) the method rule the question and its answer find, as a question typed would,
    /// among the lesson's topics; the lesson itself when none does.
    func citedRule(for question: QuizQuestion) -> Rule {
        let rule = question.entry.rule
        guard rule.kind == .lesson else { return rule }
        let topics = Set(rule.topics)
        let query = question.prompt(.en) + " " + question.modelAnswer(.en)
        let hits = environment.index.search(query, limit: 10).hits
        return hits.first { !topics.isDisjoint(with: $0.rule.topics) }?.rule ?? rule
    }

    /// The model answer and the rule behind a question.
    func explanation(_ question: QuizQuestion) -> [Output] {
        let rule = citedRule(for: question)
        var outputs: [Output] = []
        if question.kind == .freeText {
            outputs.append(.text(UIText.labelled(TrainingText.modelAnswer[language], question.modelAnswer(language), language)))
        } else if let index = question.answerIndex {
            outputs.append(.text(UIText.labelled(TrainingText.theAnswer[language], "\(index + 1). \(question.modelAnswer(language))", language)))
        }
        let ruleLine = UIText.labelled(rule.title[language], rule.gist[language], language)
        outputs.append(.text(UIText.labelled(TrainingText.rule[language], UIText.noted(ruleLine, "/rule \(rule.id)", language), language), .dim))
        return outputs
    }

    /// After the last question: finish the lesson, or sum up the quiz.
    mutating func finishQuestions(_ run: TrainingState.QuizRun, now: Date) -> [Output] {
        if case .lesson(let lesson) = mode { return finishLesson(lesson, rightAnswers: run.rightFirstTime, now: now) }
        mode = .idle
        var outputs: [Output] = [.blank, .text(TrainingText.quizDone(run.rightFirstTime, run.count)[language], .success)]
        if run.wrongItems.isEmpty {
            outputs.append(.text(TrainingText.allRight[language], .dim))
        } else {
            var seen = Set<String>()
            let topics = run.wrongItems.map(\.topic).filter { seen.insert($0).inserted }
                .map { id in corpus.topic(id: id).map(topicName) ?? id }
            // As /progress counts them: missed again on the retry (or not retried) is due today.
            let dueToday = run.wrongItems.filter { (training.reviews[$0.id]?.dueOn ?? today(now)) <= today(now) }.count
            outputs.append(.text(TrainingText.toReview(UIText.list(topics, language), dueToday: dueToday, missed: run.wrongItems.count)[language], .dim))
        }
        return outputs
    }

    /// A free-text answer scored against key points with the question matcher's folding and
    /// glossary synonyms.
    func keyPointScore(_ answer: String, keyPoints: [String]) -> KeyPointScore {
        let index = environment.index
        return KeyPointScorer.score(answer: answer, keyPoints: keyPoints, tokens: Self.matchTokens, concepts: index.conceptIDs(in:))
    }

    /// Normalised tokens for matching free text (Traditional folded to Simplified).
    static func matchTokens(_ text: String) -> [String] {
        Tokenizer.tokens(TextNormalizer.normalizeForMatching(text)).map(\.text)
    }

    // MARK: Progress

    /// `/progress`: lessons done, scores per topic, weak topics, due reviews, drills.
    func showProgress(now: Date) -> [Output] {
        let records = trainingRecords()
        let progress = TrainingProgress(records: records, course: LessonCourse(corpus: corpus), today: today(now))
        return TrainingProgressView.outputs(progress, records: records, corpus: corpus, language: language)
    }
}
