/// A trainee's progress: lessons done, score per topic, weak topics, due reviews, drills.
///
/// ```swift
/// let progress = TrainingProgress(records: records, course: LessonCourse(corpus: corpus), today: "2026-11-29")
/// print(progress.lessonsDone, progress.weakTopics)
/// ```
public struct TrainingProgress: Sendable, Hashable, Codable {
    /// One lesson of the course and whether the trainee has done it.
    public struct LessonStatus: Sendable, Hashable, Codable {
        public var number: Int
        public var id: String
        public var title: LocalizedText
        public var done: Bool
        /// Right answers at the end of the lesson, when done.
        public var correct: Int?
        public var questions: Int?
    }

    /// First-time answers on one topic.
    public struct TopicScore: Sendable, Hashable, Codable {
        public var topic: String
        public var answered: Int
        public var correct: Int
        /// 0–100.
        public var percent: Int
    }

    public var trainee: String
    public var lessons: [LessonStatus]
    public var lessonsDone: Int
    public var lessonsTotal: Int
    /// Answers given (retries in the same quiz not counted) and how many were right.
    public var answered: Int
    public var correct: Int
    /// Topics answered, in the order first answered.
    public var topics: [TopicScore]
    /// Up to three topics with the lowest success below 100%, lowest first.
    public var weakTopics: [String]
    /// Items due for review today.
    public var dueReviews: Int
    /// Items answered, per Leitner box (index 0 is box 1).
    public var boxes: [Int]
    public var drills: Int
    /// The mean drill score, 0–100, when there was a drill.
    public var drillAverage: Int?
    public var lastDrill: DrillResult?

    /// How many weak topics are listed.
    public static let weakTopicCount = 3

    public init(records: TrainingRecords, course: LessonCourse, today: String) {
        trainee = records.trainee
        let completions = Dictionary(records.lessons.map { ($0.lessonID, $0) }, uniquingKeysWith: { _, last in last })
        lessons = course.lessons.map { lesson in
            let done = completions[lesson.id]
            return LessonStatus(
                number: lesson.number, id: lesson.id, title: lesson.title, done: done != nil,
                correct: done?.correct, questions: done?.questions)
        }
        lessonsDone = lessons.filter(\.done).count
        lessonsTotal = course.lessons.count

        let counted = records.attempts.filter { !$0.retry }
        answered = counted.count
        correct = counted.filter(\.correct).count
        var order: [String] = []
        var tally: [String: (answered: Int, correct: Int)] = [:]
        for attempt in counted {
            if tally[attempt.topic] == nil { order.append(attempt.topic) }
            tally[attempt.topic, default: (0, 0)].answered += 1
            if attempt.correct { tally[attempt.topic, default: (0, 0)].correct += 1 }
        }
        topics = order.map { topic in
            let (answered, correct) = tally[topic]!
            return TopicScore(topic: topic, answered: answered, correct: correct, percent: Self.percent(correct, of: answered))
        }
        weakTopics = topics.enumerated()
            .filter { $0.element.percent < 100 }
            .sorted { ($0.element.percent, -$0.element.answered, $0.offset) < ($1.element.percent, -$1.element.answered, $1.offset) }
            .prefix(Self.weakTopicCount)
            .map(\.element.topic)

        dueReviews = records.reviews.filter { $0.isDue(today: today) }.count
        var boxes = [Int](repeating: 0, count: Leitner.boxes.count)
        for state in records.reviews where Leitner.boxes.contains(state.box) { boxes[state.box - 1] += 1 }
        self.boxes = boxes

        drills = records.drills.count
        drillAverage = records.drills.isEmpty ? nil : Int((Double(records.drills.map(\.percent).reduce(0, +)) / Double(records.drills.count)).rounded())
        lastDrill = records.drills.last
    }

    /// The share of right answers, 0–100, rounded.
    public static func percent(_ part: Int, of whole: Int) -> Int {
        whole == 0 ? 0 : Int((Double(part) * 100 / Double(whole)).rounded())
    }
}
