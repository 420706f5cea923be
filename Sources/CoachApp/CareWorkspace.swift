public import CoachCore
public import CoachStore
public import Foundation

/// Reads what the care routine and the daily agenda need from the store: the accounts, the last
/// visit of each from the journal, open follow-ups, paused preps and unread manager comments.
///
/// ```swift
/// let workspace = try CareWorkspace.load(database: store, salesperson: "li", timeZone: .current)
/// let agenda = workspace.agenda(today: today, care: corpus.care, overdueDays: corpus.method.overdueDays)
/// ```
public struct CareWorkspace: Sendable {
    public var accounts: [Account]
    /// The newest visit day per account id (the visit date written in the log, not when it was typed).
    public var lastVisits: [String: DayNumber]
    public var followUps: [FollowUp]
    public var pausedPreps: [AgendaInput.PausedPrep]
    public var comments: [AgendaInput.Comment]
    public let calendar = ChineseCalendar()

    public init(
        accounts: [Account], lastVisits: [String: DayNumber] = [:], followUps: [FollowUp] = [],
        pausedPreps: [AgendaInput.PausedPrep] = [], comments: [AgendaInput.Comment] = []
    ) {
        self.accounts = accounts
        self.lastVisits = lastVisits
        self.followUps = followUps
        self.pausedPreps = pausedPreps
        self.comments = comments
    }

    public static func load(database: CoachDatabase, salesperson: String, timeZone: TimeZone) throws(StoreError) -> CareWorkspace {
        var accounts: [Account] = []
        for summary in try database.accounts() {
            if let account = try database.account(id: summary.id) { accounts.append(account) }
        }
        let names = Dictionary(accounts.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let followUps = try database.followUps(owner: salesperson, includeClosed: false)
        let paused = try pausedPreps(database: database, salesperson: salesperson, timeZone: timeZone, names: names)
        let comments = try database.comments(for: salesperson, unreadOnly: true, timeZone: timeZone).map {
            AgendaInput.Comment($0, timeZone: timeZone)
        }
        return CareWorkspace(
            accounts: accounts, lastVisits: try database.lastVisitDays(), followUps: followUps,
            pausedPreps: paused, comments: comments)
    }

    /// The preps `salesperson` paused (or left in progress by a session that ended without pausing
    /// them: `/resume` continues those too), by the day each was started.
    public static func pausedPreps(
        database: CoachDatabase, salesperson: String, timeZone: TimeZone, names: [String: String]? = nil
    ) throws(StoreError) -> [AgendaInput.PausedPrep] {
        let paused = try database.resumableSessions(salesperson: salesperson)
        guard !paused.isEmpty else { return [] }
        var names = names ?? [:]
        if names.isEmpty {
            for summary in try database.accounts() { names[summary.id] = summary.name }
        }
        return paused.map {
            AgendaInput.PausedPrep(accountID: $0.accountID, accountName: names[$0.accountID] ?? $0.accountID, day: DayNumber($0.startedAt, in: timeZone))
        }
    }

    /// The daily agenda on `today`.
    /// - Parameter overdueDays: the method's figure for follow-ups without a due date (`method.yaml`).
    public func agenda(today: DayNumber, care: CareData, overdueDays: Int) -> Agenda {
        Agenda.build(
            AgendaInput(
                today: today, accounts: accounts, lastVisits: lastVisits, followUps: followUps,
                pausedPreps: pausedPreps, comments: comments, care: care, overdueDays: overdueDays),
            calendar: calendar)
    }

    /// The visit status of one account on `today` (nil: no tier, or no cadence in the corpus).
    public func visitStatus(of account: Account, today: DayNumber, care: CareData) -> VisitStatus? {
        care.cadence.status(of: account, lastVisit: lastVisits[account.id], today: today)
    }
}
