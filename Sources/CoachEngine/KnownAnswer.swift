import CoachCore

/// What the account file already tells about a sub-question.
enum KnownAnswer {
    /// The known value, and whether the corpus's `known-text` applies to it (it is phrased for the
    /// case where the file says yes, or names people).
    static func value(_ known: SelfCheckQuestion.Known, account: Account, flags: [RiskFlag]) -> (value: PrepAnswer.Value?, applies: Bool) {
        switch known {
        case .allRolesIdentified:
            let complete = !flags.contains { $0.kind.missingRole != nil } && !account.people.contains { $0.role == .unknown }
            return (complete ? .yes : .no, complete)
        case .unmetBuyers:
            return people(account.people.filter { $0.met == false && $0.role != .unknown })
        case .coach:
            return people(account.people(in: .coach))
        case .purchasingPowerChanged:
            switch account.changes.purchasingPower {
            case .increased?, .decreased?: return (.yes, true)
            case .unchanged?: return (.no, false)
            default: return (nil, false)
            }
        case .newFaces:
            return people(account.people.filter(\.isNew))
        case .reorganized:
            switch account.changes.reorganized {
            case true?: return (.yes, true)
            case false?: return (.no, false)
            default: return (nil, false)
            }
        case .decisionMakers:
            return people(account.people(in: .decisionMaker))
        case .unknownInfluence:
            let unknown = account.people.filter { $0.influence == .unknown }
            return (unknown.isEmpty ? .yes : .no, !unknown.isEmpty)
        }
    }

    static func people(_ people: [Person]) -> (value: PrepAnswer.Value?, applies: Bool) {
        (.people(people.map(\.name)), !people.isEmpty)
    }

    /// The names a known value lists, for `{people}`.
    static func names(_ value: PrepAnswer.Value?, account: Account, known: SelfCheckQuestion.Known) -> [String] {
        if case .people(let names)? = value { return names }
        if known == .unknownInfluence { return account.people.filter { $0.influence == .unknown }.map(\.name) }
        return []
    }
}
