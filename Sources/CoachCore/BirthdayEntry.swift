/// One birthday to handle in a period: whose, which day, and whom to report it to.
public struct BirthdayEntry: Sendable, Hashable {
    public var accountID: String
    public var accountName: String
    public var tier: Tier?
    /// The account manager to report to (the method: the month's list goes to whoever sends the
    /// MMS and flowers).
    public var owner: String?
    public var person: String
    public var title: String?
    public var address: String?
    public var phone: String?
    public var birthday: Birthday
    public var occurrence: BirthdayOccurrence

    public init(account: Account, person: Person, birthday: Birthday, occurrence: BirthdayOccurrence) {
        accountID = account.id
        accountName = account.name
        tier = account.tier
        owner = account.owner
        self.person = person.name
        title = person.title
        address = person.address
        phone = person.phone
        self.birthday = birthday
        self.occurrence = occurrence
    }

    /// The lunar date in Chinese for lunar birthdays (the one it is kept on this year).
    public func lunarText(_ language: Language) -> String? {
        occurrence.lunar?.chinese(language)
    }

    /// Every birthday of the accounts' people in `range`, by day, then tier, account and person.
    ///
    /// ```swift
    /// let september = DayRange.parse("2026-09", today: today)!
    /// BirthdayEntry.entries(accounts: accounts, in: september, calendar: ChineseCalendar())
    /// ```
    public static func entries(accounts: [Account], in range: DayRange, calendar: ChineseCalendar) -> [BirthdayEntry] {
        var result: [BirthdayEntry] = []
        for account in accounts {
            for person in account.people {
                guard let birthday = Birthday(of: person) else { continue }
                for occurrence in birthday.occurrences(in: range, calendar: calendar) {
                    result.append(BirthdayEntry(account: account, person: person, birthday: birthday, occurrence: occurrence))
                }
            }
        }
        return result.enumerated().sorted { lhs, rhs in
            let l = lhs.element, r = rhs.element
            return (l.occurrence.day, GreetingDraft.tierRank(l.tier), lhs.offset) < (r.occurrence.day, GreetingDraft.tierRank(r.tier), rhs.offset)
        }.map(\.element)
    }
}

/// Care data missing on an account: itself a task (the method verifies name, sex, birthday with its
/// calendar and address of every key person).
public struct MissingCareData: Sendable, Hashable {
    public enum Gap: String, Sendable, Hashable, Codable {
        /// No birthday at all.
        case birthday
        /// A birthday without `calendar:`: solar or lunar is not known.
        case calendar
    }

    public var accountID: String
    public var accountName: String
    public var owner: String?
    public var person: String
    public var gap: Gap

    public init(accountID: String, accountName: String, owner: String?, person: String, gap: Gap) {
        self.accountID = accountID
        self.accountName = accountName
        self.owner = owner
        self.person = person
        self.gap = gap
    }

    /// What to verify on A-tier accounts: people without a birthday, or with one but no calendar.
    public static func gaps(in accounts: [Account]) -> [MissingCareData] {
        accounts.filter { $0.tier == .a }.flatMap { account in
            account.people.compactMap { person -> MissingCareData? in
                let gap: Gap
                if person.birthday == nil {
                    gap = .birthday
                } else if person.calendarStated == false {
                    gap = .calendar
                } else {
                    return nil
                }
                return MissingCareData(accountID: account.id, accountName: account.name, owner: account.owner, person: person.name, gap: gap)
            }
        }
    }

    public var text: LocalizedText {
        // A Latin name is spaced off inside Chinese text; a Chinese one runs in (the one rule, `inline`).
        let named = Self.inline(person, punctuationFollows: true)
        return switch gap {
        case .birthday:
            LocalizedText(
                en: "Verify the birthday of \(person) (\(accountName)): name, sex, birthday with its calendar, address.",
                zhHans: "核实\(named)（\(accountName)）的生日：姓名、性别、生日及公历/农历、通信地址。",
                zhHant: "核實\(named)（\(accountName)）的生日：姓名、性別、生日及公曆/農曆、通信地址。")
        case .calendar:
            LocalizedText(
                en: "Ask whether the birthday of \(person) (\(accountName)) is solar or lunar, and add 'calendar:'.",
                zhHans: "问清\(named)（\(accountName)）的生日是公历还是农历，补上 'calendar:'。",
                zhHant: "問清\(named)（\(accountName)）的生日是公曆還是農曆，補上 'calendar:'。")
        }
    }
}
extension MissingCareData: LocalizedTextTable {}
