public import CoachCore
public import Foundation

/// Writes an iCalendar file (RFC 5545) of the care routine: birthdays (lunar ones converted for
/// each year), festivals and visit due dates, as all-day events a phone calendar imports.
///
/// Lines end in CRLF and are folded at 75 octets without splitting a UTF-8 character; text is
/// escaped (`\\`, `\;`, `\,`, `\n`); every event has a stable UID, so importing a newer file
/// updates events instead of doubling them.
public struct ICalendar: Sendable {
    public struct Event: Sendable, Hashable {
        public var uid: String
        public var day: DayNumber
        public var summary: String
        public var description: String?
        public var category: String

        public init(uid: String, day: DayNumber, summary: String, description: String? = nil, category: String) {
            self.uid = uid
            self.day = day
            self.summary = summary
            self.description = description
            self.category = category
        }
    }

    public var name: String
    public var events: [Event]

    public init(name: String, events: [Event]) {
        self.name = name
        self.events = events
    }

    /// The care calendar for `range`.
    public static func care(
        range: DayRange, workspace: CareWorkspace, care: CareData, today: DayNumber, language: Language
    ) -> (calendar: ICalendar, notes: [CareNote]) {
        var events: [Event] = []
        for entry in BirthdayEntry.entries(accounts: workspace.accounts, in: range, calendar: workspace.calendar) {
            let lunar = entry.lunarText(language == .en ? .zhHant : language).map { language == .en ? " (\($0))" : "（\($0)）" } ?? ""
            let summary = LocalizedText(
                en: "\(entry.person)'s birthday\(lunar)", zhHans: "\(entry.person)生日\(lunar)", zhHant: "\(entry.person)生日\(lunar)")[language]
            let description = LocalizedText(
                en: "\(entry.accountName)\(entry.title.map { ", \($0)" } ?? ""). Call personally on the day; MMS + flowers arranged with \(entry.owner ?? "the account owner").",
                zhHans: "\(entry.accountName)\(entry.title.map { "，\($0)" } ?? "")。当天亲自打电话问候；彩信和鲜花由\(entry.owner ?? "客户经理")安排。",
                zhHant: "\(entry.accountName)\(entry.title.map { "，\($0)" } ?? "")。當天親自打電話問候；彩信和鮮花由\(entry.owner ?? "客戶經理")安排。")[language]
            events.append(Event(
                uid: "birthday-\(entry.accountID)-\(hash(entry.person))-\(compact(entry.occurrence.day))@visitcoach",
                day: entry.occurrence.day, summary: summary, description: description, category: "BIRTHDAY"))
        }
        let festivals = FestivalCalendar(care: care, calendar: workspace.calendar)
        let (days, notes) = festivals.days(in: range)
        for day in days {
            events.append(Event(
                uid: "festival-\(day.festival.id)-\(compact(day.day))@visitcoach", day: day.day,
                summary: festivals.name(of: day)[language],
                description: LocalizedText(
                    en: "Greet customers: coach care greetings --date \(day.day.text)",
                    zhHans: "问候客户：coach care greetings --date \(day.day.text)",
                    zhHant: "問候客戶：coach care greetings --date \(day.day.text)")[language],
                category: "HOLIDAY"))
        }
        for account in workspace.accounts {
            guard let status = workspace.visitStatus(of: account, today: today, care: care) else { continue }
            let due = max(status.due, today)
            guard range.contains(due) else { continue }
            events.append(Event(
                uid: "visit-\(account.id)-\(compact(due))@visitcoach", day: due,
                summary: LocalizedText(
                    en: "Visit due: \(account.name)", zhHans: "该拜访：\(account.name)", zhHant: "該拜訪：\(account.name)")[language],
                description: status.briefing(today: today)[language], category: "APPOINTMENT"))
        }
        events.sort { ($0.day, $0.uid) < ($1.day, $1.uid) }
        return (ICalendar(name: "VisitCoach", events: events), notes)
    }

    /// The file's text, CRLF line ends.
    public func render(stamp: Date) -> String {
        let dtstamp = Self.timestamp(stamp)
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//VisitCoach//Care calendar//EN", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH", "X-WR-CALNAME:" + Self.escape(name),
        ]
        for event in events {
            lines += [
                "BEGIN:VEVENT",
                "UID:" + event.uid,
                "DTSTAMP:" + dtstamp,
                "DTSTART;VALUE=DATE:" + Self.compact(event.day),
                "DTEND;VALUE=DATE:" + Self.compact(event.day.adding(days: 1)),
                "SUMMARY:" + Self.escape(event.summary),
            ]
            if let description = event.description { lines.append("DESCRIPTION:" + Self.escape(description)) }
            lines += ["CATEGORIES:" + event.category, "TRANSP:TRANSPARENT", "END:VEVENT"]
        }
        lines.append("END:VCALENDAR")
        return lines.map(Self.fold).joined(separator: "\r\n") + "\r\n"
    }

    /// Folds a content line at 75 octets (RFC 5545 §3.1), never inside a UTF-8 character: the
    /// continuation lines start with one space, which counts towards their 75.
    public static func fold(_ line: String) -> String {
        var result = ""
        var octets = 0
        var limit = 75
        for character in line {
            let size = String(character).utf8.count
            if octets + size > limit {
                result += "\r\n "
                octets = 1
                limit = 75
            }
            result.append(character)
            octets += size
        }
        return result
    }

    /// TEXT escaping (RFC 5545 §3.3.11); control characters other than line breaks are dropped.
    public static func escape(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\n": result += "\\n"
            case "\r": continue
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    static func compact(_ day: DayNumber) -> String { day.text.replacingOccurrences(of: "-", with: "") }

    static func timestamp(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let day = DayNumber.counting(seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
        let rest = seconds - day.value * 86_400
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
        return compact(day) + "T" + two(rest / 3600) + two(rest % 3600 / 60) + two(rest % 60) + "Z"
    }

    /// A short stable hex id of a text (FNV-1a, 64 bits): person names in UIDs stay ASCII.
    static func hash(_ text: String) -> String {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value = value &* 0x100_0000_01b3
        }
        return String(value, radix: 16)
    }
}
