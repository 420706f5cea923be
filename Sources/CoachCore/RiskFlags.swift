import Foundation

/// Computes an account's risk flags from its data.
public enum RiskFlags {
    /// The account's flags, most urgent first.
    ///
    /// ```swift
    /// let flags = RiskFlags.compute(for: account, today: "2026-11-29", overdueDays: corpus.method.overdueDays, texts: corpus.flags)
    /// ```
    /// - Parameters:
    ///   - today: the current day as `YYYY-MM-DD` (passed in: Core has no clock).
    ///   - overdueDays: days after which an issue not yet closed is late (`method.yaml`).
    ///   - texts: what each flag says (`flags.yaml`).
    public static func compute(for account: Account, today: String, overdueDays: Int, texts: FlagTexts) -> [RiskFlag] {
        var flags: [RiskFlag] = []
        let roles = Set(account.people.map(\.role))
        for role in BuyingRole.required {
            let covered = roles.contains(role) || (role == .technical && roles.contains(.finance))
            if !covered, let kind = FlagKind.allCases.first(where: { $0.missingRole == role }) {
                flags.append(texts.flag(kind))
            }
        }
        for person in account.people where person.role == .decisionMaker && person.met == false {
            flags.append(texts.flag(.decisionMakerNotMet, person: person.name))
        }
        for person in account.people {
            if person.influence == .high, person.contact == .low || person.contact == Contact.none {
                flags.append(texts.flag(.highInfluenceLowContact, person: person.name))
            }
            if person.isNew {
                flags.append(texts.flag(.newFace, person: person.name))
            }
            if person.influence == .unknown {
                flags.append(texts.flag(.unknownInfluence, person: person.name))
            }
            if person.support == .opposed {
                flags.append(texts.flag(.opposed, person: person.name))
            }
        }
        if account.changes.reorganized == true {
            flags.append(texts.flag(.reorganized))
        }
        if let power = account.changes.purchasingPower, power == .increased || power == .decreased {
            flags.append(texts.flag(.purchasingPowerChanged, power: power))
        }
        let overdue = overdueIssues(in: account, today: today, days: overdueDays)
        if !overdue.isEmpty {
            let list = overdue.map(\.text).joined(separator: "; ")
            flags.append(texts.flag(.openIssueOverdue, values: [
                "count": LocalizedText(en: "\(overdue.count)", zhHans: "\(overdue.count)", zhHant: "\(overdue.count)"),
                "days": LocalizedText(en: VisitStatus.days(overdueDays), zhHans: "\(overdueDays)", zhHant: "\(overdueDays)"),
                "issues": LocalizedText(en: list, zhHans: list, zhHant: list),
            ]))
        }
        return flags.enumerated().sorted {
            ($0.element.kind.severity, $0.offset) < ($1.element.kind.severity, $1.offset)
        }.map(\.element)
    }

    /// Issues not yet closed that were raised more than `days` days before `today`.
    public static func overdueIssues(in account: Account, today: String, days: Int) -> [OpenIssue] {
        guard let todayNumber = DayNumber(today) else { return [] }
        return account.openIssues.filter { issue in
            guard issue.status == .open || issue.status == .inProgress,
                  let raised = issue.raised.flatMap(DayNumber.init) else { return false }
            return todayNumber.value - raised.value > days
        }
    }
}

