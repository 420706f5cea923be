public import CoachCore
import CoachEngine
import CoachTerminal
public import Foundation

/// Renders the care routine's lists: birthdays, greetings and the agenda as text, Markdown, CSV
/// and JSON. Pure: strings in, strings out.
public enum CareText {
    // MARK: Birthdays

    /// The JSON of `coach care birthdays`: `{"from", "to", "birthdays": [{"account", "person",
    /// "date", "calendar", "lunar"}]}`.
    public struct BirthdaysJSON: Encodable {
        public struct Item: Encodable {
            public var account: String
            public var person: String
            public var date: String
            public var calendar: String
            public var lunar: String?

            public func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: Keys.self)
                try container.encode(account, forKey: .account)
                try container.encode(person, forKey: .person)
                try container.encode(date, forKey: .date)
                try container.encode(calendar, forKey: .calendar)
                try container.encode(lunar, forKey: .lunar)
            }

            enum Keys: String, CodingKey { case account, person, date, calendar, lunar }
        }

        public var from: String
        public var to: String
        public var birthdays: [Item]
    }

    public static func birthdaysJSON(_ entries: [BirthdayEntry], range: DayRange, language: Language) -> BirthdaysJSON {
        BirthdaysJSON(
            from: range.first.text, to: range.last.text,
            birthdays: entries.map {
                .init(
                    account: $0.accountID, person: $0.person, date: $0.occurrence.day.text,
                    calendar: $0.birthday.calendar.rawValue, lunar: $0.lunarText(language == .en ? .zhHant : language))
            })
    }

    static func action(_ entry: BirthdayEntry, today: DayNumber?) -> LocalizedText {
        if let today, entry.occurrence.day == today {
            return LocalizedText(en: "today: call personally (visit if welcome)", zhHans: "今天：亲自打电话（方便时上门）", zhHant: "今天：親自打電話（方便時登門）")
        }
        return LocalizedText(en: "MMS + flowers; call on the day", zhHans: "彩信 + 鲜花；当天打电话", zhHant: "彩信 + 鮮花；當天打電話")
    }

    static func header(_ language: Language) -> [String] {
        [
            L.l("date", "日期", "日期"), L.l("person", "姓名", "姓名"), L.l("account", "客户", "客戶"),
            L.l("tier", "级别", "級別"), L.l("lunar", "农历", "農曆"), L.l("age", "岁数", "歲數"),
            L.l("report to", "上报给", "上報給"), L.l("to do", "要做", "要做"),
        ].map { $0[language] }
    }

    static func row(_ entry: BirthdayEntry, language: Language, today: DayNumber?) -> [String] {
        [
            entry.occurrence.day.text + " " + weekday(entry.occurrence.day, language),
            entry.person + (entry.title.map { language == .en ? " (\($0))" : "（\($0)）" } ?? ""),
            entry.accountName, entry.tier?.rawValue ?? "-",
            entry.lunarText(language == .en ? .zhHant : language) ?? "-",
            entry.occurrence.age.map(String.init) ?? "-",
            entry.owner ?? "-",
            action(entry, today: today)[language],
        ]
    }

    /// A day's short weekday name.
    public static func weekday(_ day: DayNumber, _ language: Language) -> String { day.weekdayName(language) }

    /// Heading of the list: the month's list (1st of the month) or the week's (Monday check).
    static func birthdaysHeading(range: DayRange, week: Bool, count: Int, language: Language) -> String {
        let span = "\(range.first.text) – \(range.last.text)"
        if week {
            return LocalizedText(
                en: "Birthdays this week, \(span) (the Monday check): \(count)",
                zhHans: "本周生日，\(span)（每周一核对）：\(count) 位",
                zhHant: "本週生日，\(span)（每週一核對）：\(count) 位")[language]
        }
        return LocalizedText(
            en: "Birthdays \(range.label), \(span) (the 1st-of-month list: report to the account owner for MMS + flowers): \(count)",
            zhHans: "\(range.label) 生日名单，\(span)（每月 1 号上报客户经理，安排彩信和鲜花）：\(count) 位",
            zhHant: "\(range.label) 生日名單，\(span)（每月 1 號上報客戶經理，安排彩信和鮮花）：\(count) 位")[language]
    }

    static func verifyHeading(_ count: Int, _ language: Language) -> String {
        LocalizedText(
            en: "To verify (A-tier people without a birthday or its calendar): \(count)",
            zhHans: "待核实（A 级客户中没有生日或没注明公历/农历的人）：\(count) 位",
            zhHant: "待核實（A 級客戶中沒有生日或沒註明公曆/農曆的人）：\(count) 位")[language]
    }

    static func rulesNote(_ entries: [BirthdayEntry], _ language: Language) -> [String] {
        entries.compactMap { entry -> String? in
            guard let adjustment = entry.occurrence.adjustment else { return nil }
            let text: LocalizedText
            switch adjustment {
            case .leapMonthKeptInRegularMonth:
                text = LocalizedText(
                    en: "\(entry.person): born in a leap month this year does not have; kept in the regular month.",
                    zhHans: "\(entry.person)：生于闰月，今年没有这个闰月，按正常月份过。",
                    zhHant: "\(entry.person)：生於閏月，今年沒有這個閏月，按正常月份過。")
            case .day30In29DayMonth:
                text = LocalizedText(
                    en: "\(entry.person): born on day 30; this year the month has 29 days, so day 29.",
                    zhHans: "\(entry.person)：生于三十，今年这个月只有 29 天，按廿九过。",
                    zhHant: "\(entry.person)：生於三十，今年這個月只有 29 天，按廿九過。")
            case .february29:
                text = LocalizedText(
                    en: "\(entry.person): born on 29 February; kept on the 28th in common years.",
                    zhHans: "\(entry.person)：生于 2 月 29 日，平年按 28 日过。",
                    zhHant: "\(entry.person)：生於 2 月 29 日，平年按 28 日過。")
            }
            return text[language]
        }
    }

    /// Plain text for the terminal: a heading, a table padded by display width, the people to
    /// verify and the rules applied.
    public static func birthdaysText(
        _ entries: [BirthdayEntry], missing: [MissingCareData], range: DayRange, week: Bool, today: DayNumber?,
        language: Language, table: ([String]?, [[String]]) -> [String]
    ) -> String {
        var lines = [birthdaysHeading(range: range, week: week, count: entries.count, language: language)]
        if entries.isEmpty {
            lines.append(L.l("  (no birthdays in this period)", "  （这段时间没有人过生日）", "  （這段時間沒有人過生日）")[language])
        } else {
            lines += table(header(language), entries.map { row($0, language: language, today: today) }).map { "  " + $0 }
        }
        let notes = rulesNote(entries, language)
        if !notes.isEmpty {
            lines.append("")
            lines += notes.map { "  * " + $0 }
        }
        if !missing.isEmpty {
            lines.append("")
            lines.append(verifyHeading(missing.count, language))
            lines += missing.map { "  - " + $0.text[language] + ($0.owner.map { " → \($0)" } ?? "") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func birthdaysMarkdown(
        _ entries: [BirthdayEntry], missing: [MissingCareData], range: DayRange, week: Bool, today: DayNumber?, language: Language
    ) -> String {
        var lines = ["## " + MarkdownCell.escape(birthdaysHeading(range: range, week: week, count: entries.count, language: language)), ""]
        let head = header(language)
        lines.append("| " + head.map(MarkdownCell.escape).joined(separator: " | ") + " |")
        lines.append("|" + String(repeating: " --- |", count: head.count))
        for entry in entries {
            lines.append("| " + row(entry, language: language, today: today).map(MarkdownCell.escape).joined(separator: " | ") + " |")
        }
        let notes = rulesNote(entries, language)
        if !notes.isEmpty {
            lines.append("")
            lines += notes.map { "- " + MarkdownCell.escape($0) }
        }
        if !missing.isEmpty {
            lines += ["", "### " + verifyHeading(missing.count, language), ""]
            lines += missing.map { "- [ ] " + MarkdownCell.escape($0.text[language]) + ($0.owner.map { " → " + MarkdownCell.escape($0) } ?? "") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// CSV, one row per birthday and one per person to verify (`kind` tells them apart); fields
    /// that a spreadsheet would run as a formula are quoted with a leading apostrophe.
    public static func birthdaysCSV(_ entries: [BirthdayEntry], missing: [MissingCareData], language: Language) -> String {
        var rows = [["kind", "date", "person", "title", "account", "account_id", "tier", "calendar", "lunar", "age", "owner", "address", "phone"]]
        for entry in entries {
            rows.append([
                "birthday", entry.occurrence.day.text, entry.person, entry.title ?? "", entry.accountName, entry.accountID,
                entry.tier?.rawValue ?? "", entry.birthday.calendar.rawValue, entry.lunarText(language == .en ? .zhHant : language) ?? "",
                entry.occurrence.age.map(String.init) ?? "", entry.owner ?? "", entry.address ?? "", entry.phone ?? "",
            ])
        }
        for gap in missing {
            rows.append(["verify-\(gap.gap.rawValue)", "", gap.person, "", gap.accountName, gap.accountID, "A", "", "", "", gap.owner ?? "", "", ""])
        }
        return rows.map { $0.map(csvCell).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// A CSV field through the one CSV writer (`CSVField`: formulas neutralised, quoted as needed).
    public static func csvCell(_ field: String) -> String {
        CSVField.escape(field)
    }

    // MARK: Greetings

    public struct GreetingsJSON: Encodable {
        public struct Occasion: Encodable {
            public var occasion: String
            public var name: String
        }
        public struct Item: Encodable {
            public var account: String
            public var person: String
            public var tier: String?
            public var occasion: String
            public var style: String
            public var text: String

            public func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: Keys.self)
                try container.encode(account, forKey: .account)
                try container.encode(person, forKey: .person)
                try container.encode(tier, forKey: .tier)
                try container.encode(occasion, forKey: .occasion)
                try container.encode(style, forKey: .style)
                try container.encode(text, forKey: .text)
            }

            enum Keys: String, CodingKey { case account, person, tier, occasion, style, text }
        }
        public var date: String
        public var occasions: [Occasion]
        public var greetings: [Item]
        public var notes: [String]
    }

    // MARK: Agenda

    /// The JSON of `coach today`: `{"date", "items": [{"kind", "account", "person", "due", "text"}]}`.
    public struct AgendaJSON: Encodable {
        public struct Item: Encodable {
            public var kind: String
            public var account: String?
            public var person: String?
            public var due: String?
            public var text: String

            public func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: Keys.self)
                try container.encode(kind, forKey: .kind)
                try container.encode(account, forKey: .account)
                try container.encode(person, forKey: .person)
                try container.encode(due, forKey: .due)
                try container.encode(text, forKey: .text)
            }

            enum Keys: String, CodingKey { case kind, account, person, due, text }
        }
        public var date: String
        public var items: [Item]
    }

    public static func agendaJSON(_ agenda: Agenda, language: Language) -> AgendaJSON {
        AgendaJSON(
            date: agenda.today.text,
            items: agenda.items.map {
                .init(kind: $0.kind.rawValue, account: $0.accountID, person: $0.person, due: $0.due?.text, text: $0.text[language])
            })
    }

    /// The agenda as lines: a heading, one line per item with its kind's label, then notes.
    public static func agendaLines(_ agenda: Agenda, language: Language) -> [String] {
        var lines = [agenda.heading(language)]
        if agenda.items.isEmpty { lines.append("  " + Agenda.nothingDue[language]) }
        for item in agenda.items {
            lines.append("  " + item.kind.label[language] + "  " + item.text[language])
        }
        for note in agenda.notes { lines.append(note.text[language]) }
        return lines
    }
}

/// Shorthand for three-language interface strings.
enum L: LocalizedTextTable {}

/// Markdown table cells: pipes and line breaks escaped.
enum MarkdownCell {
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
