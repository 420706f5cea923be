public import CoachCore
public import CoachStore
import Foundation

/// The care routine in the monthly and quarterly report: the period's birthdays and whether each
/// was handled, and the accounts overdue for a visit by tier.
///
/// How it is counted (`who` keeps the accounts that salesperson owns, and their visit logs):
/// - birthdays: every birthday of the accounts' people that falls in the period (lunar ones on the
///   solar day they fall on that year, the rules of `coach care birthdays`);
/// - handled: a visit log of that account dated on the birthday that names the person among the
///   people met (the method: a call on the day itself, a visit where appropriate; log the call);
/// - overdue by tier: on the report's as-of day, accounts whose last visit on or before that day
///   is further back than the tier's interval in `corpus/care/cadence.yaml`; never visited ones
///   are counted apart.
public struct CareReport: Sendable, Codable, Hashable {
    /// One birthday of the period.
    public struct BirthdayLine: Sendable, Codable, Hashable {
        public var account: String
        public var accountName: String
        public var person: String
        /// The solar day it fell on, `YYYY-MM-DD`.
        public var date: String
        /// `solar` or `lunar`.
        public var calendar: String
        /// The visit log (its number) that shows it handled, if any.
        public var handledBy: Int?
        public var handled: Bool { handledBy != nil }
    }

    /// An account past its visit's due day (or never visited) on the as-of day.
    public struct OverdueAccount: Sendable, Codable, Hashable {
        public var account: String
        public var name: String
        public var owner: String?
        public var lastVisit: String?
        /// The day the visit was due; nil when never visited.
        public var due: String?
        public var daysOverdue: Int?
    }

    /// The accounts of one tier.
    public struct TierLine: Sendable, Codable, Hashable {
        public var tier: String
        /// Days between visits (the tier's default; some kinds have their own).
        public var interval: Int?
        public var accounts: Int
        public var overdue: [OverdueAccount]
        public var neverVisited: [OverdueAccount]
    }

    public var birthdays: [BirthdayLine]
    public var tiers: [TierLine]

    public var birthdaysHandled: Int { birthdays.filter(\.handled).count }
}

extension CareReport {
    /// Counts the care part of a report over `days`, judged on `asOf`.
    ///
    /// - Parameters:
    ///   - logs: the period's visit logs (of `who`, when given).
    static func build(
        database: CoachDatabase, days: DayRange, who: String?, asOf: DayNumber, logs: [VisitSummary], care: CareData
    ) throws(StoreError) -> CareReport {
        var accounts: [Account] = []
        for summary in try database.accounts() where who == nil || summary.owner == who {
            if let account = try database.account(id: summary.id) { accounts.append(account) }
        }
        let calendar = ChineseCalendar()
        let birthdays = BirthdayEntry.entries(accounts: accounts, in: days, calendar: calendar).map { entry in
            let day = entry.occurrence.day.text
            let log = logs.first { $0.accountID == entry.accountID && $0.visitDate == day && $0.peopleMet.contains(entry.person) }
            return BirthdayLine(
                account: entry.accountID, accountName: entry.accountName, person: entry.person, date: day,
                calendar: entry.birthday.calendar.rawValue, handledBy: log?.number)
        }

        let lastVisits = try database.lastVisitDays(onOrBefore: asOf)
        var tiers: [TierLine] = []
        for tier in Tier.allCases {
            let ofTier = accounts.filter { $0.tier == tier }
            guard !ofTier.isEmpty else { continue }
            var overdue: [OverdueAccount] = [], never: [OverdueAccount] = []
            for account in ofTier {
                guard let status = care.cadence.status(of: account, lastVisit: lastVisits[account.id], today: asOf) else { continue }
                switch status.state {
                case .overdue(let over):
                    overdue.append(OverdueAccount(
                        account: account.id, name: account.name, owner: account.owner, lastVisit: status.lastVisit?.text,
                        due: status.due.text, daysOverdue: over))
                case .neverVisited:
                    never.append(OverdueAccount(account: account.id, name: account.name, owner: account.owner, lastVisit: nil, due: nil, daysOverdue: nil))
                case .due, .notDue:
                    continue
                }
            }
            overdue.sort { ($1.daysOverdue ?? 0, $0.account) < ($0.daysOverdue ?? 0, $1.account) }
            tiers.append(TierLine(tier: tier.rawValue, interval: care.cadence.days[tier], accounts: ofTier.count, overdue: overdue, neverVisited: never))
        }
        return CareReport(birthdays: birthdays, tiers: tiers)
    }
}

extension JournalReport {
    /// One table of the report, for every format.
    struct Table {
        var title: LocalizedText
        var header: [String]
        var rows: [[String]]
        var numeric: Set<Int>
    }

    /// The care part's summary lines: birthdays handled, and visits overdue per tier.
    func careSummaryLines(language: Language) -> [String] {
        guard let care else { return [] }
        let english = language == .en
        let tiers = care.tiers.map { line in
            ReportText.tierOverdue(line.tier, overdue: line.overdue.count, never: line.neverVisited.count, of: line.accounts)[language]
        }
        return [
            ReportText.careSummary(handled: care.birthdaysHandled, of: care.birthdays.count)[language],
            ReportText.overdueByTier[language] + (english ? ": " : "：") + (tiers.isEmpty ? "-" : tiers.joined(separator: english ? "; " : "；")),
        ]
    }

