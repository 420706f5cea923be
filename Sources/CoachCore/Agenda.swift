public import Foundation

/// The kinds of things on the daily agenda, as scripts see them in `coach today --json`.
public enum AgendaKind: String, Sendable, Hashable, Codable, CaseIterable {
    case birthday
    case festival
    case visitDue = "visit-due"
    case visitOverdue = "visit-overdue"
    case followUpOverdue = "follow-up-overdue"
    case pausedPrep = "paused-prep"
    case comment
}

/// One line of the daily agenda.
public struct AgendaItem: Sendable, Hashable {
    public var kind: AgendaKind
    public var accountID: String?
    public var person: String?
    /// The day it is due or falls on (a comment: the day it was written).
    public var due: DayNumber?
    public var text: LocalizedText
    /// Lower comes first: today's birthdays, overdue visits and follow-ups, then the rest.
    public var rank: Int

    public init(kind: AgendaKind, accountID: String?, person: String?, due: DayNumber?, text: LocalizedText, rank: Int) {
        self.kind = kind
        self.accountID = accountID
        self.person = person
        self.due = due
        self.text = text
        self.rank = rank
    }
}

/// What the agenda is built from: everything read at the edges, passed in.
public struct AgendaInput: Sendable {
    /// A prep paused in the REPL, to resume.
    public struct PausedPrep: Sendable, Hashable {
        public var accountID: String
        public var accountName: String
        public var day: DayNumber
        public init(accountID: String, accountName: String, day: DayNumber) {
            self.accountID = accountID
            self.accountName = accountName
            self.day = day
        }
    }

    /// A manager's comment not read yet.
    public struct Comment: Sendable, Hashable {
        public var accountID: String
        public var author: String
        public var day: DayNumber
        public var text: String
        public init(accountID: String, author: String, day: DayNumber, text: String) {
            self.accountID = accountID
            self.author = author
            self.day = day
            self.text = text
        }

        /// A manager's comment on one of the salesperson's journal entries, dated in `timeZone`.
        public init(_ comment: ManagerComment, timeZone: TimeZone) {
            self.init(
                accountID: comment.entry.accountID, author: comment.verification.verifiedBy,
                day: DayNumber(comment.verification.verifiedAt, in: timeZone), text: comment.verification.comment)
        }
    }

    public var today: DayNumber
    public var accounts: [Account]
    /// The last visit day per account id, from the journal.
    public var lastVisits: [String: DayNumber]
    public var followUps: [FollowUp]
    public var pausedPreps: [PausedPrep]
    public var comments: [Comment]
    public var care: CareData
    /// Days a follow-up without a due date may stay open (`method.yaml`, `overdue-days`).
    public var overdueDays: Int

    public init(
        today: DayNumber, accounts: [Account], lastVisits: [String: DayNumber] = [:], followUps: [FollowUp] = [],
        pausedPreps: [PausedPrep] = [], comments: [Comment] = [], care: CareData, overdueDays: Int
    ) {
        self.overdueDays = overdueDays
        self.today = today
        self.accounts = accounts
        self.lastVisits = lastVisits
        self.followUps = followUps
        self.pausedPreps = pausedPreps
        self.comments = comments
        self.care = care
    }
}

/// The daily agenda: birthdays today and in the coming week, festivals in the look-ahead, visits
/// due or overdue, follow-ups overdue, paused preps, unread manager comments; most urgent first.
///
/// ```swift
/// let agenda = Agenda.build(AgendaInput(today: today, accounts: accounts, lastVisits: last, care: corpus.care, overdueDays: 30),
///                           calendar: ChineseCalendar())
/// agenda.items.first?.kind   // .birthday (today's), or .visitOverdue
/// ```
public struct Agenda: Sendable {
    public var today: DayNumber
    public var items: [AgendaItem]
    public var notes: [CareNote]

    /// Days ahead (today included) that birthdays are listed for.
    public static let birthdayDays = 7

    public static func build(_ input: AgendaInput, calendar: ChineseCalendar) -> Agenda {
        let today = input.today
        var items: [AgendaItem] = []
        let names = Dictionary(input.accounts.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })

        let week = DayRange(first: today, last: today.adding(days: birthdayDays - 1))
        for entry in BirthdayEntry.entries(accounts: input.accounts, in: week, calendar: calendar) {
            items.append(birthdayItem(entry, today: today))
        }

        let festivals = FestivalCalendar(care: input.care, calendar: calendar)
        let ahead = DayRange(first: today, last: today.adding(days: max(1, input.care.festivalLookAheadDays) - 1))
        let (days, notes) = festivals.days(in: ahead)
        for day in days {
            let name = festivals.name(of: day)
            let inDays = day.day.value - today.value
            items.append(AgendaItem(
                kind: .festival, accountID: nil, person: nil, due: day.day,
                text: LocalizedText(
                    en: "\(name.en) \(day.day.text)\(when(inDays).en): draft greetings with coach care greetings --date \(day.day.text)",
                    zhHans: "\(name.zhHans) \(day.day.text)\(when(inDays).zhHans)：用 coach care greetings --date \(day.day.text) 起草问候",
                    zhHant: "\(name.zhHant) \(day.day.text)\(when(inDays).zhHant)：用 coach care greetings --date \(day.day.text) 草擬問候"),
                rank: inDays == 0 ? 3 : 7))
        }

