import CoachCore
import CoachRetrieval
import Foundation

/// `/prep`: the five self-checks as a guided form, made concrete from the account, then the
/// strategies and outline the answers lead to.
struct PrepFlow: GuidedFormFlow {
    /// One sub-question of a self-check, as a field of the form.
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
    var answers: [String: PrepAnswer]
    var form: GuidedForm
    /// Answers given since the last record, kept until the host has them (saved per answer).
    var unsaved: [PrepAnswer] = []

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
        form = GuidedForm(count: steps.count, position: position)
        self.answers = Dictionary(answers.map { ($0.questionID, $0) }, uniquingKeysWith: { _, last in last })
    }

    var current: Step? { form.field.map { steps[$0] } }

    /// Answers in question order.
    var orderedAnswers: [PrepAnswer] { steps.compactMap { answers[$0.question.id] } }

    /// The account's flags plus those the answers raise.
    func flags(selfChecks: [SelfCheck]) -> [RiskFlag] {
        AnswerFlags.combined(
            account: accountFlags,
            answers: AnswerFlags.raised(by: orderedAnswers, selfChecks: selfChecks, account: account))
    }

    // MARK: Flow

    var prompt: String { "prep \(account.id) \(form.shownNumber)/\(steps.count)> " }

    mutating func handle(_ line: String, context: FlowContext) -> FlowStep {
        handleForm(line, context: context)
    }

    mutating func handle(_ command: Command, context: FlowContext) -> FlowStep? {
        handleFormCommand(command, context: context)
    }

    func letsThrough(_ command: Command) -> Bool {
        switch command {
        case .help, .lang, .rule, .more, .card, .flags, .chart, .topics, .accounts: true
        default: false
        }
    }

    func resume(_ context: FlowContext) -> [Output] {
        [.text(PrepText.askAgain[context.language], .dim)] + current(context)
    }

    func busy(_ context: FlowContext) -> [Output] { [.text(PrepText.notNow[context.language])] }

    func leave(_ context: FlowContext, interrupted: Bool) -> [Output] {
        [
            .record(.prepPaused(key: key, position: form.position, at: context.now)),
            .text(PrepText.paused(form.shownNumber, steps.count)[context.language], .warning),
        ]
    }

    // MARK: Guided form

    var backTexts: (backTo: LocalizedText?, atFirst: LocalizedText) { (PrepText.backTo, PrepText.atFirst) }

    func shownAnswer(_ context: FlowContext) -> String? {
        current.flatMap { answers[$0.question.id] }?.display(context.language)
    }

    /// The current sub-question, made concrete from the account.
    func ask(_ context: FlowContext) -> [Output] {
        guard let step = current else { return [] }
        let language = context.language
        var outputs: [Output] = []
        if step.questionNumber == 1 || form.phase == .editing {
            outputs.append(.text(PrepText.checkHeading(step.checkNumber, step.check.title[language])[language], .heading))
        }
        let question = step.question
        let label = "\(question.id). "
        let hint: String
        switch question.answer {
        case .yesNo: hint = PrepText.yesNoHint[language]
        case .person: hint = PrepText.personHint[language]
        case .freeText: hint = PrepText.freeHint[language]
        }
        var knownLine: String?
        var confirmable = false
        if let known = question.known {
            let (value, applies) = KnownAnswer.value(known, account: account, flags: accountFlags)
            if applies, let text = question.knownText?[language] {
                let names = KnownAnswer.names(value, account: account, known: known)
                knownLine = Placeholder.fill(text, ["people": names.joined(separator: language == .en ? ", " : "、")])
                confirmable = true
            } else if question.answer == .person, case .people(let names)? = value, names.isEmpty {
                knownLine = PrepText.fileNamesNobody[language]
            } else if known == .allRolesIdentified {
                let missing = accountFlags.compactMap { $0.kind.missingRole?.label[language] }
                if !missing.isEmpty { knownLine = PrepText.fileMissesRoles(missing.joined(separator: language == .en ? ", " : "、"))[language] }
            } else if value == .no {
                knownLine = PrepText.fileSaysNo[language]
            }
        }
        if let knownLine { outputs.append(.text(knownLine, .accent)) }
        if !(confirmable && question.answer == .yesNo) {
            outputs.append(.text(label + question.text[language] + " " + hint))
        } else {
            outputs.append(.text(label + hint, .dim))
        }
        if question.answer == .person {
            let list = account.people.enumerated().map { "\($0.offset + 1) \($0.element.name) [\($0.element.role.letter)]" }
            outputs.append(.text(list.joined(separator: "  "), .dim))
        }
        if confirmable && question.answer == .person { outputs.append(.text(PrepText.enterConfirms[language], .dim)) }
        if let previous = answers[question.id], form.phase == .editing {
            outputs.append(.text("(\(previous.display(language)))", .dim))
        }
        return outputs
    }

    func summary(_ context: FlowContext) -> [Output] {
        let language = context.language
        var outputs: [Output] = [.text(PrepText.summaryHeading[language], .heading)]
        for (index, step) in steps.enumerated() {
            let answer = answers[step.question.id]?.display(language) ?? "-"
            outputs.append(.text("\(index + 1). \(step.question.text[language]) → \(answer)"))
        }
        outputs.append(.text(PrepText.summaryHint[language], .dim))
        return outputs
    }

    mutating func answer(_ line: String, context: FlowContext) -> FieldAnswer {
        guard let step = current else { return .rejected([]) }
        let language = context.language
        let question = step.question
        var known: (value: PrepAnswer.Value?, applies: Bool) = (nil, false)
        if let kind = question.known { known = KnownAnswer.value(kind, account: account, flags: accountFlags) }
        if line.isEmpty {
            // Enter keeps the answer shown (after /back or from the summary), else confirms the file.
            if let previous = answers[question.id], previous.value != .skipped { return accept(previous) }
            if known.applies, let value = known.value {
                return accept(PrepAnswer(questionID: question.id, value: value, confirmedKnown: true))
            }
            return .rejected([.text(PrepText.emptyAnswer[language], .dim)])
        }
        let reader = context.answerReader(people: account.people)
        switch question.answer {
        case .yesNo:
            let reading = reader.readYesNo(line)
            if reading == .unreadable, reader.looksLikeQuestion(line) { return .detour(line) }
            guard var answer = PrepAnswer(questionID: question.id, reading: reading, type: .yesNo) else {
                return .rejected([.text(reader.reAsk(.yesNo, language: language) ?? PrepText.notYesNo[language], .warning)] + ask(context))
            }
            answer.confirmedKnown = known.applies && answer.value == .yes
            return accept(answer)
        case .person:
            if reader.looksLikeQuestion(line) { return .detour(line) }
            let proposed = known.applies ? KnownAnswer.names(known.value, account: account, known: question.known!) : []
            let reading = reader.readPeople(line, proposed: proposed)
            guard var answer = PrepAnswer(questionID: question.id, reading: reading, type: .person, proposed: proposed) else {
                if reading == .unreadable, line.count > 12 { return .detour(line) }
                return .rejected([.text(reader.reAsk(.person, language: language) ?? PrepText.notPerson[language], .warning)] + ask(context))
            }
            if case .yes = reading, !proposed.isEmpty { answer.confirmedKnown = true }
            var notes: [Output] = []
            let unresolved = reading.unresolved.map(\.text)
            if !unresolved.isEmpty { notes.append(.text(PrepText.notInFile(unresolved.joined(separator: ", "))[language], .dim)) }
            return accept(answer, notes: notes)
        case .freeText:
            if reader.looksLikeQuestion(line), context.environment.index.search(line).verdict == .confident {
                return .detour(line)
            }
            return accept(PrepAnswer(questionID: question.id, value: .text(line)))
        }
    }

    /// Keeps `answer` for its question, to be recorded by `keep`.
    private mutating func accept(_ answer: PrepAnswer, notes: [Output] = []) -> FieldAnswer {
        answers[answer.questionID] = answer
        unsaved.removeAll { $0.questionID == answer.questionID }
        unsaved.append(answer)
        return .accepted(notes)
    }

    mutating func skip(_ context: FlowContext) {
        guard let step = current else { return }
        _ = accept(PrepAnswer(questionID: step.question.id, value: .skipped))
    }

    mutating func keep(_ context: FlowContext) -> [Output] {
        let records = unsaved.map { Output.record(.prepAnswered(key: key, answer: $0, position: form.position, at: context.now)) }
        unsaved = []
        return records
    }

    mutating func reopen(_ context: FlowContext) {}

    mutating func confirm(_ context: FlowContext) -> FlowStep {
        .done(PrepFlow.finish(self, context: context))
    }

    func cancel(_ context: FlowContext) -> [Output] {
        [.record(.prepCancelled(key: key, at: context.now)), .text(PrepText.cancelled[context.language], .warning)]
    }

    func why(_ context: FlowContext) -> [Output]? {
        let language = context.language
        let check = current?.check ?? steps.last?.check
        guard let check, let rule = context.corpus.rule(id: check.rule) else { return [] }
        var outputs: [Output] = [.text(UIText.labelled(PrepText.whyHeading[language], rule.title[language], language), .heading), .text(rule.gist[language], .bold)]
        if let first = MarkdownText.sections(rule.body[language]).first { outputs += MarkdownText.outputs(first) }
        outputs.append(.text("\(UIText.source[language]) \(rule.id) · \(rule.source)", .dim))
        return outputs
    }

    // MARK: Finishing

    /// The flags, strategies and outline the session ends with, recorded and shown.
    static func finish(_ state: PrepFlow, context: FlowContext) -> [Output] {
        let corpus = context.corpus
        let language = context.language
        let flags = state.flags(selfChecks: corpus.selfChecks)
        let recommendations = StrategyMatcher.recommendations(corpus: corpus, account: state.account, flags: flags)
        let outline = OutlineBuilder.build(corpus: corpus, account: state.account, flags: flags)
        let finished = PrepFinished(
            key: state.key, flags: flags,
            strategies: recommendations.map { StrategyChoice(ruleID: $0.rule.id, person: $0.person, topics: $0.rule.topics) },
            outline: outline, at: context.now)
        return [.record(.prepFinished(finished)), .blank]
            + PrepView.strategies(recommendations, limit: 10, language: language)
            + [.blank, .text(PrepText.outlineReady(outline.count, state.account.id)[language], .accent), .text(PrepText.saved[language], .success)]
    }
}
