import CoachCore
import Foundation

/// A coaching session in progress: the account, the self-check sub-questions in order, the answers.
struct PrepState: Sendable {
    enum Phase: Sendable, Equatable {
        /// Asking the sub-question at `position`.
        case asking
        /// Showing the summary; the user confirms or picks an answer to change.
        case reviewing
        /// Changing one answer from the summary, then back to it.
        case editing
    }

    struct Step: Sendable {
        var check: SelfCheck
        var question: SelfCheckQuestion
        var checkNumber: Int
        var questionNumber: Int
    }

    var key: String
    var account: Account
    var accountFlags: [RiskFlag]
    var steps: [Step]
    var position: Int
    var answers: [String: PrepAnswer]
    var phase: Phase = .asking

    init(key: String, account: Account, accountFlags: [RiskFlag], selfChecks: [SelfCheck], position: Int = 0, answers: [PrepAnswer] = []) {
        self.key = key
        self.account = account
        self.accountFlags = accountFlags
        var steps: [Step] = []
        for (checkIndex, check) in selfChecks.enumerated() {
            for (questionIndex, question) in check.questions.enumerated() {
                steps.append(Step(check: check, question: question, checkNumber: checkIndex + 1, questionNumber: questionIndex + 1))
            }
        }
        self.steps = steps
        self.position = min(position, steps.count)
        self.answers = Dictionary(answers.map { ($0.questionID, $0) }, uniquingKeysWith: { _, last in last })
        if self.position >= steps.count { phase = .reviewing }
    }

    var current: Step? { position < steps.count ? steps[position] : nil }

    /// Answers in question order.
    var orderedAnswers: [PrepAnswer] { steps.compactMap { answers[$0.question.id] } }

    /// The account's flags plus those the answers raise.
    func flags(selfChecks: [SelfCheck]) -> [RiskFlag] {
        AnswerFlags.combined(
            account: accountFlags,
            answers: AnswerFlags.raised(by: orderedAnswers, selfChecks: selfChecks, account: account))
    }
}

/// What the account file already tells about a sub-question.
enum KnownAnswer {
    /// The known value, and whether the corpus's `known-text` applies to it (it is phrased for the
    /// case where the file says yes, or names people).
    static func value(_ known: SelfCheckQuestion.Known, account: Account, flags: [RiskFlag]) -> (value: PrepAnswer.Value?, applies: Bool) {
        switch known {
        case .allRolesIdentified:
            let complete = !flags.contains { $0.kind.missingRole != nil } && !account.people.contains { $0.role == .unknown }
            return (complete ? .yes : .no, complete)
        case .unmetBuyers:
            return people(account.people.filter { $0.met == false && $0.role != .unknown })
        case .coach:
            return people(account.people(in: .coach))
        case .purchasingPowerChanged:
            switch account.changes.purchasingPower {
            case .increased?, .decreased?: return (.yes, true)
            case .unchanged?: return (.no, false)
            default: return (nil, false)
            }
        case .newFaces:
            return people(account.people.filter(\.isNew))
        case .reorganized:
            switch account.changes.reorganized {
            case true?: return (.yes, true)
            case false?: return (.no, false)
            default: return (nil, false)
            }
        case .decisionMakers:
            return people(account.people(in: .decisionMaker))
        case .unknownInfluence:
            let unknown = account.people.filter { $0.influence == .unknown }
            return (unknown.isEmpty ? .yes : .no, !unknown.isEmpty)
        }
    }

    static func people(_ people: [Person]) -> (value: PrepAnswer.Value?, applies: Bool) {
        (.people(people.map(\.name)), !people.isEmpty)
    }

    /// The names a known value lists, for `{people}`.
    static func names(_ value: PrepAnswer.Value?, account: Account, known: SelfCheckQuestion.Known) -> [String] {
        if case .people(let names)? = value { return names }
        if known == .unknownInfluence { return account.people.filter { $0.influence == .unknown }.map(\.name) }
        return []
    }
}
