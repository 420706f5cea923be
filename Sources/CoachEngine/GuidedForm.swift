import CoachCore
import Foundation

/// Where a guided form is: the field being asked, or the summary. `/prep`, `/log` and later flows
/// share it (and `GuidedFormFlow` below), so back, skip, edit by number and the summary behave the
/// same everywhere.
struct GuidedForm: Sendable, Equatable {
    enum Phase: String, Sendable, Equatable {
        /// Asking the field at `position`.
        case asking
        /// Showing the summary; the user confirms or picks a field to change by number.
        case reviewing
        /// Changing the field at `position` from the summary, then back to it.
        case editing
    }

    /// The number of fields.
    let count: Int
    /// The field asked (0-based); `count` while reviewing.
    private(set) var position: Int
    private(set) var phase: Phase

    /// A form at a stored position: out-of-range positions (from a damaged or hostile store) are
    /// clamped, never used as an index; a position past the last field is the summary.
    init(count: Int, position: Int = 0, phase: Phase = .asking) {
        self.count = max(count, 0)
        let clamped = min(max(position, 0), self.count)
        self.position = clamped
        self.phase = clamped >= self.count ? .reviewing : phase
        if self.phase == .reviewing { self.position = self.count }
    }

    /// The field asked, or nil on the summary.
    var field: Int? { phase == .reviewing || position >= count ? nil : position }
    /// The field shown on the prompt (1-based), never past the last.
    var shownNumber: Int { min(position + 1, max(count, 1)) }

    /// After an answer or a skip: the next field not yet filled, or the summary after the last one
    /// or an edit.
    mutating func advance(skipping filled: (Int) -> Bool = { _ in false }) {
        var next = position + 1
        while next < count, filled(next) { next += 1 }
        if phase == .editing || next >= count {
            phase = .reviewing
            position = count
        } else {
            position = next
        }
    }

    /// `/back`: the previous field (from the summary: the last one; while editing: the summary
    /// again). False when already at the first field.
    mutating func back() -> Bool {
        switch phase {
        case .reviewing:
            guard count > 0 else { return false }
            phase = .asking
            position = count - 1
        case .editing:
            phase = .reviewing
            position = count
        case .asking:
            guard position > 0 else { return false }
            position -= 1
        }
        return true
    }

    /// A number typed on the summary: change that field (1-based). False when out of range.
    mutating func edit(_ number: Int) -> Bool {
        guard phase == .reviewing, (1...max(count, 1)).contains(number), count > 0 else { return false }
        phase = .editing
        position = number - 1
        return true
    }

    /// Jumps to `position` (carrying answers forward may pass over fields already filled).
    mutating func move(to position: Int) {
        if position >= count {
            phase = .reviewing
            self.position = count
        } else {
            self.position = max(position, 0)
        }
    }
}

/// What a form flow made of a typed line.
enum FieldAnswer: Sendable {
    /// The field is answered: show these, keep the answer, move on.
    case accepted([Output])
    /// The field took one more item of a list and stays (a list ends with an empty line).
    case added([Output])
    /// Not an answer: show these (a short re-ask); the form stays where it is.
    case rejected([Output])
    /// A question for the coach, typed instead of an answer.
    case detour(String)
}

