import CoachCore

/// Training in the conversation: the lesson, quiz or drill in progress, and what this session has
/// learnt so far (so it counts before the host's store is read again).
struct TrainingState: Sendable {
    /// A lesson: its screens one by one, then its questions.
    struct LessonRun: Sendable {
        var lesson: Lesson
        /// Lessons in the course, for "lesson 2 of 9".
        var courseSize: Int
        /// The screen shown (from 0).
        var screen: Int = 0
        /// The questions, once every screen was read.
        var questions: QuizRun?
    }

    /// Questions asked one at a time. In a quiz, a wrong answer is asked again a few questions later.
    struct QuizRun: Sendable {
        struct Turn: Sendable {
            var question: QuizQuestion
            /// The question's number in the quiz (a retry keeps the number of the first ask).
            var number: Int
            var isRetry: Bool
        }

        /// How many other questions come between a wrong answer and its retry.
        static let retryGap = 2

        var turns: [Turn]
        var position: Int = 0
        var source: QuizAttempt.Source
        /// Whether a wrong answer is asked again later (quizzes, not lesson questions).
        var retriesWrong: Bool
        /// First-time answers that were right.
        var rightFirstTime: Int = 0
        /// Items answered wrong the first time, in order.
        var wrongItems: [QuizEntry] = []

        init(questions: [QuizQuestion], source: QuizAttempt.Source, retriesWrong: Bool) {
            turns = questions.enumerated().map { Turn(question: $0.element, number: $0.offset + 1, isRetry: false) }
            self.source = source
            self.retriesWrong = retriesWrong
        }

        /// Distinct questions (retries not counted).
        var count: Int { turns.filter { !$0.isRetry }.count }

        var current: Turn? { turns.indices.contains(position) ? turns[position] : nil }

        /// Queues the current question to be asked again after `retryGap` others (or last).
        mutating func retryCurrentLater(_ generator: inout SeededGenerator) {
            guard var turn = current else { return }
            turn.isRetry = true
            turn.question = turn.question.reshuffled(&generator)
            turns.insert(turn, at: min(position + 1 + Self.retryGap, turns.count))
        }
    }

    /// A drill: the trainee names the risks, then picks strategies.
    struct DrillRun: Sendable {
        enum Phase: Sendable { case risks, strategies }
        var scenario: DrillScenario
        var phase: Phase = .risks
        var flags: Set<FlagKind> = []
    }

    /// Lessons finished in this session, by id.
    var lessonsDone: [String: LessonCompletion] = [:]
    /// Review states changed in this session, by item id.
    var reviews: [String: ReviewState] = [:]
    /// Seeds drawn so far, so each quiz or drill in a session differs.
    var draws: UInt64 = 0
}
