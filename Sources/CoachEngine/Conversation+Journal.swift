import CoachCore
import Foundation

extension Conversation {
    /// Commands that show something during `/log` and then ask the same question again.
    static let logSafeCommands: Set<String> = [
        "/help", "/lang", "/rule", "/more", "/card", "/flags", "/chart", "/topics", "/accounts", "/outline", "/strategies",
    ]

    // MARK: /log

    /// `/log [ID]`: log a visit to the open account (or ID) with short guided prompts.
    mutating func startLog(_ id: String?, now: Date) -> [Output] {
        guard let id = id ?? openAccountID else { return [.text(JournalText.logUsage[language])] }
        guard let account = environment.accounts.account(id: id) else {
            return [.text(UIText.unknownAccount(id, environment.accounts.accountIDs())[language], .error)]
        }
        openAccountID = account.id
        let outline = currentAnalysis(now: now).map { OutlineBuilder.build(corpus: corpus, account: $0.account, flags: $0.flags) } ?? []
        guard let today = DayNumber(today(now)) else { return [] }
        if let draft = environment.journal.visitLogDraft(salesperson: environment.salesperson, accountID: account.id) {
            return resumeLog(draft, account: account, outline: outline, today: today)
        }
        visitLog = JournalState(account: account, outline: outline, today: today, startedAt: now)
        return [.text(JournalText.logHeading(account)[language], .heading)] + askLog()
    }

    /// Continues a log kept as a draft: says how far it had come, then asks the next unanswered
    /// part (with the items of a list noted so far), or shows the summary.
    mutating func resumeLog(_ draft: VisitLogDraft, account: Account, outline: [OutlineQuestion], today: DayNumber) -> [Output] {
        let state = JournalState(account: account, outline: outline, today: today, draft: draft)
        visitLog = state
        let started = JournalView.timestamp(draft.startedAt, environment.timeZone)
        let intro: [Output] = [
            .text(JournalText.resuming(started, done: draft.partsDone, of: JournalState.Step.allCases.count)[language], .heading),
        ]
        if state.phase == .reviewing { return intro + [.blank] + logSummary() }
        var noted: [Output] = []
        switch state.step {
        case .issues:
            noted = state.issues.enumerated().map { .text(JournalText.issueNoted($0.offset + 1, $0.element, language), .dim) }
        case .findings:
            noted = state.content.findings.enumerated().map { .text("  + \($0.offset + 1). " + JournalView.findingText($0.element), .dim) }
        default: break
        }
        return intro + askLog() + noted
    }

    /// Keeps the log so far as a draft (after each answer, skip or step back), so a crash loses at
    /// most the line being typed.
    mutating func keepDraft(now: Date) -> [Output] {
        guard let draft = visitLog?.draft(salesperson: environment.salesperson, savedAt: now) else { return [] }
        visitLog?.draftKept = true
        return [.record(.journal(.draftSaved(draft)))]
    }

    /// Removes the stored draft of `state`, if one was kept.
    func discardDraft(_ state: JournalState) -> [Output] {
        guard state.draftKept else { return [] }
        return [.record(.journal(.draftDiscarded(salesperson: environment.salesperson, accountID: state.account.id)))]
    }

    /// Ctrl-C during `/log`: leaves the log; what was answered stays kept for `/log` to continue.
    mutating func leaveLog() -> [Output] {
        guard let state = visitLog else { return [] }
        visitLog = nil
        if state.phase == .offering { return [.text(JournalText.accountUnchanged[language], .warning)] }
        guard state.draftKept else { return [.text(JournalText.cancelled[language], .warning)] }
        return [.text(JournalText.kept(state.account.id)[language], .warning)]
    }

    /// The current prompt of the log.
    func askLog() -> [Output] {
        guard let state = visitLog else { return [] }
        var outputs: [Output] = []
        switch state.step {
        case .date:
            outputs.append(.text(JournalText.askDate(state.today.text)[language]))
        case .people:
            outputs.append(.text(JournalText.askPeople[language]))
            let list = state.account.people.enumerated().map { "\($0.offset + 1) \($0.element.name) [\($0.element.role.letter)]" }
            if !list.isEmpty { outputs.append(.text(list.joined(separator: "  "), .dim)) }
        case .discussed: outputs.append(.text(JournalText.askDiscussed[language]))
        case .opinions: outputs.append(.text(JournalText.askOpinions[language]))
        case .issues: outputs.append(.text(JournalText.askIssues[language]))
        case .commitments: outputs.append(.text(JournalText.askCommitments[language]))
        case .findings:
            outputs.append(.text(JournalText.askFindings[language]))
            if !state.outline.isEmpty {
                outputs.append(.text(JournalText.outlineTop(state.outline.count)[language], .dim))
                for (index, question) in state.outline.prefix(5).enumerated() {
                    outputs.append(.text("\(index + 1). \(question.text[language])", .dim))
                }
            }
        }
        return outputs
    }

