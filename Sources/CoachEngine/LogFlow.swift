import CoachCore
import Foundation

/// `/log`: a visit logged with short guided prompts (one guided form, as `/prep`), kept as a draft
/// after every answer, then the facts learnt that could update the account.
struct LogFlow: GuidedFormFlow {
    /// The prompts, in the order they are asked.
    enum Step: Int, CaseIterable, Sendable {
        case date, people, discussed, opinions, issues, commitments, findings

        /// Steps that take one line per item until an empty line.
        var isList: Bool { self == .issues || self == .findings }
    }

    /// Something learnt at the visit that the account file does not say yet.
    enum Fact: Sendable, Equatable {
        /// A person the file marks as not met was met.
        case met(String)
        /// Someone not in the file was met.
        case newPerson(String)
    }

    var account: Account
    /// The question outline, numbered as `/outline` shows it.
    var outline: [OutlineQuestion]
    var today: DayNumber
    var form = GuidedForm(count: Step.allCases.count)
    var content: VisitLogContent
    var issues: [NewFollowUp] = []
    /// The log is saved; asking whether each fact learnt should update the account.
    var offering = false
    /// Facts still to ask about, and those the user accepted.
    var offers: [Fact] = []
    var accepted: [Fact] = []
    /// When the log was begun (kept with the draft).
    var startedAt: Date
    /// Whether a draft of this log is in the store (one was recorded, or the log resumed one).
    var draftKept = false
    /// Who is logging (the draft's owner).
    var salesperson: String
    /// The log's id, made when `/log` began: its draft and the saved log carry it, so saving the
    /// same log twice stores it once and two logs never merge.
    var uuid: String
    /// The window writing this log's draft.
    var window: String = ""
    /// The draft was taken over from another window: the next keep says so to the store.
    var takingOver = false

    init(account: Account, outline: [OutlineQuestion], today: DayNumber, startedAt: Date, salesperson: String, uuid: String) {
        self.uuid = uuid
        self.account = account
        self.outline = outline
        self.today = today
        self.startedAt = startedAt
        self.salesperson = salesperson
        content = VisitLogContent(visitDate: today.text)
    }

    /// The log as a kept draft left it (a step out of range from the store is clamped).
    init(account: Account, outline: [OutlineQuestion], today: DayNumber, draft: VisitLogDraft) {
        self.init(account: account, outline: outline, today: today, startedAt: draft.startedAt, salesperson: draft.salesperson,
            uuid: draft.uuid)
        content = draft.content
        issues = draft.issues
        let phase: GuidedForm.Phase
        switch draft.phase {
        case .asking: phase = .asking
        case .editing: phase = .editing
        case .reviewing: phase = .reviewing
        }
        form = GuidedForm(count: Step.allCases.count, position: phase == .reviewing ? Step.allCases.count : draft.step, phase: phase)
        draftKept = true
    }

    /// The prompt being asked (the last one on the summary, as drafts store it).
    var step: Step { Step(rawValue: min(form.position, Step.allCases.count - 1)) ?? .date }

    /// The log so far as a draft to keep; nil once it is saved (when the facts learnt are offered).
    func draft(savedAt: Date) -> VisitLogDraft? {
        guard !offering else { return nil }
        let kept: VisitLogDraft.Phase
        switch form.phase {
        case .asking: kept = .asking
        case .editing: kept = .editing
        case .reviewing: kept = .reviewing
        }
        return VisitLogDraft(
            uuid: uuid, salesperson: salesperson, accountID: account.id, step: step.rawValue, phase: kept, content: content,
            issues: issues, startedAt: startedAt, savedAt: savedAt, window: window.isEmpty ? nil : window)
    }

    // MARK: Flow

    /// The prompt: the account and how far the log has come.
    func prompt(_ language: Language) -> String {
        let word = UIText.promptLog[language]
        if offering { return "\(word) \(account.id) ?> " }
        switch form.phase {
        case .asking, .editing: return "\(word) \(account.id) \(step.rawValue + 1)/\(Step.allCases.count)> "
        case .reviewing: return "\(word) \(account.id)> "
        }
    }

