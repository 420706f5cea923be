/// Everything stored about one trainee's training.
public struct TrainingRecords: Sendable, Hashable {
    public var trainee: String
    public var lessons: [LessonCompletion]
    /// Answers, oldest first.
    public var attempts: [QuizAttempt]
    /// The Leitner state of every item answered at least once.
    public var reviews: [ReviewState]
    /// Drills, oldest first.
    public var drills: [DrillResult]

    public init(trainee: String, lessons: [LessonCompletion] = [], attempts: [QuizAttempt] = [], reviews: [ReviewState] = [], drills: [DrillResult] = []) {
        self.trainee = trainee
        self.lessons = lessons
        self.attempts = attempts
        self.reviews = reviews
        self.drills = drills
    }

    /// Ids of the lessons done.
    public var lessonsDone: Set<String> { Set(lessons.map(\.lessonID)) }

    /// Review states by item id.
    public var reviewsByItem: [String: ReviewState] {
        Dictionary(reviews.map { ($0.itemID, $0) }, uniquingKeysWith: { _, last in last })
    }
}
