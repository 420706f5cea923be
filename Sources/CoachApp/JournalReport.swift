public import CoachCore
public import CoachStore
public import Foundation

/// The monthly or quarterly report to leadership: visits, accounts not visited, customers' issues
/// and how fast they were handled, overdue follow-ups, open risks, risky self-check answers and
/// the manager's verification.
///
/// How each figure is counted (a salesperson filter, `who`, applies to every part):
/// - visits: visit logs whose visit date is in the period, by account and visitor;
/// - accounts not visited: accounts (owned by `who`, when given) with no visit in the period;
/// - issues raised: follow-ups raised in the period; resolved / customer informed: follow-ups
///   that first reached that status on a day in the period, with the days it took since raised;
/// - overdue: follow-ups not closed at the end of the period (or today, if earlier) whose due date
///   (else 30 days after being raised) had passed;
/// - open risks: accounts whose current file still raises risk flags (`RiskFlags.compute`), with
///   the flags of this period's coaching sessions that are still open;
/// - self-check risks: this period's sessions whose answers name buyers not met or no coach;
/// - verification: logs and sessions of the period that a manager verified.
///
/// ```swift
/// let report = try JournalReport.build(database: store, days: DayRange.parse("2026-11", today: today)!,
///                                      who: nil, today: today, selfChecks: corpus.selfChecks)
/// print(JournalReport.Markdown(report: report, language: .zhHant).text)
/// ```
public struct JournalReport: Sendable, Codable {
    /// Visits to one account by one salesperson.
    public struct Visits: Sendable, Codable, Hashable {
        public var account: String
        public var accountName: String
        public var salesperson: String
        public var count: Int
    }

    /// An account named in the report.
    public struct AccountLine: Sendable, Codable, Hashable {
        public var account: String
        public var name: String
        public var owner: String?
    }

    /// Issues raised and handled in the period.
    public struct Issues: Sendable, Codable, Hashable {
        public var raised: Int
        public var resolved: Int
        public var customerInformed: Int
        /// Mean days from raised to resolved, for those resolved in the period (to one decimal,
        /// halves rounded away from zero).
        public var averageDaysToResolve: Double?
        /// Mean days from raised to the customer being informed, for those informed in the period.
        public var averageDaysToInform: Double?
    }

    /// One issue handled (resolved or customer informed) in the period.
    public struct Handled: Sendable, Codable, Hashable {
        public var number: Int
        public var account: String
        public var owner: String
        public var text: String
        public var raised: String
        public var resolved: String?
        public var customerInformed: String?
        public var daysToResolve: Int?
        public var daysToInform: Int?
    }

    /// A follow-up overdue at the end of the period.
    public struct Overdue: Sendable, Codable, Hashable {
        public var number: Int
        public var account: String
        public var owner: String
        public var department: String?
        public var text: String
        public var deadline: String
        public var daysOverdue: Int
        public var status: IssueStatus
    }

    /// An account whose risk flags are still open.
    public struct OpenRisk: Sendable, Codable, Hashable {
        public var account: String
        public var name: String
        /// The ids of the flags the account file raises now, most urgent first.
        public var flags: [String]
        /// Flags this period's coaching sessions raised that are still open.
        public var fromSessions: [String]
    }

    /// A coaching session whose self-check answers show risk.
    public struct SelfCheckRisk: Sendable, Codable, Hashable {
        public var session: Int
        public var key: String
        public var account: String
        public var salesperson: String
        public var day: String
        /// Buyers the salesperson said were not met yet.
        public var buyersNotMet: [String]
        /// Whether the answers said there is no coach.
        public var noCoach: Bool
    }

    /// Verification of the period's logs and sessions.
    public struct VerificationStatus: Sendable, Codable, Hashable {
        public var logs: Int
        public var logsVerified: Int
        public var sessions: Int
        public var sessionsVerified: Int
        /// Verified logs edited since (their verified version is kept).
        public var editedAfterVerification: Int
        /// The entries not verified yet: `log 3`, `session 2`.
        public var unverified: [String]
    }

    /// `monthly` or `quarterly`.
    public var kind: String
    /// `2026-11` or `2026-Q4`.
    public var period: String
    public var first: String
    public var last: String
    public var who: String?
    /// The day overdue follow-ups and open risks are judged on.
    public var asOf: String
    /// The day the report was made: the manager's verification is counted as of this day.
    public var generated: String = ""
    public var visits: [Visits]
    public var totalVisits: Int
    public var notVisited: [AccountLine]
    public var issues: Issues
    public var handled: [Handled]
    public var overdue: [Overdue]
    public var openRisks: [OpenRisk]
    public var selfCheckRisks: [SelfCheckRisk]
    public var verification: VerificationStatus
    /// Two salespeople at one account within `overlapDays` of each other.
    public var overlaps: [Overlap] = []
    /// The method's overlap window (`method.yaml` `overlap-days`).
    public var overlapDays = MethodSettings.defaultOverlapDays
    /// Birthdays handled and accounts overdue by tier (JournalReport+Care.swift); nil when the
    /// corpus has no care data.
    public var care: CareReport? = nil

