/// A structured condition on account data (one item of a rule's or template's `when:` list).
///
/// Inside one condition every part present must hold; a `when:` list matches when any item does.
public struct Condition: Sendable, Hashable, Codable {
    /// Some person of the account matches; the rule is then about those people.
    public var person: PersonCondition?
    /// The account as a whole matches.
    public var account: AccountCondition?
    /// Any of these flags is raised (by the account data or by self-check answers).
    public var flags: Set<FlagKind>?
    /// Applies to every account.
    public var always: Bool

    public init(person: PersonCondition? = nil, account: AccountCondition? = nil, flags: Set<FlagKind>? = nil, always: Bool = false) {
        self.person = person
        self.account = account
        self.flags = flags
        self.always = always
    }

    public static func person(_ condition: PersonCondition) -> Condition { Condition(person: condition) }
    public static func account(_ condition: AccountCondition) -> Condition { Condition(account: condition) }
    public static func flag(_ kind: FlagKind) -> Condition { Condition(flags: [kind]) }
    public static let always = Condition(always: true)

    /// Whether the condition needs a person to be filled in (a person part or a person flag).
    public var isPersonal: Bool {
        person != nil || (flags?.contains { $0.isPersonal || $0 == .decisionMakerNotMet } ?? false)
    }

    /// The people this item matches (nil when it does not match at all; empty when it is about the account).
    public func match(on account: Account, flags raised: [RiskFlag]) -> (people: [String], flags: [FlagKind])? {
        if always { return ([], []) }
        if let constraint = self.account, !constraint.matches(account) { return nil }
        var people: [String]? = nil
        var kinds: [FlagKind] = []
        if let flags {
            let hits = raised.filter { flags.contains($0.kind) }
            guard !hits.isEmpty else { return nil }
            kinds = hits.map(\.kind)
            let named = hits.compactMap { $0.kind.isPersonal || $0.kind == .decisionMakerNotMet ? $0.person : nil }
            if !named.isEmpty { people = named }
        }
        if let constraint = person {
            let matching = account.people.filter(constraint.matches).map(\.name)
            let chosen = people.map { named in matching.filter(Set(named).contains) } ?? matching
            guard !chosen.isEmpty else { return nil }
            people = chosen
        }
        return (people ?? [], kinds)
    }
}

/// Constraints on one person; `nil` means "any". Each set means "any of these".
public struct PersonCondition: Sendable, Hashable, Codable {
    public var role: Set<BuyingRole>?
    public var influence: Set<Level>?
    public var support: Set<Support>?
    public var contact: Set<Contact>?
    public var met: Bool?
    public var isNew: Bool?
    public var personality: Set<Personality>?

    public init(
        role: Set<BuyingRole>? = nil, influence: Set<Level>? = nil, support: Set<Support>? = nil,
        contact: Set<Contact>? = nil, met: Bool? = nil, isNew: Bool? = nil, personality: Set<Personality>? = nil
    ) {
        self.role = role
        self.influence = influence
        self.support = support
        self.contact = contact
        self.met = met
        self.isNew = isNew
        self.personality = personality
    }

    /// Whether the person satisfies every constraint. An unknown contact counts as `none`.
    public func matches(_ person: Person) -> Bool {
        if let role, !role.contains(person.role) { return false }
        if let influence, !influence.contains(person.influence) { return false }
        if let support, !support.contains(person.support) { return false }
        if let contact, !contact.contains(person.contact ?? .none) { return false }
        if let met, (person.met ?? false) != met { return false }
        if let isNew, person.isNew != isNew { return false }
        if let personality, !personality.contains(person.personality) { return false }
        return true
    }
}

/// Constraints on the account as a whole.
public struct AccountCondition: Sendable, Hashable, Codable {
    public var tier: Set<Tier>?
    public var kind: Set<AccountKind>?
    public var stage: Set<Stage>?
    public var reorganized: Bool?
    public var purchasingPower: Set<PowerChange>?
    public var openIssues: Bool?

    public init(
        tier: Set<Tier>? = nil, kind: Set<AccountKind>? = nil, stage: Set<Stage>? = nil, reorganized: Bool? = nil,
        purchasingPower: Set<PowerChange>? = nil, openIssues: Bool? = nil
    ) {
        self.tier = tier
        self.kind = kind
        self.stage = stage
        self.reorganized = reorganized
        self.purchasingPower = purchasingPower
        self.openIssues = openIssues
    }

    public func matches(_ account: Account) -> Bool {
        if let tier, !(account.tier.map(tier.contains) ?? false) { return false }
        if let kind, !(account.kind.map(kind.contains) ?? false) { return false }
        if let stage, !(account.stage.map(stage.contains) ?? false) { return false }
        if let reorganized, (account.changes.reorganized ?? false) != reorganized { return false }
        if let purchasingPower, !purchasingPower.contains(account.changes.purchasingPower ?? .unknown) { return false }
        if let openIssues, account.openIssues.contains(where: { !$0.status.isClosed }) != openIssues { return false }
        return true
    }
}

/// What a `when:` list matched on an account: the account as a whole, or specific people.
public struct ConditionMatch: Sendable, Hashable {
    /// People the match is about, in account order; empty when it is about the account.
    public var people: [String]
    /// The flags that triggered the match, for ordering by risk.
    public var flags: [FlagKind]
    /// Whether some item matched at all.
    public var matched: Bool

    public static let none = ConditionMatch(people: [], flags: [], matched: false)
}

extension Array where Element == Condition {
    /// Evaluates a `when:` list against an account and its flags (including those raised by answers).
    ///
    /// - Complexity: O(conditions × people).
    public func evaluate(on account: Account, flags: [RiskFlag]) -> ConditionMatch {
        var people: [String] = []
        var flagKinds: [FlagKind] = []
        var matched = false
        for condition in self {
            guard let hit = condition.match(on: account, flags: flags) else { continue }
            matched = true
            people += hit.people
            flagKinds += hit.flags
        }
        var seen = Set<String>()
        let ordered = account.people.map(\.name).filter { people.contains($0) && seen.insert($0).inserted }
        return ConditionMatch(people: ordered, flags: flagKinds, matched: matched)
    }
}
