/// Flags raised by self-check answers, added to those the account file raises.
public enum AnswerFlags {
    /// The flags the answers raise: a question's `raises:` on the matching answer, and what person
    /// answers name (an unmet decision maker, new faces).
    public static func raised(by answers: [PrepAnswer], selfChecks: [SelfCheck], account: Account, texts: FlagTexts) -> [RiskFlag] {
        let questions = Dictionary(selfChecks.flatMap(\.questions).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var flags: [RiskFlag] = []
        for answer in answers {
            guard let question = questions[answer.questionID] else { continue }
            let trigger: SelfCheckQuestion.Trigger?
            switch answer.value {
            case .yes: trigger = .yes
            case .no: trigger = .no
            case .unsure: trigger = .unsure
            case .people(let names) where names.isEmpty: trigger = SelfCheckQuestion.Trigger.none
            default: trigger = nil
            }
            if let trigger, let kind = question.raises[trigger] {
                flags.append(texts.flag(kind, answered: true))
            }
            guard case .people(let names) = answer.value else { continue }
            for name in names {
                guard let person = account.person(named: name) else {
                    // Someone new the file does not have yet is a new face too.
                    if question.known == .newFaces {
                        flags.append(texts.flag(.newFace, person: name))
                    }
                    continue
                }
                switch question.known {
                case .unmetBuyers where person.role == .decisionMaker:
                    flags.append(texts.flag(.decisionMakerNotMet, person: name))
                case .newFaces:
                    flags.append(texts.flag(.newFace, person: name))
                default:
                    break
                }
            }
        }
        return flags
    }

    /// The ids of the account's flags that answers clear: the opposite of the answer that would
    /// raise it (a coach named after all, "no" to a reorganisation), and an unmet decision maker
    /// the salesperson no longer lists as unmet.
    public static func cleared(by answers: [PrepAnswer], selfChecks: [SelfCheck], account: Account, flags: [RiskFlag]) -> Set<String> {
        let questions = Dictionary(selfChecks.flatMap(\.questions).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var cleared = Set<String>()
        for answer in answers {
            guard let question = questions[answer.questionID] else { continue }
            var kinds: [FlagKind] = []
            switch answer.value {
            case .yes: kinds = [question.raises[.no]].compactMap { $0 }
            case .no: kinds = [question.raises[.yes]].compactMap { $0 }
            case .people(let names) where !names.isEmpty: kinds = [question.raises[.none]].compactMap { $0 }
            default: break
            }
            for kind in kinds { cleared.formUnion(flags.filter { $0.kind == kind }.map(\.id)) }
            if question.known == .unmetBuyers, case .people(let names) = answer.value {
                cleared.formUnion(flags.filter { $0.kind == .decisionMakerNotMet && !names.contains($0.person ?? "") }.map(\.id))
            }
        }
        return cleared
    }

    /// The account's flags followed by those the answers add (no id twice).
    public static func combined(account: [RiskFlag], answers: [RiskFlag]) -> [RiskFlag] {
        var seen = Set(account.map(\.id))
        return account + answers.filter { seen.insert($0.id).inserted }
    }
}
