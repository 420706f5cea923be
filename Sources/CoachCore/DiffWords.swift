/// The words an `AccountDiff` is written in: the account file's own keys and values (no
/// language, for the stored history and English screens), or the labels of a Chinese screen.
///
/// ```swift
/// DiffWords(language: nil).key("contact")                 // "contact"
/// DiffWords(language: .zhHant).key("contact")             // "接觸"
/// DiffWords(language: .zhHant).value("met", "true")       // "是"
/// ```
struct DiffWords: Sendable {
    /// nil: the file's words.
    var language: Language?

    enum Prose { case added, removed, changed }

    func say(_ en: String, _ zhHans: String, _ zhHant: String) -> String {
        switch language {
        case nil, .en?: en
        case .zhHans?: zhHans
        case .zhHant?: zhHant
        }
    }

    var unset: String { say("unset", "未填", "未填") }
    var noChange: String { say("no change", "没有变化", "沒有變化") }
    var separator: String { language == nil || language == .en ? "; " : "；" }
    var fieldSeparator: String { language == nil || language == .en ? ", " : "，" }

    func labelled(_ subject: String, _ text: String) -> String {
        language == nil || language == .en ? "\(subject): \(text)" : "\(subject)：\(text)"
    }

    func noted(_ text: String, _ note: String) -> String {
        language == nil || language == .en ? "\(text) (\(note))" : "\(text)（\(note)）"
    }

    /// `product 'x'` / 產品「x」.
    func item(_ noun: String, _ text: String) -> String {
        say("\(noun) '\(text)'", "\(key(noun))“\(text)”", "\(key(noun))「\(text)」")
    }

    func reordered(_ nouns: String) -> String {
        switch nouns {
        case "people": say("people reordered", "人员顺序调整", "人員順序調整")
        case "open issues": say("open issues reordered", "客户问题顺序调整", "客戶問題順序調整")
        default: say("\(nouns) reordered", "\(key(String(nouns.dropLast())))顺序调整", "\(key(String(nouns.dropLast())))順序調整")
        }
    }

    func listed(_ item: String, _ before: Int, _ after: Int) -> String {
        say("\(item) listed \(before) → \(after) times", "\(item)列出次数 \(before) → \(after)", "\(item)列出次數 \(before) → \(after)")
    }

    func prose(_ key: String, _ change: Prose) -> String {
        let name = self.key(key)
        switch change {
        case .added: return say("\(key) added", "已填写\(name)", "已填寫\(name)")
        case .removed: return say("\(key) removed", "已删除\(name)", "已刪除\(name)")
        case .changed: return say("\(key) changed", "\(name)已修改", "\(name)已修改")
        }
    }

    func firstVersion(_ account: Account) -> String {
        let people = account.people.count, issues = account.openIssues.count
        return say(
            "new account: \(people == 1 ? "1 person" : "\(people) people"), \(issues == 1 ? "1 open issue" : "\(issues) open issues")",
            "新客户：\(people) 人，\(issues) 个客户问题",
            "新客戶：\(people) 人，\(issues) 個客戶問題")
    }

    /// The name of an account-file key on the screen.
    func key(_ key: String) -> String {
        guard let language, language != .en else { return key }
        let names: [String: (String, String)] = [
            "id": ("编号", "編號"), "account": ("客户名称", "客戶名稱"), "tier": ("等级", "等級"),
            "kind": ("类型", "類型"), "industry": ("行业", "行業"), "owner": ("负责人", "負責人"),
            "stage": ("阶段", "階段"), "buying-mode": ("采购方式", "採購方式"), "product": ("产品", "產品"),
            "changes.purchasing-power": ("购买力", "購買力"), "changes.reorganized": ("组织调整", "組織調整"),
            "changes.note": ("变化说明", "變化說明"), "title": ("职务", "職務"), "role": ("角色", "角色"),
            "reports-to": ("上级", "上級"), "influence": ("影响力", "影響力"), "support": ("支持度", "支持度"),
            "contact": ("接触", "接觸"), "met": ("见过面", "見過面"), "new": ("新面孔", "新面孔"),
            "counterpart": ("对口人", "對口人"), "personality": ("性格", "性格"), "birthday": ("生日", "生日"),
            "calendar": ("历法", "曆法"), "leap-month": ("闰月", "閏月"), "phone": ("电话", "電話"),
            "note": ("备注", "備註"), "result": ("结果", "結果"), "sex": ("性别", "性別"),
            "address": ("地址", "地址"), "greetings": ("问候方式", "問候方式"), "department": ("部门", "部門"),
            "raised": ("提出日期", "提出日期"), "status": ("状态", "狀態"), "open issue": ("客户问题", "客戶問題"),
        ]
        guard let pair = names[key] else { return key }
        return language == .zhHans ? pair.0 : pair.1
    }

    /// A value of `key` as the screens name it (`true` → 是, `low` → 低).
    func value(_ key: String, _ raw: String) -> String {
        guard let language, language != .en else { return raw }
        let label: LocalizedText?
        switch key {
        case "role": label = BuyingRole(rawValue: raw)?.label
        case "influence": label = Level(rawValue: raw)?.label
        case "contact": label = Contact(rawValue: raw)?.label
        case "support": label = Support(rawValue: raw)?.label
        case "personality": label = Personality(rawValue: raw)?.label
        case "stage": label = Stage(rawValue: raw)?.label
        case "kind": label = AccountKind(rawValue: raw)?.label
        case "changes.purchasing-power": label = PowerChange(rawValue: raw)?.label
        case "status": label = IssueStatus(rawValue: raw)?.label
        case "calendar": label = CalendarKind(rawValue: raw)?.label
        case "buying-mode": label = BuyingMode(rawValue: raw)?.label
        case "sex": label = raw == "male" ? LocalizedText(en: raw, zhHans: "男", zhHant: "男") : raw == "female" ? LocalizedText(en: raw, zhHans: "女", zhHant: "女") : nil
        case "greetings":
            switch raw {
            case "formal": label = LocalizedText(en: raw, zhHans: "正式", zhHant: "正式")
            case "warm": label = LocalizedText(en: raw, zhHans: "亲切", zhHant: "親切")
            case "none": label = LocalizedText(en: raw, zhHans: "不问候", zhHant: "不問候")
            default: label = nil
            }
        default:
            label = raw == "true" ? LocalizedText(en: raw, zhHans: "是", zhHant: "是")
                : raw == "false" ? LocalizedText(en: raw, zhHans: "否", zhHant: "否") : nil
        }
        return label?[language] ?? raw
    }
}
