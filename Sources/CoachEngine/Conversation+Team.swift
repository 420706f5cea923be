import CoachCore

extension Conversation {
    /// At `/open`, `/prep` and `/log`: colleagues' recent visits to the account ("陳經理 visited
    /// 王建國 on 11-20 (log #12)") and their open follow-ups on it; nothing without a team.
    func teamNotes(accountID: String) -> [Output] {
        guard let team = environment.journal as? any TeamJournalSource,
              let activity = team.teamActivity(accountID: accountID, salesperson: environment.salesperson),
              !activity.isEmpty else { return [] }
        var outputs: [Output] = []
        for visit in activity.visits {
            outputs.append(.text(TeamText.visited(visit)[language], .warning))
        }
        for (owner, followUp) in activity.followUps {
            outputs.append(.text(TeamText.openFollowUp(owner: owner, followUp)[language]))
        }
        return outputs
    }

    /// At `/open`: the one line saying a sync proposed a merged version of the account.
    func mergeNote(accountID: String) -> [Output] {
        guard let team = environment.journal as? any TeamJournalSource,
              let colleague = team.mergeProposedWith(accountID: accountID) else { return [] }
        return [.text(TeamText.mergeProposed(colleague: colleague, accountID: accountID)[language], .warning)]
    }
}

/// The team lines of the conversation, in three languages.
enum TeamText {
    /// `11-20` from `2026-11-20`.
    static func monthDay(_ day: String) -> String { day.count == 10 ? String(day.dropFirst(5)) : day }

    static func visited(_ visit: TeamActivity.Visit) -> LocalizedText {
        let day = monthDay(visit.visitDate)
        let met = visit.peopleMet.joined(separator: "、")
        if met.isEmpty {
            return LocalizedText(
                en: "\(visit.visitor) visited this account on \(day) (log #\(visit.logNumber)).",
                zhHans: "\(visit.visitor) \(day) 拜访过这个客户（记录 #\(visit.logNumber)）。",
                zhHant: "\(visit.visitor) \(day) 走訪過這個客戶（記錄 #\(visit.logNumber)）。")
        }
        return LocalizedText(
            en: "\(visit.visitor) visited \(met) on \(day) (log #\(visit.logNumber)).",
            zhHans: "\(visit.visitor) \(day) 拜访了 \(met)（记录 #\(visit.logNumber)）。",
            zhHant: "\(visit.visitor) \(day) 走訪了 \(met)（記錄 #\(visit.logNumber)）。")
    }

    static func mergeProposed(colleague: String, accountID: String) -> LocalizedText {
        LocalizedText(
            en: "\(colleague) and you both changed \(accountID): a merged version is proposed — coach account merge \(accountID) to review",
            zhHans: "\(colleague) 和你都修改了 \(accountID)：已建议一个合并版本 — 用 coach account merge \(accountID) 查看",
            zhHant: "\(colleague) 和你都修改了 \(accountID)：已建議一個合併版本 — 用 coach account merge \(accountID) 查看")
    }

    static func openFollowUp(owner: String, _ followUp: FollowUp) -> LocalizedText {
        let due = followUp.due.map(monthDay)
        return LocalizedText(
            en: "\(owner)'s open follow-up #\(followUp.number): \(followUp.text)" + (due.map { " (due \($0))" } ?? ""),
            zhHans: "\(owner) 的未结跟进事项 #\(followUp.number)：\(followUp.text)" + (due.map { "（截止 \($0)）" } ?? ""),
            zhHant: "\(owner) 的未結追蹤事項 #\(followUp.number)：\(followUp.text)" + (due.map { "（期限 \($0)）" } ?? ""))
    }
}
