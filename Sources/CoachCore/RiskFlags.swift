import Foundation

/// Computes an account's risk flags from its data.
public enum RiskFlags {
    /// The account's flags, most urgent first.
    ///
    /// ```swift
    /// let flags = RiskFlags.compute(for: account, today: "2026-11-29", overdueDays: corpus.method.overdueDays)
    /// ```
    /// - Parameters:
    ///   - today: the current day as `YYYY-MM-DD` (passed in: Core has no clock).
    ///   - overdueDays: days after which an issue not yet closed is late (`method.yaml`).
    public static func compute(for account: Account, today: String, overdueDays: Int) -> [RiskFlag] {
        var flags: [RiskFlag] = []
        let roles = Set(account.people.map(\.role))
        for role in BuyingRole.required {
            let covered = roles.contains(role) || (role == .technical && roles.contains(.finance))
            if !covered, let kind = FlagKind.allCases.first(where: { $0.missingRole == role }) {
                flags.append(RiskFlag(kind: kind, message: Messages.missingRole(role)))
            }
        }
        for person in account.people where person.role == .decisionMaker && person.met == false {
            flags.append(RiskFlag(kind: .decisionMakerNotMet, person: person.name, message: Messages.notMet(person)))
        }
        for person in account.people {
            if person.influence == .high, person.contact == .low || person.contact == Contact.none {
                flags.append(RiskFlag(kind: .highInfluenceLowContact, person: person.name, message: Messages.highInfluenceLowContact(person)))
            }
            if person.isNew {
                flags.append(RiskFlag(kind: .newFace, person: person.name, message: Messages.newFace(person)))
            }
            if person.influence == .unknown {
                flags.append(RiskFlag(kind: .unknownInfluence, person: person.name, message: Messages.unknownInfluence(person)))
            }
            if person.support == .opposed {
                flags.append(RiskFlag(kind: .opposed, person: person.name, message: Messages.opposed(person)))
            }
        }
        if account.changes.reorganized == true {
            flags.append(RiskFlag(kind: .reorganized, message: Messages.reorganized))
        }
        if let power = account.changes.purchasingPower, power == .increased || power == .decreased {
            flags.append(RiskFlag(kind: .purchasingPowerChanged, message: Messages.powerChanged(power)))
        }
        let overdue = overdueIssues(in: account, today: today, days: overdueDays)
        if !overdue.isEmpty {
            flags.append(RiskFlag(kind: .openIssueOverdue, message: Messages.overdue(overdue, days: overdueDays)))
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


extension RiskFlags {
    public enum Messages {
        /// The message for a flag raised by a self-check answer.
        static func answered(_ kind: FlagKind) -> LocalizedText {
            if let role = kind.missingRole {
                let name = role.label
                return LocalizedText(
                    en: "You answered that no \(name.en) is known yet. Find out who plays that role.",
                    zhHans: "你的回答是还没有\(name.zhHans)。先弄清楚是谁。",
                    zhHant: "你的回答是還沒有\(name.zhHant)。先弄清楚是誰。")
            }
            switch kind {
            case .reorganized: return reorganized
            case .purchasingPowerChanged:
                return LocalizedText(
                    en: "You answered that purchasing power has changed. Find out where the budget moved and who controls it.",
                    zhHans: "你的回答是购买力有变化。弄清楚预算怎么变、由谁掌握。",
                    zhHant: "你的回答是購買力有變化。弄清楚預算怎麼變、由誰掌握。")
            default:
                return LocalizedText(
                    en: "You answered that you do not know everyone's influence yet. Ask your coach.",
                    zhHans: "你的回答是还不清楚每个人的影响力。问问教练。",
                    zhHant: "你的回答是還不清楚每個人的影響力。問問教練。")
            }
        }

        static func missingRole(_ role: BuyingRole) -> LocalizedText {
            let name = role.label
            return LocalizedText(
                en: "No \(name.en) is identified. Find out who plays that role before the next visit.",
                zhHans: "还没找到\(name.zhHans)。下次拜访前先弄清楚是谁。",
                zhHant: "還沒找到\(name.zhHant)。下次拜訪前先弄清楚是誰。"
            )
        }

        static func notMet(_ person: Person) -> LocalizedText {
            LocalizedText(
                en: "You have not met \(person.name), the decision maker. Work through the people you can reach.",
                zhHans: "你还没见过决策者\(person.name)。先从能见到的人入手。",
                zhHant: "你還沒見過決策者\(person.name)。先從見得到的人入手。"
            )
        }

        static func highInfluenceLowContact(_ person: Person) -> LocalizedText {
            LocalizedText(
                en: "\(person.name) has high influence but little contact with us. Plan written or indirect contact.",
                zhHans: "\(person.name)影响力大，但我们接触很少。安排书面或间接的沟通。",
                zhHant: "\(person.name)影響力大，但我們接觸很少。安排書面或間接的溝通。"
            )
        }

        static func newFace(_ person: Person) -> LocalizedText {
            LocalizedText(
                en: "\(person.name) is a new face. Find out their influence on the purchase.",
                zhHans: "\(person.name)是新面孔。弄清楚他对采购的影响。",
                zhHant: "\(person.name)是新面孔。弄清楚他對採購的影響。"
            )
        }

        static func unknownInfluence(_ person: Person) -> LocalizedText {
            LocalizedText(
                en: "The influence of \(person.name) is unknown. Ask your coach how much weight their opinion carries.",
                zhHans: "\(person.name)的影响力不明。问问教练他的意见有多大分量。",
                zhHant: "\(person.name)的影響力不明。問問教練他的意見有多大分量。"
            )
        }

        static func opposed(_ person: Person) -> LocalizedText {
            LocalizedText(
                en: "\(person.name) opposes us. Find the real concern behind it before arguing.",
                zhHans: "\(person.name)反对我们。先找出背后真正的顾虑，别急着反驳。",
                zhHant: "\(person.name)反對我們。先找出背後真正的顧慮，別急著反駁。"
            )
        }

        static let reorganized = LocalizedText(
            en: "The buying organisation was reorganised. Check again who holds the final decision.",
            zhHans: "采购组织刚调整过。重新确认最终拍板的是谁。",
            zhHant: "採購組織剛調整過。重新確認最終拍板的是誰。"
        )

        static func powerChanged(_ change: PowerChange) -> LocalizedText {
            change == .increased
                ? LocalizedText(
                    en: "Purchasing power has increased. Find out where the new budget goes and who controls it.",
                    zhHans: "购买力上升了。弄清楚新增预算投向哪里、由谁掌握。",
                    zhHant: "購買力上升了。弄清楚新增預算投向哪裡、由誰掌握。")
                : LocalizedText(
                    en: "Purchasing power has decreased. Find out what is cut and who decides what stays.",
                    zhHans: "购买力下降了。弄清楚砍掉了什么、由谁决定保留哪些。",
                    zhHant: "購買力下降了。弄清楚砍掉了什麼、由誰決定保留哪些。")
        }

        static func overdue(_ issues: [OpenIssue], days: Int) -> LocalizedText {
            let list = issues.map(\.text).joined(separator: "; ")
            return LocalizedText(
                en: "\(issues.count) customer issue(s) open for over \(days) days: \(list). Push the department and tell the customer where it stands.",
                zhHans: "有\(issues.count)个客户问题超过\(days)天未结：\(list)。催促相关部门，并告诉客户进展。",
                zhHant: "有\(issues.count)個客戶問題超過\(days)天未結：\(list)。催促相關部門，並告訴客戶進度。"
            )
        }
    }
}