    /// Routes a line typed while a visit is being logged.
    mutating func handleLog(_ line: String, now: Date) -> [Output] {
        guard let state = visitLog else { return [] }
        if line.hasPrefix("/") {
            let parsed = CommandLineParser.parse(line)
            switch parsed.name {
            case "/cancel":
                visitLog = nil
                return discardDraft(state)
                    + [.text(state.phase == .offering ? JournalText.accountUnchanged[language] : JournalText.cancelled[language], .warning)]
            case "/skip":
                switch state.phase {
                case .asking, .editing: return skipLogStep(now: now)
                case .reviewing: return logSummary()
                case .offering: return answerOffer(accept: false, now: now)
                }
            case "/back": return backLog(now: now)
            case "/repeat": return state.phase == .reviewing ? logSummary() : state.phase == .offering ? askOffer() : askLog()
            case "/quit", "/exit", "/q":
                return leave(now: now)
            default:
                if let spec = CommandSpec.find(parsed.name), Self.logSafeCommands.contains(spec.name) {
                    let saved = visitLog
                    visitLog = nil
                    let shown = run(command: spec.name, arguments: parsed.arguments, now: now)
                    visitLog = saved
                    return shown + [.blank] + repeatLog()
                }
                if CommandSpec.find(parsed.name) == nil { return run(command: parsed.name, arguments: [], now: now) }
                return [.text(JournalText.notNow[language])]
            }
        }
        switch state.phase {
        case .asking, .editing: return answerLog(line, now: now)
        case .reviewing: return reviewLog(line, now: now)
        case .offering:
            guard let value = AnswerParser.yesNo(line) else { return [.text(JournalText.yesOrNo[language], .warning)] + askOffer() }
            return answerOffer(accept: value == .yes, now: now)
        }
    }

    /// Asks again whatever the log is waiting for.
    func repeatLog() -> [Output] {
        switch visitLog?.phase {
        case .reviewing?: logSummary()
        case .offering?: askOffer()
        default: askLog()
        }
    }

    mutating func answerLog(_ line: String, now: Date) -> [Output] {
        guard var state = visitLog else { return [] }
        switch state.step {
        case .date:
            let text = line.isEmpty ? "today" : line
            guard let range = DayRange.parse(text, today: state.today), range.first == range.last else {
                return [.text(JournalText.badDate(line)[language], .warning)] + askLog()
            }
            guard range.first <= state.today else { return [.text(JournalText.futureDate(range.first.text)[language], .warning)] + askLog() }
            state.content.visitDate = range.first.text
        case .people:
            guard let names = state.people(from: line) else {
                return [.text(JournalText.emptyAnswer[language], .dim)] + askLog()
            }
            state.content.peopleMet = names
            let unknown = names.filter { state.account.person(named: $0) == nil }
            visitLog = state
            visitLog?.advance()
            let note: [Output] = unknown.isEmpty ? [] : [.text(JournalText.notInFile(UIText.list(unknown, language))[language], .dim)]
            return keepDraft(now: now) + note + nextLogPrompt()
        case .discussed, .opinions, .commitments:
            guard !line.isEmpty else { return [.text(JournalText.emptyAnswer[language], .dim)] + askLog() }
            switch state.step {
            case .discussed: state.content.discussed = line
            case .opinions: state.content.opinions = line
            default: state.content.commitments = line
            }
        case .issues:
            guard !line.isEmpty else { break }
            let (issue, badDue) = state.issue(from: line)
            state.issues.append(issue)
            visitLog = state
            var outputs: [Output] = [.text(JournalText.issueNoted(state.issues.count, issue, language), .dim)]
            if let badDue { outputs.append(.text(JournalText.badDue(badDue)[language], .warning)) }
            return keepDraft(now: now) + outputs
        case .findings:
            guard !line.isEmpty else { break }
            let finding = state.finding(from: line, language: language)
            state.content.findings.append(finding)
            visitLog = state
            return keepDraft(now: now) + [.text("  + \(state.content.findings.count). " + JournalView.findingText(finding), .dim)]
        }
        visitLog = state
        visitLog?.advance()
        return keepDraft(now: now) + nextLogPrompt()
    }

    /// After an answer: the next question, or the summary.
    func nextLogPrompt() -> [Output] {
        guard let state = visitLog else { return [] }
        return state.phase == .reviewing ? [.blank] + logSummary() : askLog()
    }

    mutating func skipLogStep(now: Date) -> [Output] {
        guard visitLog != nil else { return [] }
        visitLog?.advance()
        return keepDraft(now: now) + nextLogPrompt()
    }

