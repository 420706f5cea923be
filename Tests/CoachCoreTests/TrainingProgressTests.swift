import CoachCore
import CoachTestSupport
import Foundation
import Testing

@Suite struct TrainingProgressTests {
    static let at = Date(timeIntervalSince1970: 1_796_029_200)

    func attempt(_ item: String, _ topic: String, _ correct: Bool, retry: Bool = false) -> QuizAttempt {
        QuizAttempt(trainee: "ana", itemID: item, ruleID: String(item.prefix { $0 != "#" }), topic: topic, kind: .choice, correct: correct, retry: retry, source: .quiz, at: Self.at)
    }

    @Test func summarisesLessonsTopicsWeakTopicsReviewsAndDrills() {
        let records = TrainingRecords(
            trainee: "ana",
            lessons: [LessonCompletion(trainee: "ana", course: "method", lessonID: "lesson.1.first", correct: 1, questions: 2, at: Self.at)],
            attempts: [
                attempt("role.coach.basics#1", "role.coach", true),
                attempt("role.decision-maker.basics#1", "role.decision-maker", false),
                attempt("role.decision-maker.basics#1", "role.decision-maker", true, retry: true),
                attempt("visit.follow-up.owner#1", "visit.follow-up", false),
                attempt("lesson.1.second#1", "role.coach", false),
            ],
            reviews: [
                ReviewState(itemID: "role.decision-maker.basics#1", box: 2, lastReviewed: "2026-11-29", dueOn: "2026-11-30"),
                ReviewState(itemID: "visit.follow-up.owner#1", box: 1, lastReviewed: "2026-11-29", dueOn: "2026-11-29"),
                ReviewState(itemID: "role.coach.basics#1", box: 2, lastReviewed: "2026-11-28", dueOn: "2026-11-29"),
            ],
            drills: [
                DrillResult(trainee: "ana", accountID: "a", flags: SetScore(expected: 2, chosen: 2, hits: 2), strategies: SetScore(expected: 2, chosen: 2, hits: 1), percent: 75, at: Self.at),
                DrillResult(trainee: "ana", accountID: "b", flags: SetScore(expected: 2, chosen: 2, hits: 1), strategies: SetScore(expected: 2, chosen: 2, hits: 1), percent: 50, at: Self.at),
            ])
        let progress = TrainingProgress(records: records, course: LessonCourse(corpus: TrainingFixtures.corpus), today: "2026-11-29")
        #expect(progress.lessonsDone == 1 && progress.lessonsTotal == 2)
        #expect(progress.lessons.map(\.done) == [true, false])
        #expect(progress.answered == 4 && progress.correct == 1)
        #expect(progress.topics.map(\.topic) == ["role.coach", "role.decision-maker", "visit.follow-up"])
        #expect(progress.topics.map(\.percent) == [50, 0, 0])
        #expect(progress.weakTopics == ["role.decision-maker", "visit.follow-up", "role.coach"])
        #expect(progress.dueReviews == 2)
        #expect(progress.boxes == [1, 2, 0, 0, 0])
        #expect(progress.drills == 2 && progress.drillAverage == 63 && progress.lastDrill?.accountID == "b")
    }

    @Test func nothingDoneIsAnEmptyProgress() {
        let progress = TrainingProgress(records: TrainingRecords(trainee: "new"), course: LessonCourse(corpus: TrainingFixtures.corpus), today: "2026-11-29")
        #expect(progress.lessonsDone == 0 && progress.answered == 0 && progress.weakTopics.isEmpty && progress.drillAverage == nil)
    }
}