        for account in input.accounts {
            guard let status = input.care.cadence.status(of: account, lastVisit: input.lastVisits[account.id], today: today) else { continue }
            let label = "\(account.name) (tier \(status.tier.rawValue))"
            switch status.state {
            case .notDue:
                continue
            case .overdue(let days):
                items.append(AgendaItem(
                    kind: .visitOverdue, accountID: account.id, person: nil, due: status.due,
                    text: LocalizedText(
                        en: "\(label): visit overdue by \(VisitStatus.days(days)) (due \(status.due.text), last visited \(status.lastVisit?.text ?? "never"))",
                        zhHans: "\(account.name)（\(status.tier.rawValue)级）：拜访已逾期 \(days) 天（应在 \(status.due.text)，上次 \(status.lastVisit?.text ?? "从未")）",
                        zhHant: "\(account.name)（\(status.tier.rawValue)級）：拜訪已逾期 \(days) 天（應在 \(status.due.text)，上次 \(status.lastVisit?.text ?? "從未")）"),
                    rank: 1))
            case .neverVisited:
                items.append(AgendaItem(
                    kind: .visitDue, accountID: account.id, person: nil, due: status.due,
                    text: LocalizedText(
                        en: "\(account.name) (tier \(status.tier.rawValue), every \(status.interval) days): never visited; book the first visit",
                        zhHans: "\(account.name)（\(status.tier.rawValue)级）：还没拜访过，应每 \(status.interval) 天一次，先约第一次",
                        zhHant: "\(account.name)（\(status.tier.rawValue)級）：還沒拜訪過，應每 \(status.interval) 天一次，先約第一次"),
                    rank: 5))
            case .due:
                let inDays = status.due.value - today.value
                items.append(AgendaItem(
                    kind: .visitDue, accountID: account.id, person: nil, due: status.due,
                    text: LocalizedText(
                        en: "\(label): visit due \(status.due.text)\(when(inDays).en) (last visited \(status.lastVisit?.text ?? "never"))",
                        zhHans: "\(account.name)（\(status.tier.rawValue)级）：\(status.due.text)\(when(inDays).zhHans)该拜访（上次 \(status.lastVisit?.text ?? "从未")）",
                        zhHant: "\(account.name)（\(status.tier.rawValue)級）：\(status.due.text)\(when(inDays).zhHant)該拜訪（上次 \(status.lastVisit?.text ?? "從未")）"),
                    rank: 4))
            }
        }

        for followUp in input.followUps where followUp.isOverdue(today: today.text, overdueDays: input.overdueDays) {
            let deadline = followUp.deadline(overdueDays: input.overdueDays).flatMap { DayNumber($0) }
            let account = names[followUp.accountID] ?? followUp.accountID
            items.append(AgendaItem(
                kind: .followUpOverdue, accountID: followUp.accountID, person: nil, due: deadline,
                text: LocalizedText(
                    en: "Follow-up #\(followUp.number) overdue since \(deadline?.text ?? "?") (\(account)): \(followUp.text)",
                    zhHans: "跟进事项 #\(followUp.number) 自 \(deadline?.text ?? "?") 起逾期（\(account)）：\(followUp.text)",
                    zhHant: "追蹤事項 #\(followUp.number) 自 \(deadline?.text ?? "?") 起逾期（\(account)）：\(followUp.text)"),
                rank: 2))
        }

        for prep in input.pausedPreps {
            items.append(AgendaItem(
                kind: .pausedPrep, accountID: prep.accountID, person: nil, due: prep.day,
                text: LocalizedText(
                    en: "Prep for \(prep.accountName) paused on \(prep.day.text): /resume \(prep.accountID) continues it",
                    zhHans: "\(prep.accountName)的准备在 \(prep.day.text) 暂停：/resume \(prep.accountID) 继续",
                    zhHant: "\(prep.accountName)的準備在 \(prep.day.text) 暫停：/resume \(prep.accountID) 繼續"),
                rank: 8))
        }

        for comment in input.comments {
            let account = names[comment.accountID] ?? comment.accountID
            items.append(AgendaItem(
                kind: .comment, accountID: comment.accountID, person: nil, due: comment.day,
                text: LocalizedText(
                    en: "Comment from \(comment.author) on \(account) (\(comment.day.text)): \(comment.text)",
                    zhHans: "\(comment.author)对\(account)的批注（\(comment.day.text)）：\(comment.text)",
                    zhHant: "\(comment.author)對\(account)的批註（\(comment.day.text)）：\(comment.text)"),
                rank: 6))
        }

