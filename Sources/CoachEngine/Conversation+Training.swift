import CoachCore
import CoachRetrieval
import Foundation

/// Training: starting `/learn` (`LessonFlow`), `/quiz` (`QuizFlow`) and `/drill`
/// (Conversation+Drill.swift, `DrillFlow`), and `/progress`.
extension Conversation {
    /// Questions in one `/quiz`.
    static let quizLength = 5

    /// The trainee: the salesperson of the session.
    var trainee: String { environment.salesperson }

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
        let flow = LessonFlow(
            lesson: lesson, courseSize: course.lessons.count, done: done, trainee: trainee,
            reviews: trainingRecords().reviewsByItem, generator: SeededGenerator(seed: nextTrainingSeed(now: now)))
        mode = .lesson(flow)
        return flow.current(flowContext(now))
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
        let run = QuestionRun(
            questions: plan.questions, source: .quiz, retriesWrong: true, reviews: trainingRecords().reviewsByItem,
            trainee: trainee, generator: generator)
        mode = .quiz(QuizFlow(run: run))
        let scope = filter.map(scopeName) ?? TrainingText.allTopics[language]
        return [
            .text(TrainingText.quizHeading(scope, plan.questions.count, plan.dueCount, plan.newCount)[language], .heading),
            .text(TrainingText.quizHint[language], .dim),
            .blank,
        ] + run.ask(flowContext(now))
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
    var questionRun: QuestionRun? {
        switch mode {
        case .lesson(let flow): flow.questions
        case .quiz(let flow): flow.run
        default: nil
        }
    }

    /// A free-text answer scored as a lesson's or quiz's question scores it.
    func keyPointScore(_ answer: String, keyPoints: [String]) -> KeyPointScore {
        QuestionRun.keyPointScore(answer, keyPoints: keyPoints, index: environment.index)
    }

    // MARK: Progress

    /// `/progress`: lessons done, scores per topic, weak topics, due reviews, drills.
    func showProgress(now: Date) -> [Output] {
        let records = trainingRecords()
        let progress = TrainingProgress(records: records, course: LessonCourse(corpus: corpus), today: today(now))
        return TrainingProgressView.outputs(progress, records: records, corpus: corpus, language: language)
    }
}