    mutating func handle(_ line: String, context: FlowContext) -> FlowStep {
        if offering {
            switch context.answerReader().readYesNo(line) {
            case .yes: return answerOffer(accept: true, context: context)
            case .no: return answerOffer(accept: false, context: context)
            default: return .stay([.text(JournalText.yesOrNo[context.language], .warning)] + askOffer(context))
            }
        }
        if form.phase == .reviewing {
            let word = line.trimmingCharacters(in: .whitespaces)
            // A question on the summary is not a detour in a log: the summary is shown again.
            if Int(word) == nil, !word.isEmpty, !context.answerReader().readsYes(word), !Self.confirmWords.contains(word.lowercased()) {
                return .stay(summary(context))
            }
        }
        return handleForm(line, context: context)
    }

    mutating func handle(_ command: Command, context: FlowContext) -> FlowStep? {
        if offering {
            switch command {
            case .skip: return answerOffer(accept: false, context: context)
            case .repeat: return .stay(askOffer(context))
            case .back: return .stay(askOffer(context))
            case .cancel: return .done(cancel(context))
            default: return nil
            }
        }
        return handleFormCommand(command, context: context)
    }

    func letsThrough(_ command: Command) -> Bool {
        switch command {
        case .help, .lang, .rule, .more, .card, .flags, .chart, .topics, .accounts, .outline, .strategies: true
        default: false
        }
    }

    func current(_ context: FlowContext) -> [Output] {
        offering ? askOffer(context) : formCurrent(context)
    }

    func resume(_ context: FlowContext) -> [Output] { current(context) }

    func busy(_ context: FlowContext) -> [Output] { [.text(JournalText.notNow[context.language])] }

    /// Ctrl-C, /quit: leaves the log; what was answered stays kept for `/log` to continue.
    func leave(_ context: FlowContext, interrupted: Bool) -> [Output] {
        let language = context.language
        if offering { return [.text(JournalText.accountUnchanged[language], .warning)] }
        guard draftKept else { return [.text(JournalText.cancelled[language], .warning)] }
        return [.text(JournalText.kept(account.id)[language], .warning)]
    }

    // MARK: Guided form

    var backTexts: (backTo: LocalizedText?, atFirst: LocalizedText) { (nil, JournalText.atFirst) }

    func shownAnswer(_ context: FlowContext) -> String? { nil }

    /// The current prompt of the log.
    func ask(_ context: FlowContext) -> [Output] {
        let language = context.language
        var outputs: [Output] = []
        switch step {
        case .date:
            outputs.append(.text(JournalText.askDate(today.text)[language]))
        case .people:
            outputs.append(.text(JournalText.askPeople[language]))
            let list = account.people.enumerated().map { "\($0.offset + 1)\u{00A0}\($0.element.name)\u{00A0}[\($0.element.role.letter)]" }
            if !list.isEmpty { outputs.append(.text(list.joined(separator: "  "), .dim)) }
        case .discussed: outputs.append(.text(JournalText.askDiscussed[language]))
        case .opinions: outputs.append(.text(JournalText.askOpinions[language]))
        case .issues: outputs.append(.text(JournalText.askIssues[language]))
        case .commitments: outputs.append(.text(JournalText.askCommitments[language]))
        case .findings:
            outputs.append(.text(JournalText.askFindings[language]))
            if !outline.isEmpty {
                outputs.append(.text(JournalText.outlineTop(outline.count)[language], .dim))
                for (index, question) in outline.prefix(5).enumerated() {
                    outputs.append(.text("\(index + 1). \(question.text[language])", .dim))
                }
            }
        }
        return outputs
    }

    /// The items of a list step noted so far (shown when a draft resumes at it).
    func notedItems(_ context: FlowContext) -> [Output] {
        switch step {
        case .issues:
            return issues.enumerated().map { .text(JournalText.issueNoted($0.offset + 1, $0.element, context.language), .dim) }
        case .findings:
            return content.findings.enumerated().map { .text("  + \($0.offset + 1). " + JournalView.findingText($0.element), .dim) }
        default:
            return []
        }
    }