        let sorted = items.enumerated().sorted { lhs, rhs in
            let l = lhs.element, r = rhs.element
            return (l.rank, l.due?.value ?? Int.max, lhs.offset) < (r.rank, r.due?.value ?? Int.max, rhs.offset)
        }.map(\.element)
        return Agenda(today: today, items: sorted, notes: notes)
    }

    static func birthdayItem(_ entry: BirthdayEntry, today: DayNumber) -> AgendaItem {
        let day = entry.occurrence.day
        let lunarHant = entry.lunarText(.zhHant).map { "（\($0)）" } ?? ""
        let lunarHans = entry.lunarText(.zhHans).map { "（\($0)）" } ?? ""
        let lunarEn = entry.lunarText(.zhHant).map { " (\($0))" } ?? ""
        let age = entry.occurrence.age
        if day == today {
            return AgendaItem(
                kind: .birthday, accountID: entry.accountID, person: entry.person, due: day,
                text: LocalizedText(
                    en: "Today is \(entry.person)'s birthday\(lunarEn)\(age.map { ", turning \($0)" } ?? "") (\(entry.accountName)): call to wish them well",
                    zhHans: "今天是\(entry.person)（\(entry.accountName)）的生日\(lunarHans)：打个电话问候",
                    zhHant: "今天是\(entry.person)（\(entry.accountName)）的生日\(lunarHant)：打個電話問候"),
                rank: 0)
        }
        let inDays = day.value - today.value
        return AgendaItem(
            kind: .birthday, accountID: entry.accountID, person: entry.person, due: day,
            text: LocalizedText(
                en: "\(entry.person)'s birthday \(day.text)\(lunarEn)\(when(inDays).en) (\(entry.accountName)): MMS + flowers, then a call on the day",
                zhHans: "\(entry.person)（\(entry.accountName)）的生日 \(day.text)\(Self.inParentheses(entry.lunarText(.zhHans), when(inDays).zhHans))：彩信加鲜花，当天打电话",
                zhHant: "\(entry.person)（\(entry.accountName)）的生日 \(day.text)\(Self.inParentheses(entry.lunarText(.zhHant), when(inDays).zhHant))：彩信加鮮花，當天打電話"),
            rank: 6)
    }

    /// The lunar date and "（3 天後）" in one pair of parentheses: "（農曆十月三十，3 天後）".
    static func inParentheses(_ lunar: String?, _ when: String) -> String {
        guard let lunar else { return when }
        return "（\(lunar)，" + when.dropFirst()
    }

    /// ", today" / ", in 3 days".
    static func when(_ days: Int) -> LocalizedText {
        switch days {
        case 0: LocalizedText(en: ", today", zhHans: "（今天）", zhHant: "（今天）")
        case 1: LocalizedText(en: ", tomorrow", zhHans: "（明天）", zhHant: "（明天）")
        default: LocalizedText(en: ", in \(days) days", zhHans: "（\(days) 天后）", zhHant: "（\(days) 天後）")
        }
    }

    /// The two lines the REPL opens with: today's birthdays first (else the most urgent item), then
    /// how many of each kind; none when nothing is on the agenda.
    public func summary(_ language: Language) -> [String] {
        let todays = items.filter { $0.kind == .birthday && $0.due == today }
        let first: String
        if let birthday = todays.first {
            first = birthday.text[language] + (todays.count > 1 ? countMore(todays.count - 1, language) : "")
        } else if let top = items.first {
            first = top.text[language]
        } else {
            return []
        }
        let counts = AgendaKind.allCases.compactMap { kind -> String? in
            let count = items.filter { $0.kind == kind }.count
            return count == 0 ? nil : Self.countLabel(kind, count)[language]
        }
        let joiner = language == .en ? ", " : "，"
        let tail = LocalizedText(en: " — /today for the list", zhHans: "——/today 查看", zhHant: "——/today 查看")[language]
        return [first, counts.joined(separator: joiner) + tail]
    }

    func countMore(_ count: Int, _ language: Language) -> String {
        LocalizedText(en: " (and \(count) more today)", zhHans: "（今天另有 \(count) 位）", zhHant: "（今天另有 \(count) 位）")[language]
    }

    static func countLabel(_ kind: AgendaKind, _ n: Int) -> LocalizedText {
        switch kind {
        case .birthday: LocalizedText(en: "\(n) birthday(s) this week", zhHans: "本周生日 \(n) 位", zhHant: "本週生日 \(n) 位")
        case .festival: LocalizedText(en: "\(n) festival(s) ahead", zhHans: "节日 \(n) 个", zhHant: "節日 \(n) 個")
        case .visitDue: LocalizedText(en: "\(n) visit(s) due", zhHans: "该拜访 \(n) 家", zhHant: "該拜訪 \(n) 家")
        case .visitOverdue: LocalizedText(en: "\(n) visit(s) overdue", zhHans: "拜访逾期 \(n) 家", zhHant: "拜訪逾期 \(n) 家")
        case .followUpOverdue: LocalizedText(en: "\(n) follow-up(s) overdue", zhHans: "跟进逾期 \(n) 项", zhHant: "追蹤逾期 \(n) 項")
        case .pausedPrep: LocalizedText(en: "\(n) paused prep(s)", zhHans: "暂停的准备 \(n) 个", zhHant: "暫停的準備 \(n) 個")
        case .comment: LocalizedText(en: "\(n) unread comment(s)", zhHans: "未读批注 \(n) 条", zhHant: "未讀批註 \(n) 條")
        }
    }
}
