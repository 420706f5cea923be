import CoachCore
import CoachRetrieval
import Foundation

extension Conversation {
    // MARK: Starting, pausing, resuming

    /// `/prep [ID]`: offers a paused prep of the account, else the briefing, the confirm block of
    /// what the file already answers, then the first question. `/prep new` starts afresh (the
    /// paused one is kept as abandoned, so quitting never piles up paused sessions).
    mutating func startPrep(_ id: String?, fresh: Bool = false, now: Date) -> [Output] {
        guard let id = id ?? openAccountID else { return [.text(PrepText.usage[language])] }
        let account: Account
        switch findAccount(id) {
        case .success(let found): account = found
        case .failure(let miss): return miss.outputs
        }
        openAccountID = account.id
        var outputs: [Output] = []
        switch pausedSession(accountID: account.id, now: now) {
        case .offer(let saved, let offer):
            guard fresh else { return offer }
            outputs = [.record(.prepAbandoned(key: saved.key, at: now)), .text(PrepText.replaced[language], .dim)]
        case .abandoned(let notes):
            outputs = notes
        case .none:
            break
        }
        let flags = riskFlags(of: account, now: now)
        let key = environment.ids.next()
        var flow = PrepFlow(key: key, account: account, accountFlags: flags, selfChecks: corpus.selfChecks)
        let sessions = environment.sessions
        flow.openBlock(
            earlier: sessions.earlierAnswers(salesperson: environment.salesperson, accountID: nil),
            earlierOnAccount: sessions.earlierAnswers(salesperson: environment.salesperson, accountID: account.id))
        mode = .prep(flow)
        let strategies = StrategyMatcher.recommendations(corpus: corpus, account: account, flags: flags)
        let started = PrepStarted(
            key: key, accountID: account.id, accountVersion: environment.accounts.version(id: account.id),
            salesperson: environment.salesperson, language: language, at: now, flags: flags,
            strategies: strategies.map { StrategyChoice(ruleID: $0.rule.id, person: $0.person, topics: $0.rule.topics) })
        return outputs + [.record(.prepStarted(started))] + teamNotes(accountID: account.id) + briefing(account, flags: flags, now: now)
            + [.blank, .text(PrepText.detours[language], .dim), .blank] + flow.current(flowContext(now))
    }

    /// A paused prep of the salesperson's on an account: offered, or marked abandoned when it was
    /// left longer than the corpus allows.
    enum PausedSession {
        case none
        case offer(SavedPrepSession, [Output])
        case abandoned([Output])
    }

    func pausedSession(accountID: String?, now: Date) -> PausedSession {
        guard let saved = environment.sessions.resumableSession(accountID: accountID, salesperson: environment.salesperson) else { return .none }
        let daysAgo = saved.updatedAt.map { max(DayNumber(now, in: environment.timeZone).value - DayNumber($0, in: environment.timeZone).value, 0) } ?? 0
        if let pausedAt = saved.updatedAt, corpus.prep.isAbandoned(pausedAt: pausedAt, now: now, timeZone: environment.timeZone) {
            return .abandoned([.record(.prepAbandoned(key: saved.key, at: now)), .text(PrepText.abandoned(daysAgo)[language], .dim)])
        }
        let total = corpus.selfChecks.reduce(0) { $0 + $1.questions.count }
        let number = min(resumePosition(of: saved), max(total - 1, 0)) + 1
        return .offer(saved, [.text(PrepText.pausedOffer(daysAgo, number, total)[language], .accent)])
    }

    /// `/resume [ID]`: continue the newest unfinished session.
    mutating func resumePrep(_ id: String?, now: Date) -> [Output] {
        var notes: [Output] = []
        var found: SavedPrepSession?
        for accountID in id == nil && openAccountID != nil ? [openAccountID, nil] : [id ?? openAccountID] {
            switch pausedSession(accountID: accountID, now: now) {
            case .offer(let saved, _): found = saved
            case .abandoned(let abandoned): notes += abandoned
            case .none: break
            }
            if found != nil { break }
        }
        guard let saved = found, let account = environment.accounts.account(id: saved.accountID) else {
            return notes + [.text(PrepText.nothingToResume[language])]
        }
        openAccountID = account.id
        let flags = riskFlags(of: account, now: now)
        var flow = PrepFlow(key: saved.key, account: account, accountFlags: flags, selfChecks: corpus.selfChecks, position: resumePosition(of: saved), answers: saved.answers)
        if flow.form.phase == .asking, let field = flow.form.field, flow.isFilled(field) { flow.moveToNextUnanswered(from: field) }
        mode = .prep(flow)
        let intro: [Output] = [.text(PrepText.resuming(account, saved.answers.count)[language], .success), .blank]
        return notes + intro + flow.current(flowContext(now))
    }

