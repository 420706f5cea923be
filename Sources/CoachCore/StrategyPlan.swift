/// A strategy the prep recommends, with why it is there.
public struct StrategyAdvice: Sendable, Hashable {
    public var rule: Rule
    /// The people it is for, in account order; empty when it is for the account as a whole.
    public var people: [String]
    /// Why it is listed, most urgent first ("you said you have not met 王建國").
    public var reasons: [LocalizedText]
    /// The risks behind it, most urgent first.
    public var flags: [FlagKind]
    /// Lower is more urgent.
    public var risk: Int
    /// Whether an answer of the prep revealed one of its risks.
    public var fromAnswers: Bool
}

/// The strategies of a prep: the most urgent first, an index per person, the rest folded.
public struct StrategyPlan: Sendable, Hashable {
    /// The strategies to show first (five by default).
    public var top: [StrategyAdvice]
    /// Every strategy, most urgent first.
    public var all: [StrategyAdvice]
    /// The flags the plan was built on: the file's, minus those answers cleared, plus those answers raised.
    public var flags: [RiskFlag]

    /// Strategies after the top ones, folded away.
    public var folded: [StrategyAdvice] { Array(all.dropFirst(top.count)) }

    /// The strategies for each person, in account order (people with none left out).
    public func byPerson(_ account: Account) -> [(person: String, advice: [StrategyAdvice])] {
        account.people.compactMap { person in
            let advice = all.filter { $0.people.contains(person.name) }
            return advice.isEmpty ? nil : (person.name, advice)
        }
    }
}

/// Orders strategies by the risks an account and a prep's answers reveal, each with its reason.
public enum StrategyPlanner {
    public static let topCount = 5

    /// The plan for an account, with or without a prep's answers.
    ///
    /// Answers raise flags (a coach nobody can name) and clear the file's (a coach named after all);
    /// strategies are ordered by the most urgent risk behind them, those an answer revealed first
    /// among equals. Restated self-checks and "prepare before every contact" are left out: the prep
    /// itself is that preparation.
    ///
    /// ```swift
    /// let plan = StrategyPlanner.plan(corpus: corpus, account: account, accountFlags: flags, answers: answers)
    /// plan.top.first?.reasons.first?[.zhHant]   // "你說你還沒見過王總經理"
    /// ```
    /// - Complexity: that of `StrategyMatcher.recommendations` plus O(n log n).
    public static func plan(
        corpus: Corpus, account: Account, accountFlags: [RiskFlag], answers: [PrepAnswer] = [], top: Int = topCount
    ) -> StrategyPlan {
        let raised = AnswerFlags.raised(by: answers, selfChecks: corpus.selfChecks, account: account)
        let cleared = AnswerFlags.cleared(by: answers, selfChecks: corpus.selfChecks, account: account, flags: accountFlags)
        let kept = accountFlags.filter { !cleared.contains($0.id) }
        let flags = AnswerFlags.combined(account: kept, answers: raised)
        let fromAnswer = Dictionary(raised.map { ($0.id, unsureRaised($0, answers: answers, corpus: corpus)) }, uniquingKeysWith: { $0 || $1 })
        let honorifics = PoliteAddress.honorifics(corpus)
        func address(_ name: String) -> String {
            account.person(named: name).map { PoliteAddress.of($0, honorifics: honorifics) } ?? name
        }

        var order: [String] = []
        var byRule: [String: StrategyAdvice] = [:]
        for item in StrategyMatcher.recommendations(corpus: corpus, account: account, flags: flags) where isAdvice(item.rule) {
            var reasons: [LocalizedText] = []
            var revealed = false
            for kind in item.flags {
                let matching = flags.filter { $0.kind == kind && (!kind.isPersonal && kind != .decisionMakerNotMet || $0.person == item.person) }
                for flag in matching.prefix(1) {
                    guard let reason = corpus.reasons[kind] else { continue }
                    let text: LocalizedText
                    if let unsure = fromAnswer[flag.id] {
                        revealed = true
                        text = unsure ? (reason.unsure ?? reason.answer) : reason.answer
                    } else {
                        text = reason.file
                    }
                    reasons.append(fill(text, person: flag.person.map(address)))
                }
            }
            if reasons.isEmpty, let name = item.person, let person = account.person(named: name), let roleReason = corpus.roleReason {
                reasons.append(fill(roleReason, person: address(name), role: person.role))
            } else if reasons.isEmpty, item.person == nil, let accountReason = corpus.accountReason {
                reasons.append(accountReason.filling(["account": account.name]))
            }
            if var advice = byRule[item.rule.id] {
                if let name = item.person, !advice.people.contains(name) { advice.people.append(name) }
                for reason in reasons where !advice.reasons.contains(reason) { advice.reasons.append(reason) }
                advice.flags += item.flags.filter { !advice.flags.contains($0) }
                advice.risk = min(advice.risk, item.risk)
                advice.fromAnswers = advice.fromAnswers || revealed
                byRule[item.rule.id] = advice
            } else {
                order.append(item.rule.id)
                byRule[item.rule.id] = StrategyAdvice(
                    rule: item.rule, people: item.person.map { [$0] } ?? [], reasons: reasons, flags: item.flags,
                    risk: item.risk, fromAnswers: revealed)
            }
        }
        let names = account.people.map(\.name)
        let all = order.enumerated().compactMap { offset, id -> (Int, StrategyAdvice)? in
            guard var advice = byRule[id] else { return nil }
            advice.people.sort { (names.firstIndex(of: $0) ?? .max) < (names.firstIndex(of: $1) ?? .max) }
            return (offset, advice)
        }
        .sorted { ($0.1.risk, $0.1.fromAnswers ? 0 : 1, -$0.1.rule.priority, $0.0) < ($1.1.risk, $1.1.fromAnswers ? 0 : 1, -$1.1.rule.priority, $1.0) }
        .map(\.1)
        return StrategyPlan(top: Array(all.prefix(top)), all: all, flags: flags)
    }

    static func fill(_ text: LocalizedText, person: String?, role: BuyingRole? = nil) -> LocalizedText {
        func one(_ value: String, _ language: Language) -> String {
            var values: [String: String] = [:]
            if let person { values["person"] = person }
            if let role { values["role"] = role.label[language] }
            return Placeholder.fill(value, values)
        }
        return LocalizedText(en: one(text.en, .en), zhHans: one(text.zhHans, .zhHans), zhHant: one(text.zhHant, .zhHant))
    }

    /// Whether a rule belongs in a strategy list: not a restated self-check, not the "prepare
    /// before every contact" routine offered on every account.
    static func isAdvice(_ rule: Rule) -> Bool {
        if rule.kind == .selfCheck { return false }
        if rule.when.allSatisfy(\.always) { return false }
        return !rule.topics.allSatisfy { $0.hasPrefix("selfcheck.") }
    }

    /// Whether a flag an answer raised came from a "not sure" answer (else a plain answer).
    static func unsureRaised(_ flag: RiskFlag, answers: [PrepAnswer], corpus: Corpus) -> Bool {
        let questions = Dictionary(corpus.selfChecks.flatMap(\.questions).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return answers.contains { answer in
            answer.value == .unsure && questions[answer.questionID]?.raises[.unsure] == flag.kind
        } && !answers.contains { answer in
            guard let question = questions[answer.questionID], answer.value != .unsure else { return false }
            return question.raises.contains { $0.value == flag.kind && $0.key != .unsure }
                && AnswerFlags.raised(by: [answer], selfChecks: corpus.selfChecks, account: Account(id: "", name: "")).contains { $0.kind == flag.kind }
        }
    }
}
