import CoachCore
import CoachRetrieval
import Foundation

extension Conversation {
    /// Commands that show something and leave the session where it is.
    static let prepSafeCommands: Set<String> = ["/help", "/lang", "/rule", "/more", "/card", "/flags", "/chart", "/topics", "/accounts"]

    // MARK: Starting, pausing, resuming

    /// `/prep [ID]`: briefing, then the first self-check question.
    mutating func startPrep(_ id: String?, now: Date) -> [Output] {
        guard let id = id ?? openAccountID else { return [.text(PrepText.usage[language])] }
        guard let account = environment.accounts.account(id: id) else {
            return [.text(UIText.unknownAccount(id, environment.accounts.accountIDs())[language], .error)]
        }
        openAccountID = account.id
        let flags = RiskFlags.compute(for: account, today: today(now))
        let key = "\(account.id)@\(Self.timestamp(now))"
        prep = PrepState(key: key, account: account, accountFlags: flags, selfChecks: corpus.selfChecks)
        let started = PrepStarted(
            key: key, accountID: account.id, accountVersion: environment.accounts.version(id: account.id),
            salesperson: environment.salesperson, language: language, at: now)
        return [.record(.prepStarted(started))] + briefing(account, flags: flags) + [.blank, .text(PrepText.detours[language], .dim), .blank] + askCurrent()
    }

    /// Ctrl-C or /quit during a session: pause it where it is.
    mutating func pausePrep(now: Date) -> [Output] {
        guard let state = prep else { return [] }
        prep = nil
        return [
            .record(.prepPaused(key: state.key, position: state.position, at: now)),
            .text(PrepText.paused(min(state.position + 1, state.steps.count), state.steps.count)[language], .warning),
        ]
    }

    /// `/resume [ID]`: continue the newest unfinished session.
    mutating func resumePrep(_ id: String?, now: Date) -> [Output] {
        guard prep == nil else { return [.text(PrepText.alreadyRunning[language])] }
        guard let saved = environment.sessions.resumableSession(accountID: id ?? openAccountID) ?? (id == nil ? environment.sessions.resumableSession(accountID: nil) : nil),
              let account = environment.accounts.account(id: saved.accountID) else {
            return [.text(PrepText.nothingToResume[language])]
        }
        openAccountID = account.id
        let flags = RiskFlags.compute(for: account, today: today(now))
        prep = PrepState(key: saved.key, account: account, accountFlags: flags, selfChecks: corpus.selfChecks, position: saved.position, answers: saved.answers)
        let intro: [Output] = [.text(PrepText.resuming(account, saved.answers.count)[language], .success), .blank]
        if prep!.phase == .reviewing { return intro + summary() }
        return intro + askCurrent()
    }

    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    // MARK: The briefing

