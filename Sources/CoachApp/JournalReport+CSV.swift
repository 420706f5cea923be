import CoachCore
extension JournalReport {
    /// The report's figures as CSV, one row per figure: `section,account,salesperson,item,value`.
    ///
    /// Sections: `visits` (one row per account and salesperson), `not-visited`, `issues` (items
    /// `raised`, `resolved`, `customer-informed`, `avg-days-to-resolve`, `avg-days-to-inform`),
    /// `handled`, `overdue` (value: days overdue), `open-risks` (value: number of flags),
    /// `overlap` (salesperson: the two, `;` between; value: overlapping visits), `self-check-risk`, `verification` (items `logs`, `logs-verified`, `sessions`,
    /// `sessions-verified`, `edited-after-verification`), and the care rows (`careCSVRows`).
    public func csv() -> String {
        var rows: [[String]] = [["section", "account", "salesperson", "item", "value"]]
        rows.append(["period", "", who ?? "", "\(first)..\(last)", period])
        for visit in visits { rows.append(["visits", visit.account, visit.salesperson, visit.accountName, String(visit.count)]) }
        rows.append(["visits-total", "", who ?? "", "", String(totalVisits)])
        for account in notVisited { rows.append(["not-visited", account.account, account.owner ?? "", account.name, ""]) }
        rows.append(["issues", "", who ?? "", "raised", String(issues.raised)])
        rows.append(["issues", "", who ?? "", "resolved", String(issues.resolved)])
        rows.append(["issues", "", who ?? "", "customer-informed", String(issues.customerInformed)])
        rows.append(["issues", "", who ?? "", "avg-days-to-resolve", Self.days(issues.averageDaysToResolve)])
        rows.append(["issues", "", who ?? "", "avg-days-to-inform", Self.days(issues.averageDaysToInform)])
        for item in handled {
            let detail = "#\(item.number) \(item.text); resolved \(item.resolved ?? "-"); informed \(item.customerInformed ?? "-")"
            rows.append(["handled", item.account, item.owner, detail, item.daysToInform.map(String.init) ?? item.daysToResolve.map(String.init) ?? ""])
        }
        for item in overdue {
            rows.append(["overdue", item.account, item.owner, "#\(item.number) \(item.text) (due \(item.deadline), \(item.status.rawValue))", String(item.daysOverdue)])
        }
        for overlap in overlaps {
            let people = overlap.people.isEmpty ? "" : "; met both: " + overlap.people.joined(separator: "; ")
            rows.append(["overlap", overlap.account, overlap.salespeople.joined(separator: "; "),
                         "\(overlap.first)..\(overlap.last) within \(overlapDays) days\(people)", String(overlap.visits)])
        }
        for risk in openRisks { rows.append(["open-risks", risk.account, "", risk.flags.joined(separator: "; "), String(risk.flags.count)]) }
        for risk in selfCheckRisks {
            var parts: [String] = []
            if !risk.buyersNotMet.isEmpty { parts.append("buyers not met: " + risk.buyersNotMet.joined(separator: "; ")) }
            if risk.noCoach { parts.append("no coach") }
            rows.append(["self-check-risk", risk.account, risk.salesperson, "session \(risk.session) \(risk.day): " + parts.joined(separator: "; "), ""])
        }
        rows += careCSVRows()
        rows.append(["verification", "", who ?? "", "logs", String(verification.logs)])
        rows.append(["verification", "", who ?? "", "logs-verified", String(verification.logsVerified)])
        rows.append(["verification", "", who ?? "", "sessions", String(verification.sessions)])
        rows.append(["verification", "", who ?? "", "sessions-verified", String(verification.sessionsVerified)])
        rows.append(["verification", "", who ?? "", "edited-after-verification", String(verification.editedAfterVerification)])
        return rows.map { $0.map(CSVField.escape).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }
}