    mutating func backLog(now: Date) -> [Output] {
        guard var state = visitLog, state.phase != .offering else { return repeatLog() }
        if state.phase == .reviewing {
            state.phase = .asking
            state.step = .findings
        } else if let previous = JournalState.Step(rawValue: state.step.rawValue - 1), state.phase == .asking {
            state.step = previous
        } else {
            return [.text(JournalText.atFirst[language], .dim)] + askLog()
        }
        if state.step.isList { clearList(&state) }
        visitLog = state
        return keepDraft(now: now) + askLog()
    }

    func clearList(_ state: inout JournalState) {
        if state.step == .issues { state.issues = [] }
        if state.step == .findings { state.content.findings = [] }
    }

    // MARK: Summary, saving, what was learnt

    func logSummary() -> [Output] {
        guard let state = visitLog else { return [] }
        let content = state.content
        var outputs: [Output] = [.text(JournalText.summaryHeading(state.account, content.visitDate)[language], .heading)]
        for step in JournalState.Step.allCases {
            let value: String
            switch step {
            case .date: value = content.visitDate
            case .people:
                value = UIText.list(content.peopleMet.map { name in
                    state.account.person(named: name) == nil ? UIText.noted(name, JournalText.newPerson[language], language) : name
                }, language)
            case .discussed: value = content.discussed
            case .opinions: value = content.opinions
            case .issues: value = JournalView.numbered(state.issues.map { JournalText.issueText($0, language) }, language)
            case .commitments: value = content.commitments
            case .findings: value = JournalView.numbered(content.findings.map(JournalView.findingText), language)
            }
            let label = JournalText.stepLabel(step)[language]
            outputs.append(.text("\(step.rawValue + 1). " + UIText.labelled(label, value.isEmpty ? "-" : value, language)))
        }
        outputs.append(.text(JournalText.summaryHint[language], .dim))
        return outputs
    }

    mutating func reviewLog(_ line: String, now: Date) -> [Output] {
        guard var state = visitLog else { return [] }
        if let number = Int(line), let step = JournalState.Step(rawValue: number - 1) {
            state.step = step
            state.phase = .editing
            if step.isList { clearList(&state) }
            visitLog = state
            return askLog()
        }
        if line.isEmpty || AnswerParser.yesNo(line) == .yes || ["ok", "done", "save", "好", "完成", "保存", "儲存", "确认", "確認"].contains(line.lowercased()) {
            return saveLog(now: now)
        }
        return logSummary()
    }

    /// Records the log, then offers to update the account with what was learnt.
    mutating func saveLog(now: Date) -> [Output] {
        guard var state = visitLog else { return [] }
        let log = NewVisitLog(
            uuid: "\(state.account.id)/\(environment.salesperson)/\(Self.timestamp(now))", accountID: state.account.id,
            visitor: environment.salesperson, at: now, content: state.content, issues: state.issues)
        state.offers = state.learntFacts
        state.phase = .offering
        visitLog = state.offers.isEmpty ? nil : state
        return [.record(.journal(.visitLogged(log)))] + discardDraft(state) + askOffer()
    }

    func askOffer() -> [Output] {
        guard let state = visitLog, let fact = state.offers.first else { return [] }
        switch fact {
        case .met(let name): return [.text(JournalText.offerMet(name)[language], .accent)]
        case .newPerson(let name): return [.text(JournalText.offerNew(name, state.account)[language], .accent)]
        }
    }

    mutating func answerOffer(accept: Bool, now: Date) -> [Output] {
        guard var state = visitLog, !state.offers.isEmpty else { return [] }
        let fact = state.offers.removeFirst()
        if accept { state.accepted.append(fact) }
        visitLog = state
        if !state.offers.isEmpty { return askOffer() }
        visitLog = nil
        guard !state.accepted.isEmpty, let current = environment.accounts.account(id: state.account.id) else {
            return [.text(JournalText.accountUnchanged[language], .dim)]
        }
        let updated = state.updated(current)
        guard updated != current else { return [.text(JournalText.accountUnchanged[language], .dim)] }
        return [.record(.journal(.accountUpdated(
            account: updated, source: "visit log \(state.content.visitDate) (/log)", by: environment.salesperson, at: now)))]
    }

    // MARK: /followups

