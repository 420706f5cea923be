/// What the conversation is doing: nothing in particular, or exactly one flow.
///
/// Adding a flow is one file with a type conforming to `Flow`, plus a case here; the compiler then
/// lists the few switches in `Conversation+Mode.swift` that must name it.
enum Mode: Sendable {
    case idle
    case prep(PrepFlow)
    case log(LogFlow)
    case lesson(LessonFlow)
    case quiz(QuizFlow)
    case drill(DrillFlow)

    var isIdle: Bool {
        if case .idle = self { return true }
        return false
    }
}
