public import CoachCore

/// Interface text in the three languages (the method's facts live in the corpus, not here).
enum UIText: LocalizedTextTable {

    /// The first word of a flow's prompt (`prep east-post 3/19> `).
    static let promptPrep = l("prep", "准备", "準備")
    static let promptLog = l("log", "记录", "記錄")
    static let promptQuiz = l("quiz", "测验", "測驗")
    static let promptDrill = l("drill", "演练", "演練")
    static func promptLesson(_ number: Int) -> LocalizedText { l("learn \(number)", "第 \(number) 课", "第 \(number) 課") }

    /// "label: text" with the language's colon.
    static func labelled(_ label: String, _ text: String, _ language: Language) -> String {
        language == .en ? "\(label): \(text)" : "\(label)：\(text)"
    }

    /// "text (note)" with the language's brackets.
    static func noted(_ text: String, _ note: String, _ language: Language) -> String {
        language == .en ? "\(text) (\(note))" : "\(text)（\(note)）"
    }

    /// The list separator of the language.
    static func list(_ items: [String], _ language: Language) -> String {
        items.joined(separator: language == .en ? ", " : "、")
    }

    static let welcome = l(
        "VisitCoach: ask about the key-account method in your own words, or type /help.",
        "VisitCoach 大客户教练：用自己的话提问，或输入 /help 查看命令。",
        "VisitCoach 大客戶教練：用自己的話提問，或輸入 /help 查看指令。")
    static let goodbye = l("Goodbye. Good luck with the visit!", "再见，拜访顺利！", "再見，拜訪順利！")
    static let interrupted = l("(cancelled; type /quit or Ctrl-D to leave)", "（已取消；输入 /quit 或按 Ctrl-D 退出）", "（已取消；輸入 /quit 或按 Ctrl-D 離開）")
    static let commandsHeading = l("Commands", "命令", "指令")
    static let questionsHint = l(
        "Anything else you type is a question for the coach, e.g. \"the big boss won't meet me\".",
        "其他输入都当作提问，例如“老板一直不见我怎么办”。",
        "其他輸入都當作提問，例如「老闆一直不見我怎麼辦」。")
    static func unknownCommand(_ name: String, _ hint: String) -> LocalizedText {
        l("Unknown command \(name)\(hint). Type /help for the list.",
          "没有 \(name) 这个命令\(hint)。输入 /help 查看列表。",
          "沒有 \(name) 這個指令\(hint)。輸入 /help 查看列表。")
    }
    static func didYouMean(_ word: String) -> LocalizedText {
        l(" (did you mean \(word)?)", "（你是不是想输入 \(word)？）", "（你是不是想輸入 \(word)？）")
    }
    static func languageNow(_ language: Language) -> LocalizedText {
        l("Language: \(language.displayName). Switch with /lang en|zh-Hans|zh-Hant.",
          "当前语言：\(language.displayName)。用 /lang en|zh-Hans|zh-Hant 切换。",
          "目前語言：\(language.displayName)。用 /lang en|zh-Hans|zh-Hant 切換。")
    }
    static func unknownLanguage(_ code: String) -> LocalizedText {
        l("Unknown language '\(code)'; allowed: en, zh-Hans, zh-Hant.",
          "不认识的语言“\(code)”；可用：en、zh-Hans、zh-Hant。",
          "不認得的語言「\(code)」；可用：en、zh-Hans、zh-Hant。")
    }
    static let topicsHeading = l("What the coach covers", "教练能回答的主题", "教練能回答的主題")
    static let topicsHint = l("Ask about any of these in your own words.", "用自己的话问其中任何一项都可以。", "用自己的話問其中任何一項都可以。")
    static let outOfScope = l(
        "That is outside what I coach. I know the key-account method: buying roles, the five self-checks, role strategies, personality styles, visits and follow-up, customer care. Type /topics to see them.",
        "这超出了我能辅导的范围。我懂的是大客户方法：采购角色、五个自问自答、角色策略、性格类型、拜访与督办、客户关怀。输入 /topics 看看。",
        "這超出了我能輔導的範圍。我懂的是大客戶方法：採購角色、五個自問自答、角色策略、性格類型、走訪與督辦、客戶關懷。輸入 /topics 看看。")
    static let unsure = l(
        "I am not sure which you mean. Did you mean:", "我不太确定你问的是哪一个。你是想问：", "我不太確定你問的是哪一個。你是想問：")
    static let unsureHint = l(
        "Type the number, or ask again in other words.", "输入编号，或换个说法再问。", "輸入編號，或換個說法再問。")
    static let seeAlso = l("See also", "相关", "相關")
    static let moreHint = l("/more: why, an example and common mistakes", "/more：为什么、举例和常见误区", "/more：為什麼、舉例和常見誤區")
    /// The short reference an answer ends with: the method's topic it comes from, and /source.
    static func reference(_ topic: String?) -> LocalizedText {
        guard let topic else { return l("/source: the rule as written", "/source：规则原文", "/source：規則原文") }
        return l("From: \(topic) (/source for the rule as written)", "出处：\(topic)（/source 看原文）", "出處：\(topic)（/source 看原文）")
    }
    static let sourceHeading = l("Rule file", "规则原文", "規則原文")
    static func sourceUnreadable(_ path: String) -> LocalizedText {
        l("The rule comes from \(path), which cannot be read here.", "这条规则出自 \(path)，但这里读不到该文件。", "這條規則出自 \(path)，但這裡讀不到該檔案。")
    }
    static let nothingToExpand = l("Ask a question first; /more then shows the whole rule.", "先提个问题；/more 再显示完整规则。", "先提個問題；/more 再顯示完整規則。")
    static func unknownRule(_ id: String, _ hint: String) -> LocalizedText {
        l("No rule '\(id)'\(hint).", "没有编号为“\(id)”的规则\(hint)。", "沒有編號為「\(id)」的規則\(hint)。")
    }
    static let ruleUsage = l("Usage: /rule ID (Tab completes ids).", "用法：/rule 编号（Tab 可补全）。", "用法：/rule 編號（Tab 可補全）。")
    static func ambiguousCard(_ typed: String, _ titles: [String]) -> LocalizedText {
        l("'\(typed)' fits several cards: \(titles.joined(separator: "; ")).",
          "“\(typed)”对应多张卡：\(titles.joined(separator: "；"))。",
          "「\(typed)」對應多張卡：\(titles.joined(separator: "；"))。")
    }
    static let cardsHeading = l("Pocket cards", "口袋卡", "口袋卡")
    static let cardsHint = l("Print one with /card ID.", "用 /card 编号 打印其中一张。", "用 /card 編號 印出其中一張。")
    static let noAccounts = l(
        "No accounts yet. Import one with /account import FILE (see the account format in README.md).",
        "还没有客户。用 /account import 文件 导入（格式见 README.md）。",
        "還沒有客戶。用 /account import 檔案 匯入（格式見 README.md）。")
    static let accountsHeading = l("Accounts", "客户", "客戶")
    /// `known`: the accounts as "name (id)".
    static func unknownAccount(_ id: String, _ known: [String], _ hint: String) -> LocalizedText {
        l("No account '\(id)'\(hint). Known accounts: \(known.isEmpty ? "-" : known.joined(separator: ", ")).",
          "没有客户“\(id)”\(hint)。已有客户：\(known.isEmpty ? "-" : known.joined(separator: "、"))。",
          "沒有客戶「\(id)」\(hint)。已有客戶：\(known.isEmpty ? "-" : known.joined(separator: "、"))。")
    }
    static func ambiguousAccount(_ typed: String, _ matches: [String]) -> LocalizedText {
        l("'\(typed)' fits several accounts: \(matches.joined(separator: ", ")). Type more of the name, or the id.",
          "“\(typed)”对应多个客户：\(matches.joined(separator: "、"))。请多输入几个字，或输入编号。",
          "「\(typed)」對應多個客戶：\(matches.joined(separator: "、"))。請多輸入幾個字，或輸入編號。")
    }
    static let openUsage = l("Usage: /open ID (Tab completes ids; /accounts lists them).", "用法：/open 编号（Tab 可补全；/accounts 列出全部）。", "用法：/open 編號（Tab 可補全；/accounts 列出全部）。")
    static func opened(_ account: Account, people: Int, flags: Int) -> LocalizedText {
        l("Opened \(account.name) (\(account.id)): \(people) people, \(flags) risk flag(s). /flags, /chart, or ask a question.",
          "已打开\(inline(account.name, punctuationFollows: true))（\(account.id)）：\(people) 人，\(flags) 个风险提示。可用 /flags、/chart，或直接提问。",
          "已開啟\(inline(account.name, punctuationFollows: true))（\(account.id)）：\(people) 人，\(flags) 個風險提示。可用 /flags、/chart，或直接提問。")
    }
    static let closed = l("No account open now.", "已关闭当前客户。", "已關閉目前客戶。")
    static let noOpenAccount = l("Open an account first: /open ID (/accounts lists them).", "请先打开客户：/open 编号（/accounts 列出全部）。", "請先開啟客戶：/open 編號（/accounts 列出全部）。")
    static let noFlags = l("No risk flags: every role is found, met and in contact. Keep the file current.", "没有风险提示：角色齐全、都见过、保持接触。记得更新档案。", "沒有風險提示：角色齊全、都見過、保持接觸。記得更新檔案。")
    static func flagsHeading(_ account: Account) -> LocalizedText {
        l("Risk flags for \(account.name)", "\(inline(account.name, atStart: true))的风险提示", "\(inline(account.name, atStart: true))的風險提示")
    }
    static let importUsage = l("Usage: /account import FILE...", "用法：/account import 文件...", "用法：/account import 檔案...")
    static func inAccount(_ account: Account) -> LocalizedText {
        l("In \(account.name):", "在\(inline(account.name, punctuationFollows: true))：", "在\(inline(account.name, punctuationFollows: true))：")
    }
    static func personLine(_ person: Person, roleName: String, language: Language) -> String {
        var facts: [String] = []
        if let title = person.title { facts.append(title) }
        switch language {
        case .en:
            if person.met == false { facts.append("not met") }
            if let contact = person.contact { facts.append("contact \(contact.rawValue)") }
            if person.support != .unknown { facts.append(person.support.rawValue) }
        case .zhHans:
            if person.met == false { facts.append("未见过") }
            if let contact = person.contact { facts.append("接触度\(contact.label[language])") }
        case .zhHant:
            if person.met == false { facts.append("未見過") }
            if let contact = person.contact { facts.append("接觸度\(contact.label[language])") }
        }
        let detail = facts.isEmpty ? "" : (language == .en ? " (\(facts.joined(separator: ", ")))" : "（\(facts.joined(separator: "，"))）")
        return language == .en ? "- \(person.name)\(detail) is the \(roleName)." : "- \(person.name)\(detail)是\(roleName)。"
    }
    static func noPersonInRole(_ roleName: String, _ language: Language) -> String {
        switch language {
        case .en: "- Nobody in this account is marked as the \(roleName) yet: finding them is the first job."
        case .zhHans: "- 这个客户里还没标出\(roleName)：先把人找到。"
        case .zhHant: "- 這個客戶裡還沒標出\(roleName)：先把人找到。"
        }
    }
}
