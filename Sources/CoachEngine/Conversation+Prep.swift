import CoachCore
import CoachRetrieval
import Foundation

extension Conversation {
    // MARK: Starting, pausing, resuming

    /// `/prep [ID]`: briefing, then the first self-check question.
    mutating func startPrep(_ id: String?, fresh: Bool = false, now: Date) -> [Output] {
        guard let id = id ?? openAccountID else { return [.text(PrepText.usage[language])] }
        guard let account = environment.accounts.account(id: id) else {
            return [.text(UIText.unknownAccount(id, environment.accounts.accountIDs())[language], .error)]
        }
        openAccountID = account.id
        let flags = RiskFlags.compute(for: account, today: today(now))
        let key = "\(account.id)@\(Self.timestamp(now))"
        let flow = PrepFlow(key: key, account: account, accountFlags: flags, selfChecks: corpus.selfChecks)
        mode = .prep(flow)
        let started = PrepStarted(
            key: key, accountID: account.id, accountVersion: environment.accounts.version(id: account.id),
            salesperson: environment.salesperson, language: language, at: now)
        return [.record(.prepStarted(started))] + briefing(account, flags: flags) + [.blank, .text(PrepText.detours[language], .dim), .blank] + flow.ask(flowContext(now))
    }

    /// `/resume [ID]`: continue the newest unfinished session.
    mutating func resumePrep(_ id: String?, now: Date) -> [Output] {
        guard let saved = environment.sessions.resumableSession(accountID: id ?? openAccountID) ?? (id == nil ? environment.sessions.resumableSession(accountID: nil) : nil),
              let account = environment.accounts.account(id: saved.accountID) else {
            return [.text(PrepText.nothingToResume[language])]
        }
        openAccountID = account.id
        let flags = RiskFlags.compute(for: account, today: today(now))
        let flow = PrepFlow(key: saved.key, account: account, accountFlags: flags, selfChecks: corpus.selfChecks, position: saved.position, answers: saved.answers)
        mode = .prep(flow)
        let intro: [Output] = [.text(PrepText.resuming(account, saved.answers.count)[language], .success), .blank]
        return intro + flow.current(flowContext(now))
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
        var outputs = PrepView.strategies(recommendations, limit: recommendations.count, language: language)
        if !analysis.fromSession { outputs.insert(.text(PrepText.fromFileOnly[language], .dim), at: min(1, outputs.count)) }
        return outputs
    }
}