    /// The care part's tables: the period's birthdays, and the accounts overdue by tier.
    func careTables(language: Language) -> [Table] {
        guard let care else { return [] }
        let t = { (text: LocalizedText) in text[language] }
        let birthdays = Table(
            title: ReportText.birthdays,
            header: [t(ReportText.day), t(ReportText.person), t(ReportText.account), t(ReportText.id), t(ReportText.calendar), t(ReportText.handledBy)],
            rows: care.birthdays.map {
                [$0.date, $0.person, $0.accountName, $0.account, ReportText.calendarName($0.calendar)[language],
                 $0.handledBy.map { t(ReportText.logNumber($0)) } ?? t(ReportText.notHandled)]
            },
            numeric: [])
        var rows: [[String]] = []
        for line in care.tiers {
            for account in line.overdue {
                rows.append([line.tier, account.name, account.account, account.owner ?? "-", account.lastVisit ?? "-", account.due ?? "-", account.daysOverdue.map(String.init) ?? "-"])
            }
            for account in line.neverVisited {
                rows.append([line.tier, account.name, account.account, account.owner ?? "-", t(ReportText.never), "-", "-"])
            }
        }
        let overdue = Table(
            title: ReportText.overdueByTier,
            header: [t(ReportText.tier), t(ReportText.account), t(ReportText.id), t(ReportText.owner), t(ReportText.lastVisit), t(ReportText.deadline), t(ReportText.daysOverdue)],
            rows: rows, numeric: [6])
        return [birthdays, overdue]
    }

    /// The care part as CSV rows: `birthday` (item: day and person; value 1 when handled, else 0),
    /// `birthdays-handled` (value: handled/total), `visit-overdue` (value: days overdue; never
    /// visited: `never`), `tier-overdue` (item: tier; value: overdue/accounts).
    func careCSVRows() -> [[String]] {
        guard let care else { return [] }
        var rows: [[String]] = []
        for birthday in care.birthdays {
            rows.append(["birthday", birthday.account, who ?? "", "\(birthday.date) \(birthday.person) (\(birthday.calendar))", birthday.handled ? "1" : "0"])
        }
        rows.append(["birthdays-handled", "", who ?? "", "", "\(care.birthdaysHandled)/\(care.birthdays.count)"])
        for line in care.tiers {
            for account in line.overdue {
                rows.append(["visit-overdue", account.account, account.owner ?? "", "tier \(line.tier); last \(account.lastVisit ?? "-"); due \(account.due ?? "-")", account.daysOverdue.map(String.init) ?? ""])
            }
            for account in line.neverVisited {
                rows.append(["visit-overdue", account.account, account.owner ?? "", "tier \(line.tier); never visited", "never"])
            }
            rows.append(["tier-overdue", "", who ?? "", line.tier, "\(line.overdue.count + line.neverVisited.count)/\(line.accounts)"])
        }
        return rows
    }
}

extension ReportText {
    static let birthdays = l("Birthdays in the period and whether each was handled", "本期客户生日及关怀情况", "本期客戶生日及關懷情況")
    static let overdueByTier = l("Visits overdue by tier", "各级客户拜访逾期", "各級客戶拜訪逾期")
    static let person = l("Person", "人员", "人員")
    static let calendar = l("Calendar", "历法", "曆法")
    static let handledBy = l("Handled (log on the day naming them)", "已关怀（当天的拜访记录）", "已關懷（當天的走訪記錄）")
    static let notHandled = l("not logged", "未记录", "未記錄")
    static let tier = l("Tier", "级别", "級別")
    static let lastVisit = l("Last visit", "上次拜访", "上次拜訪")
    static let never = l("never", "从未", "從未")

    static func logNumber(_ number: Int) -> LocalizedText {
        l("log #\(number)", "记录 #\(number)", "記錄 #\(number)")
    }

    static func calendarName(_ raw: String) -> LocalizedText {
        raw == "lunar" ? l("lunar", "农历", "農曆") : l("solar", "公历", "公曆")
    }

    static func careSummary(handled: Int, of total: Int) -> LocalizedText {
        l("Birthdays handled: \(handled) of \(total)", "生日关怀：\(total) 位中已记录 \(handled) 位", "生日關懷：\(total) 位中已記錄 \(handled) 位")
    }

    static func tierOverdue(_ tier: String, overdue: Int, never: Int, of accounts: Int) -> LocalizedText {
        let neverEn = never > 0 ? " + \(never) never visited" : ""
        let neverZhs = never > 0 ? "，另 \(never) 家从未拜访" : ""
        let neverZht = never > 0 ? "，另 \(never) 家從未拜訪" : ""
        return l("\(tier) \(overdue) of \(accounts)\(neverEn)", "\(tier)级 \(accounts) 家中逾期 \(overdue) 家\(neverZhs)", "\(tier)級 \(accounts) 家中逾期 \(overdue) 家\(neverZht)")
    }
}