/// A flow that is a guided form. It supplies the fields; the shared `handleForm` implements the
/// machine: answers, Enter on the summary, numbers to edit, `/back`, `/skip`, `/why`, `/repeat`,
/// `/cancel` and detours.
protocol GuidedFormFlow: Flow {
    var form: GuidedForm { get set }
    /// The field at `form.position`, asked (with its heading when `form.phase` is `.editing`).
    func ask(_ context: FlowContext) -> [Output]
    /// Every answer so far, numbered for editing, with the hint to confirm.
    func summary(_ context: FlowContext) -> [Output]
    /// Reads a line for the field at `form.position` (never called on the summary).
    mutating func answer(_ line: String, context: FlowContext) -> FieldAnswer
    /// `/skip` on a field: mark it skipped (the form then moves on).
    mutating func skip(_ context: FlowContext)
    /// The records that keep the form as it now is (saved after every answer, skip or move).
    mutating func keep(_ context: FlowContext) -> [Output]
    /// The form moved back to (or is editing) a field: forget what must be answered afresh.
    mutating func reopen(_ context: FlowContext)
    /// Enter (or "ok") on the summary.
    mutating func confirm(_ context: FlowContext) -> FlowStep
    /// `/cancel`.
    func cancel(_ context: FlowContext) -> [Output]
    /// `/why`: the reason behind the current field, if the form has one.
    func why(_ context: FlowContext) -> [Output]?
    /// Whether a field already has its answer (carried forward or confirmed), so moving on passes it.
    func isFilled(_ field: Int) -> Bool
    /// Said before the previous answer on `/back`, and at the first field.
    var backTexts: (backTo: LocalizedText?, atFirst: LocalizedText) { get }
    /// The answer shown after `/back`, if the field has one.
    func shownAnswer(_ context: FlowContext) -> String?
}

extension GuidedFormFlow {
    func isFilled(_ field: Int) -> Bool { false }

    /// The field asked again, or the summary.
    func current(_ context: FlowContext) -> [Output] { formCurrent(context) }

    /// The field asked again, or the summary (for flows that add steps of their own).
    func formCurrent(_ context: FlowContext) -> [Output] {
        form.phase == .reviewing ? summary(context) : ask(context)
    }

    /// After the form moved forward: the next field, or the summary.
    func next(_ context: FlowContext) -> [Output] {
        form.phase == .reviewing ? [.blank] + summary(context) : ask(context)
    }

    /// A plain line: an answer to the field, or on the summary a number, Enter or a question.
    mutating func handleForm(_ line: String, context: FlowContext) -> FlowStep {
        if form.phase == .reviewing {
            let word = line.trimmingCharacters(in: .whitespaces)
            if let number = Int(word) {
                guard form.edit(number) else { return .stay(summary(context)) }
                reopen(context)
                return .stay(keep(context) + ask(context))
            }
            if word.isEmpty || context.answerReader().readsYes(word) || Self.confirmWords.contains(word.lowercased()) {
                return confirm(context)
            }
            if context.answerReader().looksLikeQuestion(word) { return .detour(word) }
            return .stay(summary(context))
        }
        switch answer(line, context: context) {
        case .accepted(let notes):
            form.advance(skipping: isFilled)
            return .stay(notes + keep(context) + next(context))
        case .added(let notes):
            return .stay(keep(context) + notes)
        case .rejected(let outputs):
            return .stay(outputs)
        case .detour(let question):
            return .detour(question)
        }
    }

    /// The commands every form shares; nil for the others.
    mutating func handleFormCommand(_ command: Command, context: FlowContext) -> FlowStep? {
        switch command {
        case .back:
            guard form.back() else { return .stay([.text(backTexts.atFirst[context.language], .dim)] + ask(context)) }
            if form.phase == .reviewing { return .stay(keep(context) + summary(context)) }
            var outputs: [Output] = backTexts.backTo.map { [.text($0[context.language], .dim)] } ?? []
            if let shown = shownAnswer(context) { outputs.append(.text(shown, .accent)) }
            reopen(context)
            return .stay(keep(context) + outputs + ask(context))
        case .skip:
            guard form.phase != .reviewing else { return .stay(summary(context)) }
            skip(context)
            form.advance(skipping: isFilled)
            return .stay(keep(context) + next(context))
        case .why:
            guard let shown = why(context) else { return nil }
            return .stay(shown + [.blank] + current(context))
        case .repeat:
            return .stay(current(context))
        case .cancel:
            return .done(cancel(context))
        default:
            return nil
        }
    }

    /// Words that confirm a summary, besides Enter and a yes.
    static var confirmWords: Set<String> { ["ok", "done", "save", "好", "完成", "保存", "儲存", "确认", "確認"] }
}
