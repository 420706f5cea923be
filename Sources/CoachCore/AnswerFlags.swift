/// Flags raised by self-check answers, added to those the account file raises.
public enum AnswerFlags {
    /// The flags the answers raise: a question's `raises:` on the matching answer, and what person
    /// answers name (an unmet decision maker, new faces).
    public static func raised(by answers: [PrepAnswer], selfChecks: [SelfCheck], account: Account) -> [RiskFlag] {
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
                flags.append(RiskFlag(kind: kind, message: RiskFlags.Messages.answered(kind)))
            }
            guard case .people(let names) = answer.value else { continue }
            for name in names {
                guard let person = account.person(named: name) else { continue }
                switch question.known {
                case .unmetBuyers where person.role == .decisionMaker:
                    flags.append(RiskFlag(kind: .decisionMakerNotMet, person: name, message: RiskFlags.Messages.notMet(person)))
                case .newFaces:
                    flags.append(RiskFlag(kind: .newFace, person: name, message: RiskFlags.Messages.newFace(person)))
                default:
                    break
                }
            }
        }
        return flags
    }

    /// The account's flags followed by those the answers add (no id twice).
    public static func combined(account: [RiskFlag], answers: [RiskFlag]) -> [RiskFlag] {
        var seen = Set(account.map(\.id))
        return account + answers.filter { seen.insert($0.id).inserted }
    }
}