    /// `/followups`: my open follow-ups, overdue first; `/followups all` with closed ones;
    /// `/followups N STATUS` moves one on.
    func followUpsCommand(_ arguments: [String], now: Date) -> [Output] {
        let day = today(now)
        let mine = environment.journal.followUps(owner: environment.salesperson, includeClosed: true)
        guard let first = arguments.first, first.lowercased() != "all" else {
            let shown = arguments.isEmpty ? mine.filter { !$0.status.isClosed } : mine
            return JournalView.followUps(shown, today: day, language: language) + [.text(JournalText.followUpsHint[language], .dim)]
        }
        guard arguments.count >= 2 else { return [.text(JournalText.followUpUsage[language])] }
        let id = first.trimmingCharacters(in: CharacterSet(charactersIn: "#"))
        guard let item = mine.first(where: { String($0.number) == id }) else {
            return [.text(JournalText.unknownFollowUp(id)[language], .error)]
        }
        let word = arguments.dropFirst().joined(separator: "-")
        guard let status = IssueStatus(term: word) ?? IssueStatus(term: arguments.dropFirst().joined()) else {
            return [.text(JournalText.badStatus(word)[language], .error)]
        }
        guard item.status.allowsChange(to: status) else {
            return [.text(JournalText.statusNotAllowed(item.number, item.status, status, language), .warning)]
        }
        return [.record(.journal(.followUpChanged(id: String(item.number), status: status, day: day, by: environment.salesperson, at: now)))]
    }

    // MARK: /review

    /// `/review [PERIOD] [--who NAME]`, `/review show KIND N`, `/review verify KIND N COMMENT [--by NAME]`.
    func reviewCommand(_ arguments: [String], now: Date) -> [Output] {
        var words: [String] = []
        var who: String?
        var by: String?
        var index = 0
        while index < arguments.count {
            let word = arguments[index]
            if (word == "--who" || word == "--by"), index + 1 < arguments.count {
                if word == "--who" { who = arguments[index + 1] } else { by = arguments[index + 1] }
                index += 2
                continue
            }
            words.append(word)
            index += 1
        }
        let timeZone = environment.timeZone
        switch words.first?.lowercased() {
        case "show"?:
            guard words.count >= 3, let kind = JournalEntryKind(word: words[1]) else { return [.text(JournalText.reviewUsage[language])] }
            let id = words[2]
            switch kind {
            case .log:
                guard let detail = environment.journal.visitLog(id) else { return [.text(JournalText.unknownEntry(kind, id)[language], .error)] }
                let name = environment.accounts.account(id: detail.log.accountID)?.name
                return JournalView.logDetail(detail, accountName: name, language: language, timeZone: timeZone)
            case .session:
                guard let session = environment.journal.session(id) else { return [.text(JournalText.unknownEntry(kind, id)[language], .error)] }
                let name = environment.accounts.account(id: session.accountID)?.name
                return JournalView.sessionDetail(session, corpus: corpus, accountName: name, language: language, timeZone: timeZone, outlineLimit: 10)
            }
        case "verify"?:
            guard words.count >= 3, let kind = JournalEntryKind(word: words[1]) else { return [.text(JournalText.reviewUsage[language])] }
            let id = words[2]
            let comment = words.dropFirst(3).joined(separator: " ")
            switch kind {
            case .log:
                guard environment.journal.visitLog(id) != nil else { return [.text(JournalText.unknownEntry(kind, id)[language], .error)] }
            case .session:
                guard let session = environment.journal.session(id) else { return [.text(JournalText.unknownEntry(kind, id)[language], .error)] }
                guard session.status == "finished" || session.status == "cancelled" else {
                    return [.text(JournalText.sessionNotFinished(session.number)[language], .warning)]
                }
            }
            guard !comment.isEmpty else { return [.text(JournalText.commentNeeded[language])] }
            return [.record(.journal(.verified(kind: kind, id: id, by: by ?? environment.salesperson, comment: comment, at: now)))]
        default:
            guard let todayNumber = DayNumber(today(now)) else { return [] }
            var range: DayRange? = DayRange.month(of: todayNumber)
            if !words.isEmpty {
                let text = words.joined(separator: " ")
                if ["all", "全部"].contains(text.lowercased()) {
                    range = nil
                } else {
                    guard let parsed = DayRange.parse(text, today: todayNumber) else {
                        return [.text(JournalText.badPeriod(text)[language], .error)]
                    }
                    range = parsed
                }
            }
            let entries = environment.journal.reviewEntries(days: range, who: who)
            return JournalView.reviewList(entries, period: range?.label ?? "*", who: who, language: language, timeZone: timeZone)
        }
    }

    // MARK: Comments

    /// The greeting's line about unread comments from the manager, if there are any.
    func commentsNotice() -> [Output] {
        let unread = environment.journal.comments(for: environment.salesperson, unreadOnly: true)
        guard !unread.isEmpty else { return [] }
        return [.text(JournalText.newComments(unread.count)[language], .accent)]
    }

    /// `/comments`: the manager's unread comments; they are then marked read.
    func commentsCommand(now: Date) -> [Output] {
        let unread = environment.journal.comments(for: environment.salesperson, unreadOnly: true)
        let shown = JournalView.comments(unread, language: language, timeZone: environment.timeZone)
        guard !unread.isEmpty else { return shown }
        return shown + [.record(.journal(.commentsRead(uuids: unread.map(\.verification.uuid), at: now)))]
    }
}
