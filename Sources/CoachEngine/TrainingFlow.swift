import CoachCore

/// What lessons, quizzes and drills share as flows: `/cancel` stops them (answers given are
/// already recorded), `/repeat` shows the step again, `/skip` is the flow's own, and the reading
/// commands (`/rule`, `/card`, `/progress`, …) are shown before the step is asked again.
protocol TrainingFlow: Flow {
    /// `/skip`: the next screen, "don't know" for a question, no picks in a drill.
    mutating func skip(_ context: FlowContext) -> FlowStep
}

extension TrainingFlow {
    mutating func handle(_ command: Command, context: FlowContext) -> FlowStep? {
        switch command {
        case .cancel: return .done(stopped(context))
        case .repeat: return .stay(current(context))
        case .skip: return skip(context)
        case .help, .topics, .more, .source, .rule, .card, .accounts, .account, .open, .close, .flags, .chart, .prep,
             .resume, .strategies, .outline, .log, .followups, .review, .comments, .today, .why, .back, .learn, .quiz,
             .drill, .progress, .lang, .quit, .unknown:
            return nil
        }
    }

    func letsThrough(_ command: Command) -> Bool {
        switch command {
        case .help, .lang, .rule, .more, .source, .card, .topics, .progress, .today: true
        default: false
        }
    }

    func busy(_ context: FlowContext) -> [Output] { [.text(TrainingText.notNow[context.language])] }

    func leave(_ context: FlowContext, interrupted: Bool) -> [Output] {
        interrupted ? stopped(context) : []
    }

    func stopped(_ context: FlowContext) -> [Output] { [.text(TrainingText.stopped[context.language], .warning)] }
}
