import CoachCore
import Foundation

/// `/learn`: a lesson screen by screen (Enter or "next" moves on; a question typed is answered
/// from the corpus and the screen stays), then the lesson's questions; finishing records the lesson.
struct LessonFlow: TrainingFlow {
    var lesson: Lesson
    /// Lessons in the course, for "lesson 2 of 9".
    var courseSize: Int
    /// The screen shown (from 0).
    var screen: Int = 0
    /// The questions, once every screen was read.
    var questions: QuestionRun?
    /// Lessons the trainee finished before this one (stored and in this session), by id.
    var done: Set<String>
    var trainee: String
    /// The trainee's review states, for the questions' Leitner boxes.
    var reviews: [String: ReviewState]
    var generator: SeededGenerator

    func prompt(_ language: Language) -> String {
        let name = UIText.promptLesson(lesson.number)[language]
        if let questions, questions.current != nil { return "\(name) \(questions.progress)> " }
        return "\(name) \(screen + 1)/\(lesson.screens.count)> "
    }

    mutating func handle(_ line: String, context: FlowContext) -> FlowStep {
        if questions != nil { return answer(line, skipped: false, context: context) }
        if line.isEmpty || Self.movesOn(line, corpus: context.corpus) { return nextScreen(context) }
        return .detour(line)
    }

    /// Whether `line` is one of the answer vocabularies' move-on words ("next", 下一頁), like Enter.
    static func movesOn(_ line: String, corpus: Corpus) -> Bool {
        let typed = line.lowercased()
        return corpus.answerVocabularies.contains { $0.moveOn.contains { $0.lowercased() == typed } }
    }

    mutating func skip(_ context: FlowContext) -> FlowStep {
        questions == nil ? nextScreen(context) : answer("", skipped: true, context: context)
    }

    func current(_ context: FlowContext) -> [Output] {
        questions.map { $0.ask(context) } ?? screenOutputs(context)
    }

    /// After a question typed while reading: the screen stays, Enter moves on.
    func resume(_ context: FlowContext) -> [Output] {
        questions == nil ? [.text(TrainingText.backToLesson[context.language], .dim)] : current(context)
    }

    /// One screen of the lesson.
    func screenOutputs(_ context: FlowContext) -> [Output] {
        let language = context.language
        let rule = lesson.screens[screen]
        var outputs: [Output] = [
            .text(TrainingText.screenHeading(lesson.number, courseSize, screen + 1, lesson.screens.count, rule.title[language])[language], .heading),
            .text(rule.gist[language], .bold),
            .blank,
        ]
        outputs += MarkdownText.outputs(rule.body[language])
        outputs.append(.blank)
        let isLast = screen + 1 >= lesson.screens.count
        let count = lesson.questions.count
        let hint = !isLast ? TrainingText.enterNextScreen : (count > 0 ? TrainingText.enterQuestions(count) : TrainingText.enterFinish)
        outputs.append(.text(hint[language], .dim))
        return outputs
    }

    /// Enter while reading: the next screen, or the lesson's questions after the last one.
    mutating func nextScreen(_ context: FlowContext) -> FlowStep {
        if screen + 1 < lesson.screens.count {
            screen += 1
            return .stay(screenOutputs(context))
        }
        var asked: [QuizQuestion] = []
        for entry in lesson.questions { asked.append(QuizQuestion(entry: entry, generator: &generator)) }
        guard !asked.isEmpty else { return .done(finish(rightAnswers: 0, context: context)) }
        let run = QuestionRun(
            questions: asked, source: .lesson, retriesWrong: false, reviews: reviews, trainee: trainee, generator: generator)
        questions = run
        let language = context.language
        return .stay([.text(TrainingText.lessonQuestions(lesson.number, asked.count)[language], .heading), .blank] + run.ask(context))
    }

    mutating func answer(_ line: String, skipped: Bool, context: FlowContext) -> FlowStep {
        guard var run = questions else { return .stay([]) }
        let answered = run.answer(line, skipped: skipped, context: context)
        questions = run
        switch answered {
        case .unreadable(let hint): return .stay(hint)
        case .scored(let outputs, finished: false): return .stay(outputs)
        case .scored(let outputs, finished: true): return .done(outputs + finish(rightAnswers: run.rightFirstTime, context: context))
        }
    }

    /// Records the lesson and names the next one.
    func finish(rightAnswers: Int, context: FlowContext) -> [Output] {
        let language = context.language
        let completion = LessonCompletion(
            trainee: trainee, course: LessonCourse.method, lessonID: lesson.id, correct: rightAnswers,
            questions: lesson.questions.count, at: context.now)
        var outputs: [Output] = [.record(.lessonCompleted(completion)), .blank]
        outputs.append(.text(TrainingText.lessonDone(lesson.number, rightAnswers, completion.questions)[language], .success))
        let course = LessonCourse(corpus: context.corpus)
        if let next = course.nextUndone(done: done.union([lesson.id])) {
            outputs.append(.text(TrainingText.nextLesson(next.number, next.title[language])[language], .dim))
        } else {
            outputs.append(.text(TrainingText.courseDone[language], .dim))
        }
        return outputs
    }
}