    mutating func answer(_ line: String, context: FlowContext) -> FieldAnswer {
        let language = context.language
        switch step {
        case .date:
            let text = line.isEmpty ? "today" : line
            guard let range = DayRange.parse(text, today: today), range.first == range.last else {
                return .rejected([.text(JournalText.badDate(line)[language], .warning)] + ask(context))
            }
            guard range.first <= today else { return .rejected([.text(JournalText.futureDate(range.first.text)[language], .warning)] + ask(context)) }
            content.visitDate = range.first.text
            return .accepted([])
        case .people:
            let reading = people(from: line, reader: context.answerReader(people: account.people))
            if let (typed, candidates) = reading.ambiguous.first {
                return .rejected([.text(JournalText.whichPerson(typed, UIText.list(candidates, language))[language], .warning)] + ask(context))
            }
            guard let names = reading.names else {
                return .rejected([.text(JournalText.emptyAnswer[language], .dim)] + ask(context))
            }
            content.peopleMet = names
            let unknown = names.filter { account.person(named: $0) == nil }
            return .accepted(unknown.isEmpty ? [] : [.text(JournalText.notInFile(UIText.list(unknown, language))[language], .dim)])
        case .discussed, .opinions, .commitments:
            guard !line.isEmpty else { return .rejected([.text(JournalText.emptyAnswer[language], .dim)] + ask(context)) }
            switch step {
            case .discussed: content.discussed = line
            case .opinions: content.opinions = line
            default: content.commitments = line
            }
            return .accepted([])
        case .issues:
            guard !line.isEmpty else { return .accepted([]) }
            let (issue, badDue) = issue(from: line)
            issues.append(issue)
            var outputs: [Output] = [.text(JournalText.issueNoted(issues.count, issue, language), .dim)]
            if let badDue { outputs.append(.text(JournalText.badDue(badDue)[language], .warning)) }
            return .added(outputs)
        case .findings:
            guard !line.isEmpty else { return .accepted([]) }
            let finding = finding(from: line, language: language)
            content.findings.append(finding)
            return .added([.text("  + \(content.findings.count). " + JournalView.findingText(finding), .dim)])
        }
    }

    mutating func skip(_ context: FlowContext) {}

    mutating func keep(_ context: FlowContext) -> [Output] {
        guard let draft = draft(savedAt: context.now) else { return [] }
        draftKept = true
        if takingOver {
            takingOver = false
            return [.record(.journal(.draftTakenOver(draft)))]
        }
        return [.record(.journal(.draftSaved(draft)))]
    }

    /// A list step asked again starts its list afresh.
    mutating func reopen(_ context: FlowContext) {
        guard form.phase != .reviewing else { return }
        if step == .issues { issues = [] }
        if step == .findings { content.findings = [] }
    }

    /// Removes the stored draft, if one was kept.
    func discardDraft() -> [Output] {
        guard draftKept else { return [] }
        return [.record(.journal(.draftDiscarded(salesperson: salesperson, accountID: account.id, window: window.isEmpty ? nil : window)))]
    }

    func cancel(_ context: FlowContext) -> [Output] {
        discardDraft() + [.text(offering ? JournalText.accountUnchanged[context.language] : JournalText.cancelled[context.language], .warning)]
    }

    func why(_ context: FlowContext) -> [Output]? { nil }

    // MARK: Summary, saving, what was learnt

    func summary(_ context: FlowContext) -> [Output] {
        let language = context.language
        var outputs: [Output] = [.text(JournalText.summaryHeading(account, content.visitDate)[language], .heading)]
        for step in Step.allCases {
            let value: String
            switch step {
            case .date: value = content.visitDate
            case .people:
                value = UIText.list(content.peopleMet.map { name in
                    account.person(named: name) == nil ? UIText.noted(name, JournalText.newPerson[language], language) : name
                }, language)
            case .discussed: value = content.discussed
            case .opinions: value = content.opinions
            case .issues: value = JournalView.numbered(issues.map { JournalText.issueText($0, language) }, language)
            case .commitments: value = content.commitments
            case .findings: value = JournalView.numbered(content.findings.map(JournalView.findingText), language)
            }
            let label = JournalText.stepLabel(step)[language]
            outputs.append(.text("\(step.rawValue + 1). " + UIText.labelled(label, value.isEmpty ? "-" : value, language)))
        }
        outputs.append(.text(JournalText.summaryHint[language], .dim))
        return outputs
    }

