/// A training course assembled from the corpus's lesson rules.
///
/// Lessons are the rules with `kind: lesson` and `lesson: {course: NAME, order: N}`; screens with the
/// same `N / 10` form one lesson (orders 10, 11, 12 are lesson 1's three screens; 20, 21 lesson 2's),
/// lessons and screens sorted by order.
///
/// ```swift
/// let course = LessonCourse(corpus: corpus)
/// let next = course.nextUndone(done: ["lesson.key-account.what"])
/// ```
public struct LessonCourse: Sendable, Hashable {
    /// The course every lesson rule of the method names.
    public static let method = "method"

    public var name: String
    public var lessons: [Lesson]

    /// Assembles the course `name` from the corpus. O(r log r) in the lesson rules.
    public init(corpus: Corpus, course name: String = LessonCourse.method) {
        self.name = name
        let screens = corpus.rules
            .compactMap { rule in rule.lesson.flatMap { $0.course == name && rule.kind == .lesson ? (rule, $0.order) : nil } }
            .sorted { ($0.1, $0.0.id) < ($1.1, $1.0.id) }
        var lessons: [Lesson] = []
        for (rule, order) in screens {
            let group = order / 10
            if let last = lessons.last, last.group == group {
                lessons[lessons.count - 1].screens.append(rule)
            } else {
                lessons.append(Lesson(number: lessons.count + 1, group: group, screens: [rule]))
            }
        }
        self.lessons = lessons
    }

    /// The lesson numbered `number` (from 1).
    public func lesson(number: Int) -> Lesson? {
        lessons.indices.contains(number - 1) ? lessons[number - 1] : nil
    }

    /// The first lesson whose id is not in `done`.
    public func nextUndone(done: Set<String>) -> Lesson? {
        lessons.first { !done.contains($0.id) }
    }
}
