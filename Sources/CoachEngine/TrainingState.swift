import CoachCore

/// What this session has learnt in lessons, quizzes and drills, so it counts before the host's
/// store is read again (the flows in progress are `Mode` cases).
struct TrainingState: Sendable {
    /// Lessons finished in this session, by id.
    var lessonsDone: [String: LessonCompletion] = [:]
    /// Review states changed in this session, by item id.
    var reviews: [String: ReviewState] = [:]
    /// Seeds drawn so far, so each quiz or drill in a session differs.
    var draws: UInt64 = 0
}
