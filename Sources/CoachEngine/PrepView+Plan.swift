public import CoachCore

/// Every strategy of a plan with why, for `coach strategies` (the CLI shares the REPL's view).
public enum StrategyPlanView {
    public static func outputs(_ plan: StrategyPlan, account: Account, corpus: Corpus, language: Language) -> [Output] {
        PrepView.plan(plan, account: account, corpus: corpus, folded: false, language: language)
    }
}

extension PrepView {
    /// A strategy plan: the first ones with why they are there, who each is for, then the rest
    /// folded (`folded: false` lists every strategy in full, for /strategies).
    static func plan(_ plan: StrategyPlan, account: Account, corpus: Corpus, folded: Bool, language: Language) -> [Output] {
        guard !plan.all.isEmpty else { return [.text(PrepText.noStrategies[language])] }
        let honorifics = PoliteAddress.honorifics(corpus)
        func who(_ advice: StrategyAdvice) -> String {
            guard !advice.people.isEmpty else { return PrepText.forAccount[language] }
            return UIText.list(advice.people.map { name in account.person(named: name).map { PoliteAddress.of($0, honorifics: honorifics) } ?? name }, language)
        }
        let shown = folded ? plan.top : plan.all
        var outputs: [Output] = [.text(PlanText.heading[language], .heading)]
        for (index, advice) in shown.enumerated() {
            let line = UIText.labelled(advice.rule.title[language], advice.rule.gist[language], language)
            outputs.append(.text("\(index + 1). [\(who(advice))] \(line) (/rule \(advice.rule.id))"))
            if !advice.reasons.isEmpty {
                let reasons = advice.reasons.prefix(3).map { $0[language] }.joined(separator: language == .en ? "; " : "；")
                outputs.append(.text("   " + UIText.labelled(PlanText.why[language], reasons, language), .dim))
            }
        }
        if folded, !plan.folded.isEmpty {
            let people = plan.byPerson(account).map { entry in
                let address = account.person(named: entry.person).map { PoliteAddress.of($0, honorifics: honorifics) } ?? entry.person
                return "\(address) \(entry.advice.count)"
            }
            outputs.append(.text(UIText.labelled(PlanText.byPerson[language], people.joined(separator: language == .en ? ", " : "、"), language), .dim))
            outputs.append(.text(PlanText.more(plan.folded.count)[language], .dim))
        }
        return outputs
    }
}

/// Interface text of strategy plans.
enum PlanText: LocalizedTextTable {
    static let heading = l("Strategies, most urgent first", "策略（最紧要的在前）", "策略（最緊要的在前）")
    static let why = l("why", "原因", "原因")
    static let byPerson = l("By person", "按人", "按人")
    static func more(_ count: Int) -> LocalizedText {
        l("(+\(count) more: /strategies)", "（还有 \(count) 条：/strategies）", "（還有 \(count) 條：/strategies）")
    }
}