    /// Records the log, then offers to update the account with what was learnt.
    mutating func confirm(_ context: FlowContext) -> FlowStep {
        let log = NewVisitLog(
            uuid: uuid, accountID: account.id,
            visitor: salesperson, at: context.now, content: content, issues: issues)
        let discarded = discardDraft()
        offers = learntFacts
        offering = true
        let outputs: [Output] = [.record(.journal(.visitLogged(log)))] + discarded + askOffer(context)
        return offers.isEmpty ? .done(outputs) : .stay(outputs)
    }

    func askOffer(_ context: FlowContext) -> [Output] {
        guard let fact = offers.first else { return [] }
        switch fact {
        case .met(let name): return [.text(JournalText.offerMet(name)[context.language], .accent)]
        case .newPerson(let name): return [.text(JournalText.offerNew(name, account)[context.language], .accent)]
        }
    }

    mutating func answerOffer(accept: Bool, context: FlowContext) -> FlowStep {
        guard !offers.isEmpty else { return .done([]) }
        let fact = offers.removeFirst()
        if accept { accepted.append(fact) }
        if !offers.isEmpty { return .stay(askOffer(context)) }
        let unchanged: FlowStep = .done([.text(JournalText.accountUnchanged[context.language], .dim)])
        guard !accepted.isEmpty, let current = context.environment.accounts.account(id: account.id) else { return unchanged }
        let updated = updated(current, reader: context.answerReader(people: current.people))
        guard updated != current else { return unchanged }
        return .done([.record(.journal(.accountUpdated(
            account: updated, source: "visit log \(content.visitDate) (/log)", by: salesperson, at: context.now)))])
    }

    /// The facts the visit taught about the account: people met whom the file marks as not met,
    /// and people met who are not in the file.
    var learntFacts: [Fact] {
        content.peopleMet.compactMap { name in
            guard let person = account.person(named: name) else { return .newPerson(name) }
            return person.met == false ? .met(name) : nil
        }
    }

    /// `account` with the accepted facts applied: met people marked met, new people added as new
    /// faces whose role is still unknown.
    func updated(_ account: Account, reader: AnswerInterpreter) -> Account {
        var result = account
        for fact in accepted {
            switch fact {
            case .met(let name):
                if let index = result.people.firstIndex(where: { $0.name == name }) { result.people[index].met = true }
            case .newPerson(let typed):
                // "採購中心新來的劉組長": the person is 劉組長; what was typed is kept as the note.
                let name = Self.personName(in: typed, reader: reader)
                if result.person(named: name) == nil && result.person(named: typed) == nil {
                    var person = Person(name: name, role: .unknown, met: true, isNew: true)
                    if name != typed { person.note = typed }
                    result.people.append(person)
                }
            }
        }
        return result
    }

