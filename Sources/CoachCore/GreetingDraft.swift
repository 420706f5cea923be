import Foundation

/// A greeting message the coach drafts for the salesperson to send (the coach never sends it).
public struct GreetingDraft: Sendable, Hashable {
    public var accountID: String
    public var accountName: String
    public var tier: Tier?
    public var person: String
    public var occasion: String
    public var style: GreetingStyle
    public var text: String

    public init(accountID: String, accountName: String, tier: Tier?, person: String, occasion: String, style: GreetingStyle, text: String) {
        self.accountID = accountID
        self.accountName = accountName
        self.tier = tier
        self.person = person
        self.occasion = occasion
        self.style = style
        self.text = text
    }

    /// Drafts for everyone to greet on an occasion: all people of the accounts except those marked
    /// `greetings: none`, tier A first, then B, C and accounts without a tier.
    public static func drafts(
        occasion: String, festivalName: LocalizedText?, accounts: [Account], care: CareData, language: Language
    ) -> [GreetingDraft] {
        let ordered = accounts.enumerated().sorted { lhs, rhs in
            (tierRank(lhs.element.tier), lhs.offset) < (tierRank(rhs.element.tier), rhs.offset)
        }.map(\.element)
        var result: [GreetingDraft] = []
        for account in ordered {
            for person in account.people {
                let style = person.greetings ?? .formal
                guard style != .none, let template = care.template(occasion: occasion, style: style) else { continue }
                var name = address(of: person, language: language)
                // "Ms Lee 您好": a Latin name is spaced off from the Chinese that follows it.
                if language != .en, name.last.map({ $0.isASCII && $0.isLetter }) == true { name += " " }
                let text = Placeholder.fill(template.text[language], [
                    "address": name,
                    "festival": festivalName?[language] ?? "",
                ])
                result.append(GreetingDraft(
                    accountID: account.id, accountName: account.name, tier: account.tier, person: person.name,
                    occasion: occasion, style: style, text: text))
            }
        }
        return result
    }

    /// Tier A first, then B, C and no tier.
    public static func tierRank(_ tier: Tier?) -> Int {
        switch tier {
        case .a: 0
        case .b: 1
        case .c: 2
        case nil: 3
        }
    }

    /// How a message addresses the person: surname and title (王總經理), else surname and
    /// 先生/女士, else the full name. A name in Latin letters gets Mr/Ms Surname or Title Surname.
    /// Names and titles are written as the account file has them, whatever the language.
    public static func address(of person: Person, language: Language) -> String {
        let surname = PersonName.surname(of: person.name)
        if PersonName.isLatin(person.name) {
            if let sex = person.sex { return (sex == .male ? "Mr " : "Ms ") + surname }
            if let title = person.title { return "\(title) \(surname)" }
            return person.name
        }
        if let title = person.title { return surname + title }
        if let sex = person.sex { return surname + (sex == .male ? "先生" : "女士") }
        return person.name
    }
}

/// Surnames of Chinese and Latin-script names.
public enum PersonName {
    /// Two-character surnames, which the first character alone would cut in half.
    static let compoundSurnames: Set<String> = [
        "歐陽", "欧阳", "司馬", "司马", "諸葛", "诸葛", "上官", "司徒", "東方", "东方", "皇甫", "令狐", "慕容",
        "夏侯", "尉遲", "尉迟", "長孫", "长孙", "宇文", "公孫", "公孙", "軒轅", "轩辕", "端木", "申屠", "澹臺", "澹台",
        "呼延", "南宮", "南宫", "聞人", "闻人", "獨孤", "独孤", "西門", "西门",
    ]

    /// 王建國 → 王, 歐陽娜娜 → 歐陽, Ann Boss → Boss.
    public static func surname(of name: String) -> String {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        if isLatin(trimmed) {
            return trimmed.split(separator: " ").last.map(String.init) ?? trimmed
        }
        let characters = Array(trimmed)
        if characters.count >= 3, compoundSurnames.contains(String(characters.prefix(2))) {
            return String(characters.prefix(2))
        }
        return characters.first.map(String.init) ?? trimmed
    }

    /// Whether the name is written in Latin letters.
    public static func isLatin(_ name: String) -> Bool {
        name.unicodeScalars.allSatisfy { $0.isASCII }
    }
}