    /// Visits per salesperson, most first.
    public var visitsBySalesperson: [(salesperson: String, count: Int)] {
        Dictionary(grouping: visits, by: \.salesperson).map { ($0.key, $0.value.map(\.count).reduce(0, +)) }
            .sorted { ($1.1, $0.0) < ($0.1, $1.0) }
    }

    /// Visits per account, most first.
    public var visitsByAccount: [(account: String, name: String, count: Int)] {
        Dictionary(grouping: visits, by: \.account).map { ($0.key, $0.value.first?.accountName ?? $0.key, $0.value.map(\.count).reduce(0, +)) }
            .sorted { ($1.2, $0.0) < ($0.2, $1.0) }
    }
}

extension JournalReport {
    /// Counts the report from the store.
    ///
    /// - Parameters:
    ///   - kind: `monthly` or `quarterly`, for the heading.
    ///   - days: the period.
    ///   - who: one salesperson, or everyone.
    ///   - today: overdue and open risks are judged on the period's last day, or today if earlier.
    ///   - selfChecks: the corpus's self-checks, to find the answers about unmet buyers and coaches.
    ///   - care: the corpus's care data, for birthdays handled and visits overdue by tier.
    ///   - overlapDays, overdueDays: the method's figures (`method.yaml`).
    public static func build(
        database: CoachDatabase, kind: String = "monthly", days: DayRange, who: String?, today: DayNumber,
        selfChecks: [SelfCheck], care: CareData? = nil, timeZone: TimeZone = .current,
        overlapDays: Int = MethodSettings.defaultOverlapDays, overdueDays: Int = MethodSettings.defaultOverdueDays
    ) throws(StoreError) -> JournalReport {
        let asOf = min(today, days.last)
        let accounts = try database.accounts()
        let names = Dictionary(accounts.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })

        // Visits: who visited which account and whom they met, read in SQL (no content decoded).
        let logs = try database.visitSummaries(JournalQuery(visitor: who, days: days))
        var counts: [String: Int] = [:]
        for log in logs { counts["\(log.accountID)\u{0}\(log.visitor)", default: 0] += 1 }
        let visits = counts.map { key, count in
            let parts = key.split(separator: "\u{0}", omittingEmptySubsequences: false).map(String.init)
            return Visits(account: parts[0], accountName: names[parts[0]] ?? parts[0], salesperson: parts[1], count: count)
        }.sorted { ($0.account, $0.salesperson) < ($1.account, $1.salesperson) }
        let visited = Set(logs.map(\.accountID))
        let notVisited = accounts
            .filter { who == nil || $0.owner == who }
            .filter { !visited.contains($0.id) }
            .map { AccountLine(account: $0.id, name: $0.name, owner: $0.owner) }

        // Issues and follow-ups: only those the period needs are read (raised in it, handled in it,
        // possibly overdue at its end), the overdue ones a batch at a time.
        let raisedCount = try database.followUpCount(FollowUpQuery(owner: who, raised: days))
        let handledItems = try database.followUps(FollowUpQuery(owner: who, reached: .init([.resolved, .customerInformed], on: days)))
        let resolved = handledItems.filter { $0.firstDay(of: .resolved).map(days.contains(day:)) ?? false }
        let informed = handledItems.filter { $0.firstDay(of: .customerInformed).map(days.contains(day:)) ?? false }
        func mean(_ values: [Int]) -> Double? {
            values.isEmpty ? nil : (Double(values.reduce(0, +)) / Double(values.count) * 10).rounded(.toNearestOrAwayFromZero) / 10
        }
        let issues = Issues(
            raised: raisedCount, resolved: resolved.count, customerInformed: informed.count,
            averageDaysToResolve: mean(resolved.compactMap { $0.days(to: .resolved) }),
            averageDaysToInform: mean(informed.compactMap { $0.days(to: .customerInformed) }))
        let handledNumbers = Set(resolved.map(\.number)).union(informed.map(\.number))
        let handled = handledItems.filter { handledNumbers.contains($0.number) }.map { item in
            Handled(
                number: item.number, account: item.accountID, owner: item.owner, text: item.text, raised: item.raised,
                resolved: item.firstDay(of: .resolved), customerInformed: item.firstDay(of: .customerInformed),
                daysToResolve: item.days(to: .resolved), daysToInform: item.days(to: .customerInformed))
        }
        // Each with its status on the as-of day from SQL, not its whole history.
        var overdue: [Overdue] = []
        try database.forEachFollowUp(FollowUpQuery(owner: who, mayBeOverdue: .init(on: asOf, overdueDays: overdueDays)), on: asOf) { batch in
            for item in batch {
                guard let status = item.status, item.isOverdue(on: asOf, overdueDays: overdueDays),
                      let deadline = item.deadline(overdueDays: overdueDays), let deadlineDay = DayNumber(deadline) else { continue }
                overdue.append(Overdue(
                    number: item.number, account: item.accountID, owner: item.owner, department: item.department, text: item.text,
                    deadline: deadline, daysOverdue: asOf.value - deadlineDay.value, status: status))
            }
        }
        overdue.sort { ($1.daysOverdue, $0.number) < ($0.daysOverdue, $1.number) }