    /// Reads who was met with the corpus's reader of people (the one the prep flow uses): numbers,
    /// names on file (a first name or a surname with a title finds the person), conjunctions and
    /// filler words dropped, new people as typed; nil names for a line that names nobody readable,
    /// an empty list for "nobody". A mention that fits several people is returned to ask again.
    func people(from line: String, reader: AnswerInterpreter) -> (names: [String]?, ambiguous: [(String, [String])]) {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return (nil, []) }
        // Numbers from the list may be mixed with names ("1, 2, 趙敏").
        let listed = account.people
        let pieces = trimmed.split(whereSeparator: { ",，、;；".contains($0) }).map { piece -> String in
            let word = piece.trimmingCharacters(in: .whitespaces)
            if let number = Int(word), listed.indices.contains(number - 1) { return listed[number - 1].name }
            return word
        }
        switch reader.readPeople(pieces.count > 1 ? pieces.joined(separator: "、") : trimmed) {
        case .people(let mentions, _):
            let ambiguous: [(String, [String])] = mentions.compactMap {
                if case .ambiguous(let typed, let candidates) = $0 { (typed, candidates) } else { nil }
            }
            var seen = Set<String>()
            return (mentions.map(\.text).filter { seen.insert($0).inserted }, ambiguous)
        case .unreadable, .yes, .no, .unsure:
            return (people(from: trimmed), [])
        }
    }

    /// The plain reading: numbers or names from the account separated by commas (or by spaces
    /// when every word is a number or a name from the file), new names as typed.
    func people(from trimmed: String) -> [String]? {
        if ["none", "nobody", "no one", "-", "没有", "沒有", "没人", "沒人", "无", "無"].contains(trimmed.lowercased()) { return [] }
        let people = account.people
        func known(_ word: String) -> String? {
            if let number = Int(word), (1...max(people.count, 1)).contains(number), number <= people.count { return people[number - 1].name }
            return people.first { $0.name == word }?.name
        }
        var names: [String] = []
        for part in trimmed.split(whereSeparator: { ",，、;；".contains($0) }) {
            let word = part.trimmingCharacters(in: .whitespaces)
            guard !word.isEmpty else { continue }
            if let name = known(word) {
                names.append(name)
                continue
            }
            let pieces = word.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" }).map(String.init)
            if pieces.count > 1, pieces.allSatisfy({ known($0) != nil }) {
                names += pieces.compactMap(known)
            } else if let name = people.first(where: { word.contains($0.name) })?.name {
                names.append(name)
            } else {
                names.append(word)
            }
        }
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }

    /// The name in a description of a new person: what follows the last 的 when it is a short
    /// Chinese name or title (`採購中心新來的劉組長` → `劉組長`), else the text itself.
    static func personName(in typed: String, reader: AnswerInterpreter) -> String {
        guard let range = typed.range(of: "的", options: .backwards) else { return typed }
        let tail = typed[range.upperBound...].trimmingCharacters(in: .whitespaces)
        let han = tail.unicodeScalars.allSatisfy { (0x4E00...0x9FFF).contains($0.value) }
        return han && (2...5).contains(tail.count) && !reader.isFillerOrNewPerson(tail) ? tail : typed
    }

    /// Reads an issue line: `text | department | due`, where the due date is `YYYY-MM-DD` or `+N`
    /// days after the visit (a second part that reads as a date is the due date). Returns the
    /// issue and the due text that could not be read, if any.
    func issue(from line: String) -> (NewFollowUp, badDue: String?) {
        let parts = line.split(whereSeparator: { $0 == "|" || $0 == "｜" })
            .map { $0.trimmingCharacters(in: .whitespaces) }
        var issue = NewFollowUp(text: parts.first ?? line)
        var rest = Array(parts.dropFirst()).filter { !$0.isEmpty }
        var badDue: String?
        if let last = rest.last, rest.count >= 2 || dueDate(last) != nil || looksLikeDate(last) {
            if let due = dueDate(last) { issue.due = due } else { badDue = last }
            rest.removeLast()
        }
        if let department = rest.first { issue.department = department }
        return (issue, badDue)
    }

    /// `YYYY-MM-DD`, or `+N` days after the visit date.
    func dueDate(_ text: String) -> String? {
        if let day = DayNumber.strict(text) { return day.text }
        if text.hasPrefix("+"), let days = Int(text.dropFirst()), let visit = DayNumber(content.visitDate) {
            return visit.adding(days: days).text
        }
        return nil
    }

    func looksLikeDate(_ text: String) -> Bool {
        text.hasPrefix("+") || (text.first?.isNumber == true && text.contains("-"))
    }

    /// Reads a finding line: `N what was learnt` for outline question N, else what was learnt.
    func finding(from line: String, language: Language) -> OutlineFinding {
        let words = line.split(maxSplits: 1, whereSeparator: { $0 == " " || $0 == "." || $0 == "、" || $0 == "\u{3000}" })
        if let first = words.first, let number = Int(first), number >= 1, number <= outline.count {
            let learnt = words.count > 1 ? String(words[1]).trimmingCharacters(in: .whitespaces) : ""
            return OutlineFinding(question: outline[number - 1].text[language], learnt: learnt)
        }
        return OutlineFinding(learnt: line)
    }
}
