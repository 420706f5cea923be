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
    /// What the file (or an earlier prep) already answers, confirmed in one block before the
    /// first question; `blockOpen` while it waits for Enter or the numbers to change.
    var block: [KnownItem] = []
    var blockOpen = false
    /// Questions filled from an earlier question's answer (`q2d` from `q1d`), by question id.
    var carried: [String: String] = [:]

    /// One line of the confirm block: the questions it answers and the answer.
    struct KnownItem: Sendable, Equatable {
        var questionIDs: [String]
        var value: PrepAnswer.Value
        /// From the salesperson's earlier prep (not the account file).
        var fromEarlier: Bool
    }

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

    /// Gathers what the account file and the salesperson's earlier preps already answer into the
    /// confirm block (one line per answer, a question sharing another's `known` on the same line).
    mutating func openBlock(earlier: [PrepAnswer], earlierOnAccount: [PrepAnswer]) {
        let any = Dictionary(earlier.map { ($0.questionID, $0.value) }, uniquingKeysWith: { first, _ in first })
        let here = Dictionary(earlierOnAccount.map { ($0.questionID, $0.value) }, uniquingKeysWith: { first, _ in first })
        var items: [KnownItem] = []
        for step in steps where answers[step.question.id] == nil {
            let question = step.question
            if let known = question.known {
                let (value, _) = KnownAnswer.value(known, account: account, flags: accountFlags)
                guard let value else { continue }
                if let index = items.firstIndex(where: { item in
                    !item.fromEarlier && item.value == value
                        && steps.first { $0.question.id == item.questionIDs[0] }?.question.known == known
                }) {
                    items[index].questionIDs.append(question.id)
                } else {
                    items.append(KnownItem(questionIDs: [question.id], value: value, fromEarlier: false))
                }
            } else if let carry = question.carry {
                let value = carry == .account ? here[question.id] : (here[question.id] ?? any[question.id])
                guard let value, value != .skipped else { continue }
                if case .text(let text) = value, text.isEmpty { continue }
                items.append(KnownItem(questionIDs: [question.id], value: value, fromEarlier: true))
            }
        }
        block = items
        blockOpen = !items.isEmpty
    }

    func step(id: String) -> Step? { steps.first { $0.question.id == id } }

    /// The confirm block: numbered lines, then how to confirm or change.
    func showBlock(_ context: FlowContext) -> [Output] {
        let language = context.language
        var outputs: [Output] = [.text(PrepText.blockHeading[language], .heading)]
        for (index, item) in block.enumerated() {
            outputs.append(.text("\(index + 1). " + line(for: item, language: language)))
        }
        outputs.append(.text(PrepText.blockHint[language], .dim))
        return outputs
    }

    /// One known answer as a statement.
    func line(for item: KnownItem, language: Language) -> String {
        guard let question = step(id: item.questionIDs[0])?.question else { return "" }
        let separator = language == .en ? ", " : "、"
        if item.fromEarlier {
            return PrepText.lastTime(question.text[language], item.value.display(language))[language]
        }
        if let known = question.known {
            let (_, applies) = KnownAnswer.value(known, account: account, flags: accountFlags)
            if applies, let fact = question.knownFact?[language] {
                let names = KnownAnswer.names(item.value, account: account, known: known)
                return Placeholder.fill(fact, ["people": names.joined(separator: separator)])
            }
            if known == .allRolesIdentified {
                let missing = accountFlags.compactMap { $0.kind.missingRole?.label[language] }
                if !missing.isEmpty { return PrepText.fileMissesRoles(missing.joined(separator: separator))[language] }
                let unknown = account.people.filter { $0.role == .unknown }.map(\.name)
                if !unknown.isEmpty { return PrepText.rolesUnknown(unknown.joined(separator: separator))[language] }
            }
        }
        return question.text[language] + " → " + item.value.display(language)
    }

    /// A line typed at the confirm block: Enter confirms every line; numbers leave those lines to
    /// be asked; a question is a detour.
    mutating func answerBlock(_ line: String, context: FlowContext) -> FlowStep {
        let language = context.language
        let word = line.trimmingCharacters(in: .whitespaces)
        var reopened = Set<Int>()
        let reader = context.answerReader()
        if !(word.isEmpty || reader.readsYes(word) || Self.confirmWords.contains(word.lowercased())) {
            let parts = word.split(whereSeparator: { " ,，、;；".contains($0) })
            let numbers = parts.compactMap { Int($0) }
            guard !parts.isEmpty, numbers.count == parts.count, numbers.allSatisfy({ (1...block.count).contains($0) }) else {
                if reader.looksLikeQuestion(word) { return .detour(word) }
                return .stay([.text(PrepText.blockAgain(block.count)[language], .warning)] + showBlock(context))
            }
            reopened = Set(numbers.map { $0 - 1 })
        }
        var confirmed = 0
        for (index, item) in block.enumerated() where !reopened.contains(index) {
            for id in item.questionIDs {
                _ = accept(PrepAnswer(questionID: id, value: item.value, confirmedKnown: true))
                confirmed += 1
            }
        }
        blockOpen = false
        moveToNextUnanswered(from: 0)
        let left = steps.filter { answers[$0.question.id] == nil }.count
        return .stay([.text(PrepText.blockConfirmed(confirmed, left)[language], .success)] + keep(context) + next(context))
    }

    /// Puts the form on the first question without an answer at or after `from` (the summary when
    /// every question has one).
    mutating func moveToNextUnanswered(from start: Int) {
        let next = steps.indices.first { $0 >= start && answers[steps[$0].question.id] == nil }
        form.move(to: next ?? steps.count)
    }

    func isFilled(_ field: Int) -> Bool {
        steps.indices.contains(field) && answers[steps[field].question.id] != nil
    }

    var current: Step? { form.field.map { steps[$0] } }

    /// Answers in question order.
    var orderedAnswers: [PrepAnswer] { steps.compactMap { answers[$0.question.id] } }

    // MARK: Flow

    func prompt(_ language: Language) -> String {
        let word = UIText.promptPrep[language]
        return blockOpen ? "\(word) \(account.id)> " : "\(word) \(account.id) \(form.shownNumber)/\(steps.count)> "
    }

    mutating func handle(_ line: String, context: FlowContext) -> FlowStep {
        if blockOpen { return answerBlock(line, context: context) }
        return handleForm(line, context: context)
    }

    mutating func handle(_ command: Command, context: FlowContext) -> FlowStep? {
        if blockOpen {
            switch command {
            case .skip:
                // Ask every question instead of confirming the block.
                blockOpen = false
                moveToNextUnanswered(from: 0)
                return .stay(ask(context))
            case .repeat, .back, .why: return .stay(showBlock(context))
            default: break
            }
        }
        return handleFormCommand(command, context: context)
    }

    func current(_ context: FlowContext) -> [Output] {
        blockOpen ? showBlock(context) : formCurrent(context)
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
        keepingUnsaved(context) + [
            .record(.prepPaused(key: key, position: form.position, at: context.now, by: interrupted ? .interrupt : .quit)),
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
        // The check's heading when it begins, or when the questions before were not asked here.
        let previous = form.position > 0 ? steps[form.position - 1] : nil
        let passedOver = previous.map { previous in
            previous.check.id != step.check.id || carried[previous.question.id] != nil
                || answers[previous.question.id]?.confirmedKnown == true
        } ?? true
        if step.questionNumber == 1 || form.phase == .editing || passedOver {
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
        outputs.append(.text(label + question.text[language] + " " + hint))
        if question.answer == .person {
            let list = account.people.enumerated().map { "\($0.offset + 1)\u{00A0}\($0.element.name)\u{00A0}[\($0.element.role.letter)]" }
            outputs.append(.text(list.joined(separator: "  "), .dim))
        }
        if let previous = answers[question.id], previous.value != .skipped, form.phase != .editing {
            outputs.append(.text(PrepText.enterKeeps[language], .dim))
        } else if confirmable {
            outputs.append(.text(PrepText.enterConfirms[language], .dim))
        }
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
            if let previous = answers[question.id], previous.value != .skipped { return answered(previous, context: context) }
            if known.applies, let value = known.value {
                return answered(PrepAnswer(questionID: question.id, value: value, confirmedKnown: true), context: context)
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
            return answered(answer, context: context)
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
            return answered(answer, notes: notes, context: context)
        case .freeText:
            if reader.looksLikeQuestion(line), context.environment.index.search(line).verdict == .confident {
                return .detour(line)
            }
            return answered(PrepAnswer(questionID: question.id, value: .text(line)), context: context)
        }
    }

    /// Keeps `answer` for its question, to be recorded by `keep`.
    private mutating func accept(_ answer: PrepAnswer, notes: [Output] = []) -> FieldAnswer {
        answers[answer.questionID] = answer
        unsaved.removeAll { $0.questionID == answer.questionID }
        unsaved.append(answer)
        carried[answer.questionID] = nil
        return .accepted(notes)
    }

    /// A typed answer, kept; then the later questions it answers are filled from it, and a risk
    /// it reveals gets its one-line reaction.
    private mutating func answered(_ answer: PrepAnswer, notes: [Output] = [], context: FlowContext) -> FieldAnswer {
        _ = accept(answer, notes: notes)
        var outputs = notes
        // A reaction only when the answer tells something the file did not: the briefing already
        // warned about what the file says.
        let fileValue = step(id: answer.questionID)?.question.known.flatMap { KnownAnswer.value($0, account: account, flags: accountFlags).value }
        if !answer.confirmedKnown, answer.value != fileValue, let reaction = reaction(to: answer) {
            outputs.append(.text(reaction.text[context.language] + " (/rule \(reaction.rule))", .warning))
        }
        outputs += carryForward(answer, context: context)
        return .accepted(outputs)
    }

    /// Fills every later question with the same `known` as `answer`'s question (and no answer of
    /// its own) with the same answer, saying so.
    private mutating func carryForward(_ answer: PrepAnswer, context: FlowContext) -> [Output] {
        guard let index = steps.firstIndex(where: { $0.question.id == answer.questionID }),
              let known = steps[index].question.known, answer.value != .skipped else { return [] }
        var outputs: [Output] = []
        for later in steps[(index + 1)...] where later.question.known == known {
            let id = later.question.id
            guard answers[id] == nil || carried[id] != nil else { continue }
            _ = accept(PrepAnswer(questionID: id, value: answer.value, confirmedKnown: answer.confirmedKnown, detail: answer.detail))
            carried[id] = answer.questionID
            let language = context.language
            outputs.append(.text(PrepText.carried(id, later.question.text[language], answer.value.display(language), from: answer.questionID)[language], .dim))
        }
        return outputs
    }

    /// The corpus's reaction to what `answer` reveals, if any.
    func reaction(to answer: PrepAnswer) -> SelfCheckQuestion.Reaction? {
        guard let question = step(id: answer.questionID)?.question, !question.reactions.isEmpty else { return nil }
        var triggers: [SelfCheckQuestion.ReactionTrigger] = []
        switch answer.value {
        case .yes: triggers = [.yes]
        case .no: triggers = [.no]
        case .unsure: triggers = [.unsure]
        case .people(let names) where names.isEmpty: triggers = [.none]
        case .people(let names):
            if names.contains(where: { account.person(named: $0) == nil }) { triggers.append(.newPerson) }
            if names.contains(where: { account.person(named: $0)?.role == .decisionMaker }) { triggers.append(.decisionMaker) }
        case .text, .skipped: break
        }
        return triggers.lazy.compactMap { question.reactions[$0] }.first
    }

    mutating func skip(_ context: FlowContext) {
        guard let step = current else { return }
        _ = accept(PrepAnswer(questionID: step.question.id, value: .skipped))
    }

    /// Answers not yet handed to the host, recorded before the session is left.
    func keepingUnsaved(_ context: FlowContext) -> [Output] {
        unsaved.map { Output.record(.prepAnswered(key: key, answer: $0, position: form.position, at: context.now)) }
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
        let topic = rule.topics.first.flatMap { context.corpus.topic(id: $0) }.map { Conversation.topicName($0, language) }
        outputs.append(.text(UIText.reference(topic)[language], .dim))
        return outputs
    }

    // MARK: Finishing

    /// The flags, strategies and outline the session ends with, recorded and shown: the plan the
    /// answers lead to (flags raised and cleared by them, strategies ordered by the risks they
    /// reveal, each with why), the first ones in full and the rest folded by person.
    static func finish(_ state: PrepFlow, context: FlowContext) -> [Output] {
        let corpus = context.corpus
        let language = context.language
        let plan = StrategyPlanner.plan(corpus: corpus, account: state.account, accountFlags: state.accountFlags, answers: state.orderedAnswers)
        let outline = OutlineBuilder.build(corpus: corpus, account: state.account, flags: plan.flags, today: context.today.text)
        let strategies = plan.all.flatMap { advice in
            advice.people.isEmpty
                ? [StrategyChoice(ruleID: advice.rule.id, person: nil, topics: advice.rule.topics)]
                : advice.people.map { StrategyChoice(ruleID: advice.rule.id, person: $0, topics: advice.rule.topics) }
        }
        let finished = PrepFinished(
            key: state.key, accountID: state.account.id, flags: plan.flags, strategies: strategies, outline: outline, at: context.now)
        return [.record(.prepFinished(finished)), .blank]
            + PrepView.plan(plan, account: state.account, corpus: corpus, folded: true, language: language)
            + [.blank, .text(PrepText.outlineReady(outline.count, state.account.id)[language], .accent), .text(PrepText.saved[language], .success)]
    }
}