        // Sessions of the period.
        let entries = try database.reviewEntries(days: days, who: who, timeZone: timeZone)
        let sessions = entries.filter { $0.kind == .session }
        var snapshots: [SessionSnapshot] = []
        for entry in sessions {
            if let snapshot = try database.sessionSnapshot(entry.id) { snapshots.append(snapshot) }
        }
        let questions = selfChecks.flatMap(\.questions)
        let unmetQuestions = Set(questions.filter { $0.known == .unmetBuyers }.map(\.id))
        let coachQuestions = Set(questions.filter { $0.known == .coach }.map(\.id))
        var selfCheckRisks: [SelfCheckRisk] = []
        for session in snapshots {
            let entry = sessions.first { $0.id == session.key }
            var notMet: [String] = []
            var noCoach = session.flags.contains { $0.kind == .missingCoach }
            for answer in session.answers {
                guard case .people(let people) = answer.value else { continue }
                if unmetQuestions.contains(answer.questionID) { notMet += people.filter { !notMet.contains($0) } }
                if coachQuestions.contains(answer.questionID), people.isEmpty { noCoach = true }
            }
            if !notMet.isEmpty || noCoach {
                selfCheckRisks.append(SelfCheckRisk(
                    session: session.number, key: session.key, account: session.accountID, salesperson: session.salesperson,
                    day: entry?.day ?? "", buyersNotMet: notMet, noCoach: noCoach))
            }
        }

        // Open risks: accounts in scope whose file still raises flags.
        let inScope = Set(accounts.filter { who == nil || $0.owner == who }.map(\.id)).union(visited).union(sessions.map(\.accountID))
        var openRisks: [OpenRisk] = []
        for summary in accounts where inScope.contains(summary.id) {
            guard let account = try database.account(id: summary.id) else { continue }
            let flags = RiskFlags.compute(for: account, today: asOf.text, overdueDays: overdueDays, texts: .empty).map(\.id)  // ids only: no text needed
            guard !flags.isEmpty else { continue }
            var fromSessions: [String] = []
            for session in snapshots where session.accountID == summary.id {
                for flag in session.flags.map(\.id) where flags.contains(flag) && !fromSessions.contains(flag) { fromSessions.append(flag) }
            }
            openRisks.append(OpenRisk(account: summary.id, name: summary.name, flags: flags, fromSessions: fromSessions))
        }

        // Verification.
        let logEntries = entries.filter { $0.kind == .log }
        let unverified = (sessions + logEntries).filter { $0.latestVerification == nil }
            .sorted { ($0.day, $0.number) < ($1.day, $1.number) }
            .map { "\($0.kind.rawValue) \($0.number)" }
        let verification = VerificationStatus(
            logs: logEntries.count, logsVerified: logEntries.filter { $0.latestVerification != nil }.count,
            sessions: sessions.count, sessionsVerified: sessions.filter { $0.latestVerification != nil }.count,
            editedAfterVerification: logEntries.filter(\.editedSinceVerified).count, unverified: unverified)

        var report = JournalReport(
            kind: kind, period: days.label, first: days.first.text, last: days.last.text, who: who, asOf: asOf.text,
            visits: visits, totalVisits: logs.count, notVisited: notVisited, issues: issues, handled: handled,
            overdue: overdue, openRisks: openRisks, selfCheckRisks: selfCheckRisks, verification: verification)
        report.generated = today.text
        report.overlapDays = overlapDays
        let everyone = who == nil ? logs : try database.visitSummaries(JournalQuery(visitor: nil, days: days))
        report.overlaps = overlaps(in: everyone, window: overlapDays, who: who, names: names)
        if let care, !care.isEmpty {
            report.care = try CareReport.build(database: database, days: days, who: who, asOf: asOf, logs: logs, care: care)
        }
        return report
    }
}