    func briefing(_ account: Account, flags: [RiskFlag]) -> [Output] {
        var outputs: [Output] = [.text(PrepText.preparing(account)[language], .heading)]
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

    // MARK: Asking

    /// The current sub-question, made concrete from the account.
    func askCurrent() -> [Output] {
        guard let state = prep, let step = state.current else { return [] }
        var outputs: [Output] = []
        if step.questionNumber == 1 || state.phase == .editing {
            outputs.append(.text(PrepText.checkHeading(step.checkNumber, step.check.title[language])[language], .heading))
        }
        let question = step.question
        let label = "\(question.id). "
        var hint = ""
        switch question.answer {
        case .yesNo: hint = PrepText.yesNoHint[language]
        case .person: hint = PrepText.personHint[language]
        case .freeText: hint = PrepText.freeHint[language]
        }
        var knownLine: String?
        var confirmable = false
        if let known = question.known {
            let (value, applies) = KnownAnswer.value(known, account: state.account, flags: state.accountFlags)
            if applies, let text = question.knownText?[language] {
                let names = KnownAnswer.names(value, account: state.account, known: known)
                knownLine = Placeholder.fill(text, ["people": names.joined(separator: language == .en ? ", " : "、")])
                confirmable = true
            } else if question.answer == .person, case .people(let names)? = value, names.isEmpty {
                knownLine = PrepText.fileNamesNobody[language]
            } else if known == .allRolesIdentified {
                let missing = state.accountFlags.compactMap { $0.kind.missingRole?.label[language] }
                if !missing.isEmpty { knownLine = PrepText.fileMissesRoles(missing.joined(separator: language == .en ? ", " : "、"))[language] }
            } else if value == .no {
                knownLine = PrepText.fileSaysNo[language]
            }
        }
        if let knownLine {
            outputs.append(.text(knownLine, .accent))
        }
        if !(confirmable && question.answer == .yesNo) {
            outputs.append(.text(label + question.text[language] + " " + hint))
        } else {
            outputs.append(.text(label + hint, .dim))
        }
        if question.answer == .person {
            let list = state.account.people.enumerated().map { "\($0.offset + 1) \($0.element.name) [\($0.element.role.letter)]" }
            outputs.append(.text(list.joined(separator: "  "), .dim))
        }
        if confirmable && question.answer == .person { outputs.append(.text(PrepText.enterConfirms[language], .dim)) }
        if let previous = state.answers[question.id], state.phase == .editing {
            outputs.append(.text("(\(previous.value.display(language)))", .dim))
        }
        return outputs
    }

    // MARK: Handling input during a session

    mutating func handlePrep(_ line: String, now: Date) -> [Output] {
        guard let state = prep else { return [] }
        if line.hasPrefix("/") {
            let parsed = CommandLineParser.parse(line)
            switch parsed.name {
            case "/back": return back()
            case "/skip":
                guard state.phase != .reviewing else { return summary() }
                return record(PrepAnswer(questionID: state.current!.question.id, value: .skipped), now: now)
            case "/why": return why()
            case "/repeat": return state.phase == .reviewing ? summary() : askCurrent()
            case "/cancel":
                prep = nil
                return [.record(.prepCancelled(key: state.key, at: now)), .text(PrepText.cancelled[language], .warning)]
            case "/quit", "/exit", "/q":
                return leave(now: now)
            default:
                if let spec = CommandSpec.find(parsed.name), Self.prepSafeCommands.contains(spec.name) {
                    let shown = run(command: spec.name, arguments: parsed.arguments, now: now)
                    return shown + [.blank] + (state.phase == .reviewing ? summary() : askCurrent())
                }
                if CommandSpec.find(parsed.name) == nil {
                    return run(command: parsed.name, arguments: [], now: now)
                }
                return [.text(PrepText.notNow[language])]
            }
        }
        if state.phase == .reviewing { return review(line, now: now) }
        return answer(line, now: now)
    }

    mutating func answer(_ line: String, now: Date) -> [Output] {
        guard let state = prep, let step = state.current else { return [] }
        let question = step.question
        var known: (value: PrepAnswer.Value?, applies: Bool) = (nil, false)
        if let kind = question.known { known = KnownAnswer.value(kind, account: state.account, flags: state.accountFlags) }
        if line.isEmpty {
            if known.applies, let value = known.value {
                return record(PrepAnswer(questionID: question.id, value: value, confirmedKnown: true), now: now)
            }
            return [.text(PrepText.emptyAnswer[language], .dim)]
        }
        switch question.answer {
        case .yesNo:
            if let value = AnswerParser.yesNo(line) {
                return record(PrepAnswer(questionID: question.id, value: value, confirmedKnown: known.applies && value == .yes), now: now)
            }
            if AnswerParser.looksLikeQuestion(line) { return detour(line, now: now) }
            return [.text(PrepText.notYesNo[language], .warning)] + askCurrent()
        case .person:
            if known.applies, AnswerParser.yesNo(line) == .yes, let value = known.value {
                return record(PrepAnswer(questionID: question.id, value: value, confirmedKnown: true), now: now)
            }
            if AnswerParser.looksLikeQuestion(line) { return detour(line, now: now) }
            guard let value = AnswerParser.people(line, from: state.account.people) else {
                return [.text(PrepText.notPerson[language], .warning)] + askCurrent()
            }
            var notes: [Output] = []
            if case .people(let names) = value {
                let unknown = names.filter { state.account.person(named: $0) == nil }
                if unknown.count == names.count, !names.isEmpty, names.contains(where: { $0.count > 12 }) {
                    return detour(line, now: now)
                }
                if !unknown.isEmpty { notes.append(.text(PrepText.notInFile(unknown.joined(separator: ", "))[language], .dim)) }
            }
            return notes + record(PrepAnswer(questionID: question.id, value: value), now: now)
        case .freeText:
            if AnswerParser.looksLikeQuestion(line), environment.index.search(line).verdict == .confident {
                return detour(line, now: now)
            }
            return record(PrepAnswer(questionID: question.id, value: .text(line)), now: now)
        }
    }

    /// A question typed instead of an answer: answer it from the corpus, then ask again.
    mutating func detour(_ line: String, now: Date) -> [Output] {
        let saved = prep
        prep = nil
        let answered = ask(line, now: now)
        prep = saved
        pendingChoices = []
        return answered + [.blank, .text(PrepText.askAgain[language], .dim)] + askCurrent()
    }

    /// Records an answer for the current question and moves on; only that question is filled.
    mutating func record(_ answer: PrepAnswer, now: Date) -> [Output] {
        guard var state = prep else { return [] }
        state.answers[answer.questionID] = answer
        let wasEditing = state.phase == .editing
        if wasEditing {
            state.phase = .reviewing
            state.position = state.steps.count
        } else {
            state.position += 1
            if state.position >= state.steps.count { state.phase = .reviewing }
        }
        prep = state
        let saved: Output = .record(.prepAnswered(key: state.key, answer: answer, position: state.position, at: now))
        if state.phase == .reviewing { return [saved, .blank] + summary() }
        return [saved] + askCurrent()
    }

    mutating func back() -> [Output] {
        guard var state = prep else { return [] }
        if state.phase == .reviewing {
            state.position = state.steps.count - 1
            state.phase = .asking
        } else if state.position == 0 {
            return [.text(PrepText.atFirst[language], .dim)] + askCurrent()
        } else {
            state.position -= 1
        }
        prep = state
        var outputs: [Output] = [.text(PrepText.backTo[language], .dim)]
        if let previous = state.answers[state.current!.question.id] {
            outputs.append(.text(previous.value.display(language), .accent))
        }
        return outputs + askCurrent()
    }

    func why() -> [Output] {
        guard let state = prep else { return [] }
        let check = state.current?.check ?? state.steps.last?.check
        guard let check, let rule = corpus.rule(id: check.rule) else { return askCurrent() }
        var outputs: [Output] = [.text(UIText.labelled(PrepText.whyHeading[language], rule.title[language], language), .heading), .text(rule.gist[language], .bold)]
        if let first = MarkdownText.sections(rule.body[language]).first { outputs += MarkdownText.outputs(first) }
        outputs.append(.text("\(UIText.source[language]) \(rule.id) · \(rule.source)", .dim))
        return outputs + [.blank] + (state.phase == .reviewing ? summary() : askCurrent())
    }

    // MARK: Summary and finishing

    func summary() -> [Output] {
        guard let state = prep else { return [] }
        var outputs: [Output] = [.text(PrepText.summaryHeading[language], .heading)]
        for (index, step) in state.steps.enumerated() {
            let answer = state.answers[step.question.id]?.value.display(language) ?? "-"
            outputs.append(.text("\(index + 1). \(step.question.text[language]) → \(answer)"))
        }
        outputs.append(.text(PrepText.summaryHint[language], .dim))
        return outputs
    }

    mutating func review(_ line: String, now: Date) -> [Output] {
        guard var state = prep else { return [] }
        if let number = Int(line), (1...state.steps.count).contains(number) {
            state.position = number - 1
            state.phase = .editing
            prep = state
            return askCurrent()
        }
        if line.isEmpty || AnswerParser.yesNo(line) == .yes || ["ok", "done", "好", "完成", "确认", "確認"].contains(line.lowercased()) {
            return finish(now: now)
        }
        if AnswerParser.looksLikeQuestion(line) { return detour(line, now: now) }
        return summary()
    }

    mutating func finish(now: Date) -> [Output] {
        guard let state = prep else { return [] }
        let flags = state.flags(selfChecks: corpus.selfChecks)
        let recommendations = StrategyMatcher.recommendations(corpus: corpus, account: state.account, flags: flags)
        let outline = OutlineBuilder.build(corpus: corpus, account: state.account, flags: flags)
        let finished = PrepFinished(
            key: state.key, flags: flags,
            strategies: recommendations.map { StrategyChoice(ruleID: $0.rule.id, person: $0.person, topics: $0.rule.topics) },
            outline: outline, at: now)
        prep = nil
        lastPrepResult = finished
        return [.record(.prepFinished(finished)), .blank]
            + strategyOutputs(recommendations, limit: 10)
            + [.blank, .text(PrepText.outlineReady(outline.count, state.account.id)[language], .accent), .text(PrepText.saved[language], .success)]
    }

    /// Strategies, most urgent first; a rule that applies to several people is listed once with all of them.
    func strategyOutputs(_ recommendations: [Recommendation], limit: Int) -> [Output] {
        guard !recommendations.isEmpty else { return [.text(PrepText.noStrategies[language])] }
        var order: [String] = []
        var people: [String: [String]] = [:]
        var rules: [String: Rule] = [:]
        for item in recommendations {
            if rules[item.rule.id] == nil {
                order.append(item.rule.id)
                rules[item.rule.id] = item.rule
            }
            people[item.rule.id, default: []].append(item.person ?? PrepText.forAccount[language])
        }
        var outputs: [Output] = [.text(PrepText.strategiesHeading[language], .heading)]
        for (index, id) in order.prefix(limit).enumerated() {
            let rule = rules[id]!
            let who = UIText.list(people[id] ?? [], language)
            let line = UIText.labelled(rule.title[language], rule.gist[language], language)
            outputs.append(.text("\(index + 1). [\(who)] \(line) (/rule \(rule.id))"))
        }
        if order.count > limit {
            outputs.append(.text("(+\(order.count - limit): /strategies)", .dim))
        }
        return outputs
    }

    // MARK: Outline and strategies outside a session

    func currentAnalysis(now: Date) -> (account: Account, flags: [RiskFlag], fromSession: Bool)? {
        guard let account = openAccount else { return nil }
        if let result = lastPrepResult, result.key.hasPrefix(account.id + "@") {
            return (account, result.flags, true)
        }
        return (account, RiskFlags.compute(for: account, today: today(now)), false)
    }

    /// `/outline`: the question outline of the open account, grouped by person.
    func showOutline(now: Date) -> [Output] {
        guard let analysis = currentAnalysis(now: now) else { return [.text(UIText.noOpenAccount[language])] }
        let outline = OutlineBuilder.build(corpus: corpus, account: analysis.account, flags: analysis.flags)
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
            outputs.append(.text("\(number). \(question.text[language])"))
        }
        return outputs
    }

    /// `/strategies`: every strategy for the open account.
    func showStrategies(now: Date) -> [Output] {
        guard let analysis = currentAnalysis(now: now) else { return [.text(UIText.noOpenAccount[language])] }
        let recommendations = StrategyMatcher.recommendations(corpus: corpus, account: analysis.account, flags: analysis.flags)
        var outputs = strategyOutputs(recommendations, limit: recommendations.count)
        if !analysis.fromSession { outputs.insert(.text(PrepText.fromFileOnly[language], .dim), at: min(1, outputs.count)) }
        return outputs
    }
}
