public import CoachCore

/// Interface text for answers about a named person of the open account.
enum PersonText: LocalizedTextTable {
    /// "張淑芬 (財務處處長) is the finance gatekeeper, with high influence; opposes us; our contact is low."
    static func situation(_ person: Person, language: Language) -> String {
        let role = person.role.label[language]
        let name = person.name
        switch language {
        case .en:
            var parts = ["\(name)\(person.title.map { " (\($0))" } ?? "") is the \(role)"]
            if person.influence != .unknown { parts[0] += ", with \(person.influence.label[language]) influence" }
            if person.support != .unknown { parts.append(supportPhrase(person.support)) }
            if let contact = person.contact { parts.append("our contact is \(contact.label[language])") }
            if person.met == false { parts.append("not met yet") }
            return parts.joined(separator: "; ") + ". Applied to this person:"
        case .zhHans, .zhHant:
            var parts = ["\(name)\(person.title.map { "（\($0)）" } ?? "")是\(role)"]
            let hans = language == .zhHans
            if person.influence != .unknown { parts.append((hans ? "影响力" : "影響力") + person.influence.label[language]) }
            if person.support != .unknown { parts.append((hans ? "对我们：" : "對我們：") + person.support.label[language]) }
            if let contact = person.contact { parts.append((hans ? "接触度" : "接觸度") + contact.label[language]) }
            if person.met == false { parts.append(hans ? "还没见过" : "還沒見過") }
            return parts.joined(separator: "，") + (hans ? "。用在这个人身上：" : "。用在這個人身上：")
        }
    }

    private static func supportPhrase(_ support: Support) -> String {
        switch support {
        case .champion: "champions us"
        case .supportive: "supports us"
        case .neutral: "is neutral towards us"
        case .opposed: "opposes us"
        case .unknown: "support for us unknown"
        }
    }

    static func birthday(_ person: Person, _ date: String) -> LocalizedText {
        let lunar = person.calendar == .lunar
        return l("Birthday: \(date)\(lunar ? " (lunar calendar)" : "")",
                 "生日：\(date)\(lunar ? "（农历）" : "")", "生日：\(date)\(lunar ? "（農曆）" : "")")
    }

    static func phone(_ phone: String) -> LocalizedText { l("Phone: \(phone)", "电话：\(phone)", "電話：\(phone)") }
    static func note(_ note: String) -> LocalizedText { l("Note: \(note)", "备注：\(note)", "備註：\(note)") }
    static func noBirthday(_ name: String) -> LocalizedText {
        l("No birthday is recorded for \(name) yet: ask and add it to the account file.",
          "\(name)的生日还没记录：找机会问到，补进客户档案。", "\(name)的生日還沒記錄：找機會問到，補進客戶檔案。")
    }
}
