import CoachCore
import CoachTestSupport
import Testing

@Suite struct LessonCourseTests {
    @Test func groupsLessonRulesByTensInOrder() {
        let course = LessonCourse(corpus: TrainingFixtures.corpus)
        #expect(course.lessons.map(\.number) == [1, 2])
        #expect(course.lessons[0].screens.map(\.id) == ["lesson.1.first", "lesson.1.second"])
        #expect(course.lessons[0].id == "lesson.1.first")
        #expect(course.lessons[0].title.en == "Why coaches matter")
        #expect(course.lessons[0].questions.map(\.id) == ["lesson.1.second#1", "lesson.1.second#2"])
        #expect(course.lessons[1].screens.map(\.id) == ["lesson.2.only"])
    }

    @Test func leavesOutOtherCourses() {
        let other = LessonCourse(corpus: TrainingFixtures.corpus, course: "other")
        #expect(other.lessons.map(\.id) == ["lesson.other-course"])
        #expect(!LessonCourse(corpus: TrainingFixtures.corpus).lessons.contains { $0.id == "lesson.other-course" })
    }

    @Test func findsTheNextLessonNotDone() {
        let course = LessonCourse(corpus: TrainingFixtures.corpus)
        #expect(course.nextUndone(done: [])?.number == 1)
        #expect(course.nextUndone(done: ["lesson.1.first"])?.number == 2)
        #expect(course.nextUndone(done: ["lesson.1.first", "lesson.2.only"]) == nil)
        #expect(course.lesson(number: 2)?.id == "lesson.2.only")
        #expect(course.lesson(number: 3) == nil)
        #expect(course.lesson(number: 0) == nil)
    }

    /// A lesson is a few screens (issue #8); the care lesson has four since its cadence screen (#15).
    @Test func theRealCourseHasSixteenLessonsOfTwoToFourScreensEndingInQuestions() {
        let course = LessonCourse(corpus: Fixtures.corpus)
        #expect(course.lessons.count == 16)
        for lesson in course.lessons {
            #expect((2...4).contains(lesson.screens.count), "lesson \(lesson.number) has \(lesson.screens.count) screens")
            #expect((2...4).contains(lesson.screens.last?.quiz.count ?? 0), "lesson \(lesson.number) ends with \(lesson.screens.last?.quiz.count ?? 0) questions")
            #expect(lesson.screens.map { $0.lesson!.order / 10 }.allSatisfy { $0 == lesson.group })
        }
    }
}
