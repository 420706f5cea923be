// The agenda's words, shared by `/today` in the REPL and `coach today` on the command line.

public import CoachCore

extension AgendaKind {
    /// The short tag shown before an item (`[overdue]`, `［拜訪逾期］`).
    public var label: LocalizedText {
        switch self {
        case .birthday: UIText.l("[birthday]", "［生日］", "［生日］")
        case .festival: UIText.l("[festival]", "［节日］", "［節日］")
        case .visitDue: UIText.l("[visit due]", "［该拜访］", "［該拜訪］")
        case .visitOverdue: UIText.l("[overdue]", "［拜访逾期］", "［拜訪逾期］")
        case .followUpOverdue: UIText.l("[follow-up]", "［跟进逾期］", "［追蹤逾期］")
        case .pausedPrep: UIText.l("[paused prep]", "［暂停的准备］", "［暫停的準備］")
        case .comment: UIText.l("[comment]", "［批注］", "［批註］")
        }
    }

    /// Whether the item is late already (shown as a warning).
    public var isLate: Bool {
        switch self {
        case .visitOverdue, .followUpOverdue: true
        case .birthday, .festival, .visitDue, .pausedPrep, .comment: false
        }
    }
}

extension Agenda {
    /// "Today, 2026-09-25 Fri: 6 item(s), most urgent first".
    public func heading(_ language: Language) -> String {
        UIText.l(
            "Today, \(today.text) \(today.weekdayName(.en)): \(items.count) item(s), most urgent first",
            "今天 \(today.text) \(today.weekdayName(.zhHans))：\(items.count) 项，最急的在前",
            "今天 \(today.text) \(today.weekdayName(.zhHant))：\(items.count) 項，最急的在前")[language]
    }

    /// Said instead of the items when there are none.
    public static let nothingDue = UIText.l(
        "Nothing due: a good day to call a C-tier account.",
        "没有到期的事：正好给 C 级客户打个电话。",
        "沒有到期的事：正好給 C 級客戶打個電話。")
}

extension DayNumber {
    /// The short weekday name (`Mon`, `周一`, `週一`).
    public func weekdayName(_ language: Language) -> String {
        let names: [String]
        switch language {
        case .en: names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        case .zhHans: names = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"]
        case .zhHant: names = ["週一", "週二", "週三", "週四", "週五", "週六", "週日"]
        }
        return names[weekday - 1]
    }
}
