public import CoachCore
public import Foundation

/// Routing by mode: every line goes to the active flow first. `handle(_:now:)` is the one switch
/// here that names each flow (to hand it its lines); the rest reads `mode.active`.
extension Conversation {
    /// The prompt, showing the flow in progress or the open account.
    public var prompt: String {
        mode.active?.prompt(language) ?? openAccountID.map { "coach \($0)> " } ?? "coach> "
    }

    /// Whether the host may keep `line` in its readline history, decided before the line is
    /// handled: commands and free questions, never an answer to `/prep`, `/log`, a lesson, quiz or
    /// drill (answers are in the store, and history is a plain file outside it).
    public func keepsInHistory(_ line: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        return mode.isIdle || trimmed.hasPrefix("/")
    }

    /// What a flow reads for a step taken now.
    func flowContext(_ now: Date) -> FlowContext {
        FlowContext(environment: environment, language: language, now: now)
    }

    /// Handles one line the user entered.
    public mutating func handle(_ input: String, now: Date) -> [Output] {
        let line = input.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !line.isEmpty || !mode.isIdle else { return takeUnsaved() }
        if !pendingChoices.isEmpty, let number = Int(line), (1...pendingChoices.count).contains(number) {
            let rule = pendingChoices[number - 1]
            pendingChoices = []
            return answer(with: rule, others: [], language: language)
        }
        pendingChoices = []
        modeAtSummary = formAtSummary
        let retried = takeUnsaved()
        let outputs: [Output]
        switch mode {
        case .idle:
            outputs = line.hasPrefix("/") ? run(Command.parse(line), now: now) : ask(line, now: now)
        case .prep(let flow):
            outputs = drive(flow, input.trimmingCharacters(in: .whitespaces), now: now, wrap: Mode.prep)
        case .log(let flow):
            outputs = drive(flow, line, now: now, wrap: Mode.log)
        case .lesson(let flow):
            outputs = drive(flow, line, now: now, wrap: Mode.lesson)
        case .quiz(let flow):
            outputs = drive(flow, line, now: now, wrap: Mode.quiz)
        case .drill(let flow):
            outputs = drive(flow, line, now: now, wrap: Mode.drill)
        }
        noteResults(outputs)
        return retried + outputs
    }

    /// The records kept after a failed save, to hand to the host again.
    mutating func takeUnsaved() -> [Output] {
        defer { unsaved = [] }
        return unsaved.map(Output.record)
    }

    /// Hands a line to `flow`: its commands and answers, detours, commands it lets through.
    mutating func drive<F: Flow>(_ flow: F, _ line: String, now: Date, wrap: (F) -> Mode) -> [Output] {
        var flow = flow
        let context = flowContext(now)
        let step: FlowStep
        if line.hasPrefix("/") {
            let command = Command.parse(line)
            if let handled = flow.handle(command, context: context) {
                step = handled
            } else if case .quit = command {
                return leave(now: now)
            } else if case .unknown = command {
                return run(command, now: now)
            } else if flow.letsThrough(command) {
                mode = .idle
                let shown = run(command, now: now)
                mode = wrap(flow)
                return shown + [.blank] + flow.current(flowContext(now))
            } else {
                return flow.busy(context)
            }
        } else {
            step = flow.handle(line, context: context)
        }
        switch step {
        case .stay(let outputs):
            mode = wrap(flow)
            return outputs
        case .done(let outputs):
            mode = .idle
            return outputs
        case .detour(let question):
            mode = .idle
            let answered = ask(question, now: now)
            mode = wrap(flow)
            pendingChoices = []
            return answered + [.blank] + flow.resume(flowContext(now))
        }
    }

    /// Keeps what a finished prep concluded, for `/outline` and `/strategies` afterwards, and what
    /// lessons and quizzes recorded, for the next quiz and `/progress` in this session.
    mutating func noteResults(_ outputs: [Output]) {
        for case .record(let record) in outputs {
            switch record {
            case .prepFinished(let finished): lastPrepResult = finished
            case .lessonCompleted(let completion): training.lessonsDone[completion.lessonID] = completion
            case .quizAnswered(let attempt, let review): training.reviews[attempt.itemID] = review
            default: break
            }
        }
    }

    /// Ctrl-C at the prompt: pauses a coaching session, stops a lesson, leaves a visit log (its
    /// draft stays kept for `/log`); otherwise the line was simply dropped.
    public mutating func interrupt(now: Date) -> [Output] {
        pendingChoices = []
        modeAtSummary = nil
        return takeUnsaved() + leaveFlow(now: now, interrupted: true)
    }

    /// Leaving the session (`/quit`, or end of input): a `/prep` is paused, a `/log` draft kept, a
    /// lesson or quiz stopped (its answers are already recorded); then the goodbye.
    ///
    /// - Parameter reason: what the store records for a paused `/prep` (`.signal` on SIGTERM/SIGHUP).
    public mutating func leave(now: Date, reason: PauseReason = .quit) -> [Output] {
        pendingChoices = []
        modeAtSummary = nil
        let left = leaveFlow(now: now, interrupted: false).map { output -> Output in
            guard case let .record(.prepPaused(key, position, at, _)) = output else { return output }
            return .record(.prepPaused(key: key, position: position, at: at, by: reason))
        }
        return takeUnsaved() + left + farewell() + [.quit]
    }

    /// Leaves the active flow, back to idle.
    mutating func leaveFlow(now: Date, interrupted: Bool) -> [Output] {
        let context = flowContext(now)
        let outputs = mode.active?.leave(context, interrupted: interrupted) ?? []
        mode = .idle
        return outputs
    }
}
