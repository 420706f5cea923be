public import CoachCore

/// Whom to greet on one day, with a drafted message for each: everyone (but `greetings: none`) on
/// a festival, the person themself on a birthday; tier A first. The coach never sends them.
public struct CareGreetings: Sendable {
    public var day: DayNumber
    public var occasions: [(id: String, name: LocalizedText)]
    public var drafts: [GreetingDraft]
    public var notes: [CareNote]

    public static func build(day: DayNumber, workspace: CareWorkspace, care: CareData, language: Language) -> CareGreetings {
        let festivals = FestivalCalendar(care: care, calendar: workspace.calendar)
        let (days, notes) = festivals.days(in: DayRange(first: day, last: day))
        var occasions: [(String, LocalizedText)] = []
        var drafts: [GreetingDraft] = []
        for festivalDay in days where care.template(occasion: festivalDay.festival.id, style: .formal) != nil {
            let name = festivals.name(of: festivalDay)
            occasions.append((festivalDay.festival.id, name))
            drafts += GreetingDraft.drafts(
                occasion: festivalDay.festival.id, festivalName: name, accounts: workspace.accounts, care: care, language: language)
        }
        let birthdays = BirthdayEntry.entries(accounts: workspace.accounts, in: DayRange(first: day, last: day), calendar: workspace.calendar)
        if !birthdays.isEmpty {
            occasions.append((GreetingTemplate.birthday, LocalizedText(en: "birthday", zhHans: "生日", zhHant: "生日")))
            for entry in birthdays {
                guard let account = workspace.accounts.first(where: { $0.id == entry.accountID }) else { continue }
                let only = Account(id: account.id, name: account.name, tier: account.tier, people: account.people.filter { $0.name == entry.person })
                drafts += GreetingDraft.drafts(occasion: GreetingTemplate.birthday, festivalName: nil, accounts: [only], care: care, language: language)
            }
        }
        // One list by tier across occasions, festival greetings before birthdays within a tier.
        let ordered = drafts.enumerated().sorted {
            (GreetingDraft.tierRank($0.element.tier), $0.offset) < (GreetingDraft.tierRank($1.element.tier), $1.offset)
        }.map(\.element)
        return CareGreetings(day: day, occasions: occasions, drafts: ordered, notes: notes)
    }

    public func json(language: Language) -> CareText.GreetingsJSON {
        CareText.GreetingsJSON(
            date: day.text,
            occasions: occasions.map { .init(occasion: $0.id, name: $0.name[language]) },
            greetings: drafts.map {
                .init(account: $0.accountID, person: $0.person, tier: $0.tier?.rawValue, occasion: $0.occasion, style: $0.style.rawValue, text: $0.text)
            },
            notes: notes.map { $0.text[language] })
    }

    /// The drafts as text: the occasion, then per tier each person with their message.
    public func text(language: Language, next: (day: DayNumber, name: LocalizedText)?) -> String {
        var lines: [String] = []
        if occasions.isEmpty {
            lines.append(LocalizedText(
                en: "No festival or birthday to greet on \(day.text).",
                zhHans: "\(day.text) 没有要问候的节日或生日。",
                zhHant: "\(day.text) 沒有要問候的節日或生日。")[language])
            if let next {
                lines.append(LocalizedText(
                    en: "Next festival: \(next.name.en) on \(next.day.text) (coach care greetings --date \(next.day.text)).",
                    zhHans: "下一个节日：\(next.name.zhHans)，\(next.day.text)（coach care greetings --date \(next.day.text)）。",
                    zhHant: "下一個節日：\(next.name.zhHant)，\(next.day.text)（coach care greetings --date \(next.day.text)）。")[language])
            }
        } else {
            let names = occasions.map { $0.name[language] }.joined(separator: language == .en ? ", " : "、")
            lines.append(LocalizedText(
                en: "Greetings for \(day.text) (\(names)): \(drafts.count) draft(s) to review and send yourself; the coach sends nothing.",
                zhHans: "\(day.text)（\(names)）的问候：\(drafts.count) 条草稿，请自己修改后发送；教练不会代发。",
                zhHant: "\(day.text)（\(names)）的問候：\(drafts.count) 則草稿，請自己修改後發送；教練不會代發。")[language])
            var tier: Tier?? = .none
            for draft in drafts {
                if tier != .some(draft.tier) {
                    tier = .some(draft.tier)
                    lines.append("")
                    lines.append(draft.tier.map {
                        LocalizedText(en: "Tier \($0.rawValue)", zhHans: "\($0.rawValue) 级客户", zhHant: "\($0.rawValue) 級客戶")[language]
                    } ?? LocalizedText(en: "No tier", zhHans: "未分级", zhHant: "未分級")[language])
                }
                let style = draft.style == .warm
                    ? LocalizedText(en: "warm", zhHans: "亲切", zhHant: "親切")[language]
                    : LocalizedText(en: "formal", zhHans: "正式", zhHant: "正式")[language]
                lines.append("  \(draft.person) · \(draft.accountName) · \(style)")
                lines.append("    " + draft.text)
            }
        }
        lines += notes.map { $0.text[language] }
        return lines.joined(separator: "\n") + "\n"
    }
}
