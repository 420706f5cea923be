/// What the conversation is doing: nothing in particular, or exactly one flow.
///
/// Adding a flow is one file with a type conforming to `Flow`, plus a case here; the compiler then
/// lists the two switches that must name it: `active` below and `Conversation.handle(_:now:)`,
/// which hands the flow its lines.
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

    /// The active flow, for what every flow answers alike (its prompt, its question, leaving it).
    var active: (any Flow)? {
        switch self {
        case .idle: nil
        case .prep(let flow): flow
        case .log(let flow): flow
        case .lesson(let flow): flow
        case .quiz(let flow): flow
        case .drill(let flow): flow
        }
    }
}
