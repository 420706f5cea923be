import CoachCore
import CoachRetrieval
import Foundation

/// What a flow reads for one step: the environment, the interface language, the time.
struct FlowContext: Sendable {
    var environment: EngineEnvironment
    var language: Language
    var now: Date

    var corpus: Corpus { environment.corpus }
    /// The day `now` falls on in the environment's time zone.
    var today: DayNumber { DayNumber(now, in: environment.timeZone) }
}

/// What a flow asks of the conversation after a line.
enum FlowStep: Sendable {
    /// Stay in the flow and show these.
    case stay([Output])
    /// The line is a question for the coach: the conversation answers it, then the flow shows
    /// `resume(_:)` — the question it is waiting on, asked again.
    case detour(String)
    /// The flow is over; the conversation goes back to idle after showing these.
    case done([Output])
}

/// One guided activity of the conversation (a prep, a visit log, a lesson, …). Exactly one flow is
/// active at a time: it is a case of `Mode`.
///
/// A flow gets every plain line and every command first. Commands it does not take
/// (`handle(_:context:)` returns nil) are either shown and followed by the flow's question again
/// (`letsThrough`), or refused with `busy`. `/quit`, Ctrl-C and end of input call `leave`.
protocol Flow: Sendable {
    /// The REPL prompt in `language`, showing how far the flow has come (`prep east-post 3/19> `,
    /// `準備 east-post 3/19> `).
    func prompt(_ language: Language) -> String
    /// Handles a plain line (an answer, Enter, a question).
    mutating func handle(_ line: String, context: FlowContext) -> FlowStep
    /// Handles a command the flow owns; nil leaves it to the conversation.
    mutating func handle(_ command: Command, context: FlowContext) -> FlowStep?
    /// Whether the conversation may run `command` and then come back to the flow.
    func letsThrough(_ command: Command) -> Bool
    /// The question the flow is waiting on, asked again (`/repeat`, after a command let through).
    func current(_ context: FlowContext) -> [Output]
    /// The question the flow is waiting on after a detour, with the line that leads back to it.
    func resume(_ context: FlowContext) -> [Output]
    /// What to say when a command is neither the flow's nor let through.
    func busy(_ context: FlowContext) -> [Output]
    /// Ctrl-C, `/quit` or end of input: what to record and say as the flow is left.
    func leave(_ context: FlowContext, interrupted: Bool) -> [Output]
}
