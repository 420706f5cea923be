/// One lesson of a training course: a few screens (lesson rules) read in order, then questions.
public struct Lesson: Sendable, Hashable, Identifiable {
    /// The lesson's position in the course, from 1.
    public var number: Int
    /// `order / 10` of its screens: the lesson's group in the corpus.
    public var group: Int
    /// The screens in order; never empty.
    public var screens: [Rule]

    public init(number: Int, group: Int, screens: [Rule]) {
        precondition(!screens.isEmpty, "a lesson has at least one screen")
        self.number = number
        self.group = group
        self.screens = screens
    }

    /// The id progress is stored under: the first screen's rule id (rule ids never change).
    public var id: String { screens[0].id }

    /// The lesson's title: its first screen's.
    public var title: LocalizedText { screens[0].title }

    /// The questions that end the lesson: every quiz item of its screens, in order.
    public var questions: [QuizEntry] { screens.flatMap(QuizEntry.entries(of:)) }
}
