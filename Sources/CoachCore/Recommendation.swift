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
    /// for each topic and person only the rule with the highest priority is kept. A rule with
    /// `roles:` is given only to people in one of those roles.
    ///
    /// - Complexity: O(rules × conditions × (people + flags)).
    public static func recommendations(corpus: Corpus, account: Account, flags: [RiskFlag]) -> [Recommendation] {
        var found: [Recommendation] = []
        // Looked up once per person below, so each lookup is O(1), not a walk over every flag
        // or person (an account of thousands of people made this O(people²) per rule).
        let roles = Dictionary(account.people.map { ($0.name, $0.role) }, uniquingKeysWith: { first, _ in first })
        let personal = Set(flags.compactMap { flag in flag.person.map { PersonalFlag(kind: flag.kind, person: $0) } })
        for rule in corpus.rules where !rule.when.isEmpty && rule.kind != .card && rule.kind != .lesson {
            // Each `when:` item is judged on its own: an account-level item recommends for the
            // account, a person item for each person it matches, with the flags that item saw.
            for condition in rule.when {
                guard let hit = condition.match(on: account, flags: flags) else { continue }
                if hit.people.isEmpty {
                    let risk = hit.flags.map(\.severity).min() ?? (condition.always ? alwaysRisk : unflaggedRisk)
                    found.append(Recommendation(rule: rule, person: nil, flags: sortedFlags(hit.flags), risk: risk))
                } else {
                    // A rule written for some roles goes only to people in those roles: the finance
                    // head is not a technical gatekeeper, whatever flag they share.
                    let people = rule.roles.isEmpty ? hit.people : hit.people.filter { name in
                        roles[name].map { rule.roles.contains($0) } ?? false
                    }
                    let hitKinds = sortedFlags(hit.flags)
                    for name in people {
                        let kinds = hitKinds.filter { kind in
                            !(kind.isPersonal || kind == .decisionMakerNotMet) || personal.contains(PersonalFlag(kind: kind, person: name))
                        }
                        let risk = kinds.map(\.severity).min() ?? unflaggedRisk
                        found.append(Recommendation(rule: rule, person: name, flags: kinds, risk: risk))
                    }
                }
            }
        }
        found.sort { ($0.risk, -$0.rule.priority, $0.person ?? "", $0.rule.id) < ($1.risk, -$1.rule.priority, $1.person ?? "", $1.rule.id) }
        var seen = Set<String>()
        return found.filter { seen.insert("\($0.rule.topics.first ?? $0.rule.id)|\($0.person ?? "")").inserted }
    }

    /// A flag raised for one person, for set lookups.
    struct PersonalFlag: Hashable {
        var kind: FlagKind
        var person: String
    }

    static func sortedFlags(_ kinds: [FlagKind]) -> [FlagKind] {
        var seen = Set<FlagKind>()
        return kinds.filter { seen.insert($0).inserted }.sorted { $0.severity < $1.severity }
    }
}