    /// Where a stored session continues: its position when that is one (a question, or the summary
    /// just past the last); a position out of range (a damaged store, a hostile import) continues at
    /// the first question not answered yet, never used as an index.
    func resumePosition(of saved: SavedPrepSession) -> Int {
        let questions = corpus.selfChecks.flatMap { $0.questions.map(\.id) }
        if (0...questions.count).contains(saved.position) { return saved.position }
        let answered = Set(saved.answers.map(\.questionID))
        return questions.firstIndex { !answered.contains($0) } ?? questions.count
    }

    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    // MARK: The briefing

    func briefing(_ account: Account, flags: [RiskFlag], now: Date) -> [Output] {
        var outputs: [Output] = [.text(PrepText.preparing(account)[language], .heading)] + visitLine(account, now: now)
        var parts: [String] = []
        for role in [BuyingRole.decisionMaker, .technical, .finance, .user, .coach] {
            let people = account.people(in: role)
            if people.isEmpty {
                if BuyingRole.required.contains(role) && !(role == .technical && !account.people(in: .finance).isEmpty) {
                    parts.append(UIText.noted(role.label[language], PrepText.missing[language], language))
                }
                continue
            }
            let names = people.map { person in person.met == false ? UIText.noted(person.name, PrepText.notMet[language], language) : person.name }
            parts.append(UIText.labelled(role.label[language], UIText.list(names, language), language))
        }
        outputs.append(.text(PrepText.rolesLine[language] + (language == .en ? " " : "") + parts.joined(separator: language == .en ? "; " : "；")))
        if !flags.isEmpty {
            outputs.append(.text(PrepText.flagsLine[language], .warning))
            for flag in flags.prefix(5) { outputs.append(.text("- \(flag.message[language])")) }
            if flags.count > 5 { outputs.append(.text("  " + PrepText.moreFlags(flags.count - 5)[language], .dim)) }
        }
        return outputs
    }

    // MARK: Outline and strategies outside a session

    func currentAnalysis(now: Date) -> (account: Account, flags: [RiskFlag], fromSession: Bool)? {
        guard let account = openAccount else { return nil }
        if let result = lastPrepResult, result.accountID == account.id {
            return (account, result.flags, true)
        }
        return (account, riskFlags(of: account, now: now), false)
    }

    /// `/outline`: the question outline of the open account, grouped by person.
    func showOutline(now: Date) -> [Output] {
        guard let analysis = currentAnalysis(now: now) else { return [.text(UIText.noOpenAccount[language])] }
        let outline = OutlineBuilder.build(corpus: corpus, account: analysis.account, flags: analysis.flags, today: today(now))
        var outputs: [Output] = [.text(UIText.labelled(PrepText.outlineHeading[language], UIText.noted(analysis.account.name, String(outline.count), language), language), .heading)]
        if !analysis.fromSession { outputs.append(.text(PrepText.fromFileOnly[language], .dim)) }
        var group: String??
        var number = 0
        for question in outline {
            if group != .some(question.person) {
                group = .some(question.person)
                let heading = question.person.map { name in
                    let person = analysis.account.person(named: name)
                    return [name, person?.title, person.map { $0.role.label[language] }].compactMap { $0 }.joined(separator: " · ")
                } ?? PrepText.generalQuestions[language]
                outputs.append(.blank)
                outputs.append(.text(heading, .bold))
            }
            number += 1
            outputs.append(.text("\(number). \(question.text[language]) \(question.audience.tag(language))"))
        }
        return outputs
    }

    /// `/strategies`: every strategy for the open account, with why; after a prep, with its answers.
    func showStrategies(now: Date) -> [Output] {
        guard let account = openAccount else { return [.text(UIText.noOpenAccount[language])] }
        let session = lastPrepResult.flatMap { $0.key.hasPrefix(account.id + "@") ? $0 : nil }
        let plan = StrategyPlanner.plan(
            corpus: corpus, account: account,
            accountFlags: session.map { $0.accountFlags.isEmpty ? $0.flags : $0.accountFlags } ?? riskFlags(of: account, now: now),
            answers: session?.answers ?? [])
        var outputs = PrepView.plan(plan, account: account, corpus: corpus, folded: false, language: language)
        if session == nil { outputs.insert(.text(PrepText.fromFileOnly[language], .dim), at: min(1, outputs.count)) }
        return outputs
    }
}
