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
        let raised = AnswerFlags.raised(by: answers, selfChecks: corpus.selfChecks, account: account, texts: corpus.flags)
        let cleared = AnswerFlags.cleared(by: answers, selfChecks: corpus.selfChecks, account: account, flags: accountFlags)
        let kept = accountFlags.filter { !cleared.contains($0.id) }
        let flags = AnswerFlags.combined(account: kept, answers: raised)
        let fromAnswer = Dictionary(raised.map { ($0.id, unsureRaised($0, answers: answers, corpus: corpus)) }, uniquingKeysWith: { $0 || $1 })
        let honorifics = PoliteAddress.honorifics(corpus)
        // Lookups by name and by flag, so that an account of thousands of people is planned in
        // O(recommendations), not O(recommendations × people).
        let byName = Dictionary(account.people.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let position = Dictionary(account.people.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
        var firstFlag: [FlagKey: RiskFlag] = [:]
        for flag in flags {
            for key in [FlagKey(kind: flag.kind, person: flag.person, anyPerson: false), FlagKey(kind: flag.kind, person: nil, anyPerson: true)]
            where firstFlag[key] == nil {
                firstFlag[key] = flag
            }
        }
        func address(_ name: String) -> String {
            byName[name].map { PoliteAddress.of($0, honorifics: honorifics) } ?? name
        }

        var order: [String] = []
        var byRule: [String: StrategyAdvice] = [:]
        var seenPeople: [String: Set<String>] = [:]
        var seenReasons: [String: Set<LocalizedText>] = [:]
        for item in StrategyMatcher.recommendations(corpus: corpus, account: account, flags: flags) where isAdvice(item.rule) {
            var reasons: [LocalizedText] = []
            var revealed = false
            for kind in item.flags {
                let anyPerson = !kind.isPersonal && kind != .decisionMakerNotMet
                let first = firstFlag[FlagKey(kind: kind, person: anyPerson ? nil : item.person, anyPerson: anyPerson)]
                for flag in first.map({ [$0] }) ?? [] {
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
            if reasons.isEmpty, let name = item.person, let person = byName[name], person.role == .unknown,
               let unknownRoleReason = corpus.unknownRoleReason {
                reasons.append(fill(unknownRoleReason, person: address(name)))
            } else if reasons.isEmpty, let name = item.person, let person = byName[name], person.role != .unknown, let roleReason = corpus.roleReason {
                reasons.append(fill(roleReason, person: address(name), role: person.role))
            } else if reasons.isEmpty, item.person == nil, let accountReason = corpus.accountReason {
                reasons.append(accountReason.filling(["account": account.name]))
            }
            if var advice = byRule[item.rule.id] {
                if let name = item.person, seenPeople[item.rule.id, default: []].insert(name).inserted { advice.people.append(name) }
                for reason in reasons where seenReasons[item.rule.id, default: []].insert(reason).inserted { advice.reasons.append(reason) }
                advice.flags += item.flags.filter { !advice.flags.contains($0) }
                advice.risk = min(advice.risk, item.risk)
                advice.fromAnswers = advice.fromAnswers || revealed
                byRule[item.rule.id] = advice
            } else {
                order.append(item.rule.id)
                seenPeople[item.rule.id] = Set(item.person.map { [$0] } ?? [])
                seenReasons[item.rule.id] = Set(reasons)
                byRule[item.rule.id] = StrategyAdvice(
                    rule: item.rule, people: item.person.map { [$0] } ?? [], reasons: reasons, flags: item.flags,
                    risk: item.risk, fromAnswers: revealed)
            }
        }
        let all = order.enumerated().compactMap { offset, id -> (Int, StrategyAdvice)? in
            guard var advice = byRule[id] else { return nil }
            advice.people.sort { (position[$0] ?? .max) < (position[$1] ?? .max) }
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
                && AnswerFlags.raised(by: [answer], selfChecks: corpus.selfChecks, account: Account(id: "", name: ""), texts: corpus.flags).contains { $0.kind == flag.kind }
        }
    }
}

/// A flag looked up by kind and person (`anyPerson`: the first flag of the kind, whoever it is for).
private struct FlagKey: Hashable {
    var kind: FlagKind
    var person: String?
    var anyPerson: Bool
}
