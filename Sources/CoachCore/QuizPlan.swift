/// The questions of one quiz: items due for review first, then new ones.
///
/// ```swift
/// var generator = SeededGenerator(seed: seed)
/// let plan = QuizPlan(from: entries, reviews: states, today: "2026-11-29", count: 5, generator: &generator)
/// ```
public struct QuizPlan: Sendable, Hashable {
    /// The questions in the order to ask them.
    public var questions: [QuizQuestion]
    /// How many of them were due for review.
    public var dueCount: Int
    /// How many were never answered before.
    public var newCount: Int

    /// Picks up to `count` items: due ones (longest overdue first, then lowest box), then never
    /// answered ones in a random order; if that is not enough, the items due soonest. Options are
    /// shuffled with `generator`.
    ///
    /// - Complexity: O(n log n) in the entries.
    public init(from entries: [QuizEntry], reviews: [String: ReviewState], today: String, count: Int, generator: inout SeededGenerator) {
        var due: [(QuizEntry, ReviewState)] = []
        var fresh: [QuizEntry] = []
        var later: [(QuizEntry, ReviewState)] = []
        for entry in entries {
            if let state = reviews[entry.id] {
                if state.isDue(today: today) { due.append((entry, state)) } else { later.append((entry, state)) }
            } else {
                fresh.append(entry)
            }
        }
        func byDue(_ a: (QuizEntry, ReviewState), _ b: (QuizEntry, ReviewState)) -> Bool {
            (a.1.dueOn, a.1.box, a.0.id) < (b.1.dueOn, b.1.box, b.0.id)
        }
        let dueEntries = due.sorted(by: byDue).map(\.0).prefix(count)
        let freshEntries = generator.shuffled(fresh).prefix(count - dueEntries.count)
        let laterEntries = later.sorted(by: byDue).map(\.0).prefix(count - dueEntries.count - freshEntries.count)
        var questions: [QuizQuestion] = []
        for entry in dueEntries + freshEntries + laterEntries {
            questions.append(QuizQuestion(entry: entry, generator: &generator))
        }
        self.questions = questions
        dueCount = dueEntries.count
        newCount = freshEntries.count
    }
}
