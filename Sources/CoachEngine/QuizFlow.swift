import CoachCore
import Foundation

/// `/quiz`: a few questions, due ones first; a wrong answer comes back a few questions later;
/// the end sums up and names the topics to review.
struct QuizFlow: TrainingFlow {
    var run: QuestionRun

    func prompt(_ language: Language) -> String { "\(UIText.promptQuiz[language]) \(run.progress)> " }

    mutating func handle(_ line: String, context: FlowContext) -> FlowStep {
        answer(line, skipped: false, context: context)
    }

    mutating func skip(_ context: FlowContext) -> FlowStep { answer("", skipped: true, context: context) }

    func current(_ context: FlowContext) -> [Output] { run.ask(context) }

    func resume(_ context: FlowContext) -> [Output] { current(context) }

    mutating func answer(_ line: String, skipped: Bool, context: FlowContext) -> FlowStep {
        switch run.answer(line, skipped: skipped, context: context) {
        case .unreadable(let hint): return .stay(hint)
        case .scored(let outputs, finished: false): return .stay(outputs)
        case .scored(let outputs, finished: true): return .done(outputs + summary(context))
        }
    }

    /// The score, and the topics of the wrong answers with how many are due today (as
    /// `/progress` counts them: missed again on the retry, or not retried, is due today).
    func summary(_ context: FlowContext) -> [Output] {
        let language = context.language
        var outputs: [Output] = [.blank, .text(TrainingText.quizDone(run.rightFirstTime, run.count)[language], .success)]
        if run.wrongItems.isEmpty {
            outputs.append(.text(TrainingText.allRight[language], .dim))
        } else {
            var seen = Set<String>()
            let topics = run.wrongItems.map(\.topic).filter { seen.insert($0).inserted }
                .map { id in context.corpus.topic(id: id).map { Conversation.topicName($0, language) } ?? id }
            let today = context.today.text
            let dueToday = run.wrongItems.filter { (run.reviews[$0.id]?.dueOn ?? today) <= today }.count
            outputs.append(.text(TrainingText.toReview(UIText.list(topics, language), dueToday: dueToday, missed: run.wrongItems.count)[language], .dim))
        }
        return outputs
    }
}
