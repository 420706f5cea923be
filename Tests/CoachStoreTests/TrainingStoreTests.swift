import CoachCore
import CoachStore
import CoachTestSupport
import Foundation
import Testing

@Suite struct TrainingStoreTests {
    static let monday = Date(timeIntervalSince1970: 1_796_029_200)
    static let tuesday = monday.addingTimeInterval(86_400)

    func attempt(_ item: String, correct: Bool, retry: Bool = false, at: Date = monday) -> QuizAttempt {
        QuizAttempt(trainee: "ana", itemID: item, ruleID: String(item.prefix { $0 != "#" }), topic: "role.coach", kind: .situation, correct: correct, retry: retry, source: .quiz, at: at)
    }

    @Test func progressSurvivesARestart() throws {
        let folder = try CoachBinary.temporaryDirectory()
        let path = folder.appendingPathComponent("coach.sqlite").path
        do {
            let store = try CoachDatabase.open(path: path)
            try store.completeLesson(LessonCompletion(trainee: "ana", course: "method", lessonID: "lesson.1.first", correct: 2, questions: 3, at: Self.monday))
            let wrong = Leitner.review(nil, itemID: "role.coach.basics#1", correct: false, today: "2026-11-29")
            try store.recordQuizAnswer(attempt("role.coach.basics#1", correct: false), review: wrong)
            let right = Leitner.review(wrong, itemID: "role.coach.basics#1", correct: true, today: "2026-11-29")
            try store.recordQuizAnswer(attempt("role.coach.basics#1", correct: true, retry: true), review: right)
            try store.recordDrill(DrillResult(
                trainee: "ana", accountID: "east-post", flags: SetScore(expected: 5, chosen: 4, hits: 3),
                strategies: SetScore(expected: 4, chosen: 3, hits: 2), percent: 62, at: Self.tuesday))
        }
        let reopened = try CoachDatabase.open(path: path)
        let records = try reopened.trainingRecords(trainee: "ana")
        #expect(records.lessons == [LessonCompletion(trainee: "ana", course: "method", lessonID: "lesson.1.first", correct: 2, questions: 3, at: Self.monday)])
        #expect(records.attempts.map(\.correct) == [false, true])
        #expect(records.attempts.map(\.retry) == [false, true])
        #expect(records.attempts.first?.kind == .situation)
        #expect(records.reviews == [ReviewState(itemID: "role.coach.basics#1", box: 2, lastReviewed: "2026-11-29", dueOn: "2026-11-30")])
        #expect(records.drills.map(\.percent) == [62])
        #expect(records.drills.first?.flags == SetScore(expected: 5, chosen: 4, hits: 3))
        let progress = TrainingProgress(records: records, course: LessonCourse(corpus: TrainingFixtures.corpus), today: "2026-11-30")
        #expect(progress.lessonsDone == 1)
        #expect(progress.answered == 1 && progress.correct == 0)
        #expect(progress.dueReviews == 1)
        #expect(try reopened.trainees() == ["ana"])
    }

    @Test func aLessonDoneAgainKeepsOneRowWithTheNewScore() throws {
        let store = try CoachDatabase.inMemory()
        try store.completeLesson(LessonCompletion(trainee: "ana", course: "method", lessonID: "lesson.1.first", correct: 1, questions: 3, at: Self.monday))
        try store.completeLesson(LessonCompletion(trainee: "ana", course: "method", lessonID: "lesson.1.first", correct: 3, questions: 3, at: Self.tuesday))
        let lessons = try store.trainingRecords(trainee: "ana").lessons
        #expect(lessons.map(\.correct) == [3])
    }

    @Test func traineesAreKeptApart() throws {
        let store = try CoachDatabase.inMemory()
        try store.recordQuizAnswer(attempt("role.coach.basics#1", correct: true), review: Leitner.review(nil, itemID: "role.coach.basics#1", correct: true, today: "2026-11-29"))
        try store.completeLesson(LessonCompletion(trainee: "bo", course: "method", lessonID: "lesson.1.first", correct: 0, questions: 2, at: Self.monday))
        #expect(try store.trainees() == ["ana", "bo"])
        #expect(try store.trainingRecords(trainee: "bo").attempts.isEmpty)
        #expect(try store.trainingRecords(trainee: "ana").lessons.isEmpty)
        #expect(try store.trainingRecords(trainee: "nobody") == TrainingRecords(trainee: "nobody"))
    }
}
