/// A strategy the coach recommends for an account, for a person or for the account as a whole.
public struct Recommendation: Sendable, Hashable {
    public var rule: Rule
    public var person: String?
    /// The flags that brought it, most urgent first.
    public var flags: [FlagKind]
    /// Lower is more urgent: the most severe flag behind it, else after every flagged one.
    public var risk: Int

    public init(rule: Rule, person: String?, flags: [FlagKind], risk: Int) {
        self.rule = rule
        self.person = person
        self.flags = flags
        self.risk = risk
    }
}

/// Matches the corpus's strategy rules against an account and its flags.
public enum StrategyMatcher {
    /// Risk given to rules that no flag brought (they follow every flagged one).
    static let unflaggedRisk = 50
    /// Risk of rules offered on every account.
    static let alwaysRisk = 90

    /// Every rule whose `when:` matches, once per person it concerns, ordered by risk then priority;
    /// for each topic and person only the rule with the highest priority is kept.
    ///
    /// - Complexity: O(rules × conditions × people).
    public static func recommendations(corpus: Corpus, account: Account, flags: [RiskFlag]) -> [Recommendation] {
        var found: [Recommendation] = []
        for rule in corpus.rules where !rule.when.isEmpty && rule.kind != .card && rule.kind != .lesson {
            let match = rule.when.evaluate(on: account, flags: flags)
            guard match.matched else { continue }
            let always = rule.when.contains { $0.always }
            if match.people.isEmpty {
                let risk = match.flags.map(\.severity).min() ?? (always ? alwaysRisk : unflaggedRisk)
                found.append(Recommendation(rule: rule, person: nil, flags: sortedFlags(match.flags), risk: risk))
            } else {
                for name in match.people {
                    let personal = flags.filter { $0.person == name && match.flags.contains($0.kind) }.map(\.kind)
                    let general = match.flags.filter { !$0.isPersonal && $0 != .decisionMakerNotMet }
                    let kinds = sortedFlags(personal + general)
                    let risk = kinds.map(\.severity).min() ?? unflaggedRisk
                    found.append(Recommendation(rule: rule, person: name, flags: kinds, risk: risk))
                }
            }
        }
        found.sort { ($0.risk, -$0.rule.priority, $0.person ?? "", $0.rule.id) < ($1.risk, -$1.rule.priority, $1.person ?? "", $1.rule.id) }
        var seen = Set<String>()
        return found.filter { seen.insert("\($0.rule.topics.first ?? $0.rule.id)|\($0.person ?? "")").inserted }
    }

    static func sortedFlags(_ kinds: [FlagKind]) -> [FlagKind] {
        var seen = Set<FlagKind>()
        return kinds.filter { seen.insert($0).inserted }.sorted { $0.severity < $1.severity }
    }
}
