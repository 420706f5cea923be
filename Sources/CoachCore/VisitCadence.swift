/// How often accounts are visited, per tier and (where the method distinguishes) per account kind:
/// method data from `corpus/care/cadence.yaml`.
///
/// ```swift
/// let cadence = VisitCadence(days: [.a: 14, .b: 30, .c: 90], dueSoonDays: 3)
/// cadence.interval(for: account)   // 14 for an A-tier account
/// ```
public struct VisitCadence: Sendable, Hashable, Codable {
    /// Days between visits per tier.
    public var days: [Tier: Int]
    /// Overrides per tier and kind (a potential account of tier B may be visited more often).
    public var kindDays: [Tier: [AccountKind: Int]]
    /// A visit counts as due this many days before its due day (the agenda's look-ahead).
    public var dueSoonDays: Int

    public init(days: [Tier: Int] = [:], kindDays: [Tier: [AccountKind: Int]] = [:], dueSoonDays: Int = 3) {
        self.days = days
        self.kindDays = kindDays
        self.dueSoonDays = dueSoonDays
    }

    /// Days between visits for this account, or nil when it has no tier (or the corpus no cadence).
    public func interval(for account: Account) -> Int? {
        guard let tier = account.tier else { return nil }
        if let kind = account.kind, let days = kindDays[tier]?[kind] { return days }
        return days[tier]
    }

    /// Where the account stands on `today`, given its last visit from the journal.
    public func status(of account: Account, lastVisit: DayNumber?, today: DayNumber) -> VisitStatus? {
        guard let interval = interval(for: account), let tier = account.tier else { return nil }
        guard let lastVisit else {
            return VisitStatus(accountID: account.id, tier: tier, interval: interval, lastVisit: nil, due: today, state: .neverVisited)
        }
        let due = lastVisit.adding(days: interval)
        let state: VisitStatus.State
        if today > due {
            state = .overdue(days: today.value - due.value)
        } else if due.value - today.value <= dueSoonDays {
            state = .due
        } else {
            state = .notDue
        }
        return VisitStatus(accountID: account.id, tier: tier, interval: interval, lastVisit: lastVisit, due: due, state: state)
    }
}

/// An account's place in its visit cadence on one day.
public struct VisitStatus: Sendable, Hashable {
    public enum State: Sendable, Hashable {
        /// Next visit further away than the look-ahead.
        case notDue
        /// Due today or within the look-ahead.
        case due
        /// Past its due day by this many days.
        case overdue(days: Int)
        /// No visit in the journal: due now.
        case neverVisited
    }

    public var accountID: String
    public var tier: Tier
    public var interval: Int
    public var lastVisit: DayNumber?
    /// The day the next visit is due (today when never visited).
    public var due: DayNumber
    public var state: State

    public init(accountID: String, tier: Tier, interval: Int, lastVisit: DayNumber?, due: DayNumber, state: State) {
        self.accountID = accountID
        self.tier = tier
        self.interval = interval
        self.lastVisit = lastVisit
        self.due = due
        self.state = state
    }

    /// "1 day", "3 days".
    public static func days(_ count: Int) -> String { count == 1 ? "1 day" : "\(count) days" }

    /// Days past due, 0 when not overdue.
    public var daysOver: Int {
        if case .overdue(let days) = state { return days }
        return 0
    }

    /// The one-line briefing: last visited and next due, in the user's language.
    public func briefing(today: DayNumber) -> LocalizedText {
        let cadence = LocalizedText(
            en: "tier \(tier.rawValue): every \(interval) days",
            zhHans: "\(tier.rawValue)级：每 \(interval) 天拜访一次",
            zhHant: "\(tier.rawValue)級：每 \(interval) 天拜訪一次")
        guard let lastVisit else {
            return LocalizedText(
                en: "Never visited (\(cadence.en)): a visit is due now.",
                zhHans: "还没拜访过（\(cadence.zhHans)）：现在就该去。",
                zhHant: "還沒拜訪過（\(cadence.zhHant)）：現在就該去。")
        }
        let ago = today.value - lastVisit.value
        let last = LocalizedText(
            en: "Last visited \(lastVisit.text) (\(VisitStatus.days(ago)) ago)",
            zhHans: "上次拜访 \(lastVisit.text)（\(ago) 天前）",
            zhHant: "上次拜訪 \(lastVisit.text)（\(ago) 天前）")
        switch state {
        case .overdue(let days):
            return LocalizedText(
                en: "\(last.en); next was due \(due.text), \(VisitStatus.days(days)) overdue (\(cadence.en)).",
                zhHans: "\(last.zhHans)；下次应在 \(due.text)，已逾期 \(days) 天（\(cadence.zhHans)）。",
                zhHant: "\(last.zhHant)；下次應在 \(due.text)，已逾期 \(days) 天（\(cadence.zhHant)）。")
        default:
            return LocalizedText(
                en: "\(last.en); next due \(due.text) (\(cadence.en)).",
                zhHans: "\(last.zhHans)；下次应在 \(due.text)（\(cadence.zhHans)）。",
                zhHant: "\(last.zhHant)；下次應在 \(due.text)（\(cadence.zhHant)）。")
        }
    }

    /// The `visit-overdue` risk flag when the account is past due.
    public func flag(texts: FlagTexts) -> RiskFlag? {
        guard case .overdue(let days) = state else { return nil }
        func same(_ text: String) -> LocalizedText { LocalizedText(en: text, zhHans: text, zhHant: text) }
        return texts.flag(.visitOverdue, values: [
            "due": same(due.text), "tier": same(tier.rawValue),
            "days": LocalizedText(en: VisitStatus.days(days), zhHans: "\(days)", zhHant: "\(days)"),
        ])
    }
}
