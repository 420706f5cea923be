public import CoachCore

/// Everything that can be wrong with an account file, with the data each message needs; rendered
/// in the user's language by `message(_:)` (English, Simplified and Traditional Chinese).
///
/// Messages name the field and what is allowed; allowed values come from the enumerations' own
/// words and labels (`AccountTerm`, `label`), never from a list written here.
///
/// ```swift
/// AccountFileProblem.tooLarge(size: 2_400_000, limit: AccountFile.sizeLimit).message(.zhHant)
/// // "檔案有 2.3 MB，超過客戶檔案的上限 1 MB；…"
/// ```
public enum AccountFileProblem: Sendable, Hashable {
    // The file itself.
    case notFound
    case isFolder
    case notRegularFile
    case unreadable(reason: String)
    case tooLarge(size: Int, limit: Int)
    case notUTF8
    case empty
    // YAML structure.
    case syntax(detail: String)
    case duplicateKey(String)
    case mergeKey
    case mergeTag
    case tooManyAliases(limit: Int)
    case aliasesExpandTooMuch(limit: Int)
    case tooDeep(limit: Int)
    case complexKey
    case severalDocuments
    // Keys and values.
    case notAMapping(context: Context)
    case unknownKey(String, context: Context, suggestion: String?, allowed: [String])
    case missingKey(String, context: Context)
    case wrongShape(field: String, expected: Shape, found: Shape)
    case invalidTerm(field: String, value: String, suggestion: String?, allowed: [TermChoice])
    case invalidFlag(field: String, value: String, allowed: [String])
    case emptyAccountName
    case emptyPersonName
    case emptyIssueText
    case invalidID(String, example: String?)
    case fileNameIsNotAnID(String, example: String)
    case invalidBirthday(String, calendar: CalendarKind)
    case leapMonthOnSolar
    case invalidRaisedDate(String)
    case duplicatePerson(String, firstLine: Int)
    case reportsToSelf(String)
    case reportsToCircle([String])
    case reportsToNobody(String, suggestion: String)
    case duplicateIssue(String, firstLine: Int)
    case duplicateAccountID(String, otherFile: String)
    case moreNotShown(Int, shown: Int)

    /// Where in the file a mapping is: for "unknown key 'x' in person".
    public enum Context: Sendable, Hashable {
        case account, changes, person, issue

        var label: LocalizedText {
            switch self {
            case .account: LocalizedText(en: "the account", zhHans: "客户", zhHant: "客戶")
            case .changes: LocalizedText(en: "changes", zhHans: "changes（变化）", zhHant: "changes（變化）")
            case .person: LocalizedText(en: "person", zhHans: "人员", zhHant: "人員")
            case .issue: LocalizedText(en: "open issue", zhHans: "待办问题", zhHant: "待辦問題")
            }
        }
    }

    /// What a value is or should be.
    public enum Shape: Sendable, Hashable {
        case text, list, mapping, yesNo, term, listOfMappings

        var label: LocalizedText {
            switch self {
            case .text: LocalizedText(en: "a single text", zhHans: "一段文字", zhHant: "一段文字")
            case .list: LocalizedText(en: "a list", zhHans: "列表", zhHant: "清單")
            case .mapping: LocalizedText(en: "a set of 'key: value' lines", zhHans: "“键: 值”的多行内容", zhHant: "「鍵: 值」的多行內容")
            case .yesNo: LocalizedText(en: "yes or no", zhHans: "是或否", zhHant: "是或否")
            case .term: LocalizedText(en: "one word", zhHans: "一个词", zhHant: "一個詞")
            case .listOfMappings: LocalizedText(en: "a list of entries starting with '- '", zhHans: "以“- ”开头的条目列表", zhHant: "以「- 」開頭的條目清單")
            }
        }
    }

    /// One allowed value of an enumeration: the word to write and its label in each language.
    public struct TermChoice: Sendable, Hashable {
        public var word: String
        public var label: LocalizedText?

        func text(_ language: Language) -> String {
            guard language != .en, let label = label?[language], label != word else { return word }
            return "\(word)（\(label)）"
        }
    }

    /// The message in `language`.
    public func message(_ language: Language) -> String { text[language] }

    /// The message in the three languages.
    public var text: LocalizedText {
        let q = Quote.self
        switch self {
        case .notFound:
            return LocalizedText(
                en: "no such file; check the name and the folder",
                zhHans: "文件不存在；请检查文件名和所在文件夹",
                zhHant: "檔案不存在；請檢查檔名和所在資料夾")
        case .isFolder:
            return LocalizedText(
                en: "this is a folder, not an account file; name the .yaml file inside it",
                zhHans: "这是文件夹，不是客户档案；请指定其中的 .yaml 文件",
                zhHant: "這是資料夾，不是客戶檔案；請指定其中的 .yaml 檔案")
        case .notRegularFile:
            return LocalizedText(
                en: "this is a device or pipe, not an account file; name a .yaml file",
                zhHans: "这是设备或管道，不是客户档案；请指定 .yaml 文件",
                zhHant: "這是裝置或管道，不是客戶檔案；請指定 .yaml 檔案")
        case .unreadable(let reason):
            return LocalizedText(
                en: "cannot read the file (\(reason)); check its owner and permissions",
                zhHans: "无法读取文件（\(reason)）；请检查文件的所有者和权限",
                zhHant: "無法讀取檔案（\(reason)）；請檢查檔案的擁有者和權限")
        case let .tooLarge(size, limit):
            let (s, l) = (Self.megabytes(size), Self.megabytes(limit))
            return LocalizedText(
                en: "the file is \(s), over the \(l) limit for an account file; an account file holds one account (split it, or remove what does not belong)",
                zhHans: "文件有 \(s)，超过客户档案的上限 \(l)；一个客户档案只放一个客户（请拆分，或删去无关内容）",
                zhHant: "檔案有 \(s)，超過客戶檔案的上限 \(l)；一個客戶檔案只放一個客戶（請拆分，或刪去無關內容）")
        case .notUTF8:
            return LocalizedText(
                en: "the file is not UTF-8 text; save it with UTF-8 encoding",
                zhHans: "文件不是 UTF-8 文本；请以 UTF-8 编码保存",
                zhHant: "檔案不是 UTF-8 文字；請以 UTF-8 編碼儲存")
        case .empty:
            return LocalizedText(
                en: "the file is empty; an account file starts with a line such as 'account: East Post'",
                zhHans: "文件是空的；客户档案以“account: 华东邮政”这样的一行开头",
                zhHant: "檔案是空的；客戶檔案以「account: 華東郵政」這樣的一行開頭")
        case .syntax(let detail):
            let hint = Self.syntaxHint(detail)
            return LocalizedText(
                en: "the YAML is not well formed here (\(detail)); \(hint.en)",
                zhHans: "此处 YAML 格式有误；\(hint.zhHans)",
                zhHant: "此處 YAML 格式有誤；\(hint.zhHant)")
        case .duplicateKey(let key):
            return LocalizedText(
                en: "the key '\(key)' appears twice in the same place; keep one",
                zhHans: "键\(q.hans(key))在同一处出现了两次；请只保留一个",
                zhHant: "鍵\(q.hant(key))在同一處出現了兩次；請只保留一個")
        case .mergeKey:
            return LocalizedText(
                en: "merge keys ('<<') are not allowed in an account file; write the fields out",
                zhHans: "客户档案不允许使用合并键（<<）；请把字段逐个写出",
                zhHant: "客戶檔案不允許使用合併鍵（<<）；請把欄位逐一寫出")
        case .mergeTag:
            return LocalizedText(
                en: "the '!!merge' tag is not allowed in an account file; write the fields out",
                zhHans: "客户档案不允许使用 !!merge 标签；请把字段逐个写出",
                zhHant: "客戶檔案不允許使用 !!merge 標籤；請把欄位逐一寫出")
        case .tooManyAliases(let limit):
            return LocalizedText(
                en: "more than \(limit) aliases ('*name'); write the values out",
                zhHans: "别名（*名称）超过 \(limit) 个；请把值直接写出",
                zhHant: "別名（*名稱）超過 \(limit) 個；請把值直接寫出")
        case .aliasesExpandTooMuch(let limit):
            return LocalizedText(
                en: "the aliases ('*name') here repeat more than \(limit) values; write the values out",
                zhHans: "此处的别名（*名称）重复了超过 \(limit) 个值；请把值直接写出",
                zhHant: "此處的別名（*名稱）重複了超過 \(limit) 個值；請把值直接寫出")
        case .tooDeep(let limit):
            return LocalizedText(
                en: "the values are nested more than \(limit) levels deep; an account file needs at most 3",
                zhHans: "内容嵌套超过 \(limit) 层；客户档案最多只需 3 层",
                zhHant: "內容巢狀超過 \(limit) 層；客戶檔案最多只需 3 層")
        case .complexKey:
            return LocalizedText(
                en: "a key must be a plain word such as 'name', not a list, a mapping or an alias",
                zhHans: "键必须是“name”这样的普通词，不能是列表、映射或别名",
                zhHant: "鍵必須是「name」這樣的普通詞，不能是清單、對應或別名")
        case .severalDocuments:
            return LocalizedText(
                en: "a second document starts here ('---'); an account file holds one account",
                zhHans: "这里开始了第二个文档（---）；一个客户档案只放一个客户",
                zhHant: "這裡開始了第二個文件（---）；一個客戶檔案只放一個客戶")
        case .notAMapping(let context):
            return LocalizedText(
                en: "\(context.label.en) should be a set of 'key: value' lines",
                zhHans: "\(context.label.zhHans)应当是“键: 值”的多行内容",
                zhHant: "\(context.label.zhHant)應當是「鍵: 值」的多行內容")
        case let .unknownKey(key, context, suggestion, allowed):
            let list = allowed.joined(separator: ", ")
            return LocalizedText(
                en: "unknown key '\(key)' in \(context.label.en)\(suggestion.map { " (did you mean '\($0)'?)" } ?? ""); allowed: \(list)",
                zhHans: "\(context.label.zhHans)中没有\(q.hans(key))这个键\(suggestion.map { "（是不是\(q.hans($0))？）" } ?? "")；可用的键：\(allowed.joined(separator: "、"))",
                zhHant: "\(context.label.zhHant)中沒有\(q.hant(key))這個鍵\(suggestion.map { "（是不是\(q.hant($0))？）" } ?? "")；可用的鍵：\(allowed.joined(separator: "、"))")
        case let .missingKey(key, context):
            return LocalizedText(
                en: context == .account ? "missing required key '\(key)'" : "missing required key '\(key)' in \(context.label.en)",
                zhHans: "\(context.label.zhHans)缺少必填的键\(q.hans(key))",
                zhHant: "\(context.label.zhHant)缺少必填的鍵\(q.hant(key))")
        case let .wrongShape(field, expected, found):
            return LocalizedText(
                en: "'\(field)' should be \(expected.label.en), not \(found.label.en)",
                zhHans: "\(q.hans(field))应当是\(expected.label.zhHans)，而不是\(found.label.zhHans)",
                zhHant: "\(q.hant(field))應當是\(expected.label.zhHant)，而不是\(found.label.zhHant)")
        case let .invalidTerm(field, value, suggestion, allowed):
            return LocalizedText(
                en: "invalid value '\(value)' for '\(field)'\(suggestion.map { " (did you mean '\($0)'?)" } ?? ""); allowed: \(allowed.map { $0.text(.en) }.joined(separator: ", "))",
                zhHans: "\(q.hans(field))的值\(q.hans(value))无效\(suggestion.map { "（是不是\(q.hans($0))？）" } ?? "")；可用的值：\(allowed.map { $0.text(.zhHans) }.joined(separator: "、"))",
                zhHant: "\(q.hant(field))的值\(q.hant(value))無效\(suggestion.map { "（是不是\(q.hant($0))？）" } ?? "")；可用的值：\(allowed.map { $0.text(.zhHant) }.joined(separator: "、"))")
        case let .invalidFlag(field, value, allowed):
            return LocalizedText(
                en: "invalid value '\(value)' for '\(field)'; allowed: true, false (or \(allowed.joined(separator: ", ")))",
                zhHans: "\(q.hans(field))的值\(q.hans(value))无效；可用的值：true、false（或 \(allowed.joined(separator: "、"))）",
                zhHant: "\(q.hant(field))的值\(q.hant(value))無效；可用的值：true、false（或 \(allowed.joined(separator: "、"))）")
        case .emptyAccountName:
            return LocalizedText(
                en: "'account' is empty; give the account's display name",
                zhHans: "“account”是空的；请填写客户的显示名称",
                zhHant: "「account」是空的；請填寫客戶的顯示名稱")
        case .emptyPersonName:
            return LocalizedText(
                en: "'name' is empty; every person needs a name",
                zhHans: "“name”是空的；每个人都需要名字",
                zhHant: "「name」是空的；每個人都需要名字")
        case .emptyIssueText:
            return LocalizedText(
                en: "'text' is empty; say what the customer raised",
                zhHans: "“text”是空的；请写明客户提出的问题",
                zhHant: "「text」是空的；請寫明客戶提出的問題")
        case let .invalidID(id, example):
            return LocalizedText(
                en: "invalid id '\(id)': use lowercase letters a-z, digits and '-'\(example.map { ", e.g. '\($0)'" } ?? "")",
                zhHans: "id\(q.hans(id))无效：只能用小写字母 a-z、数字和“-”\(example.map { "，例如\(q.hans($0))" } ?? "")",
                zhHant: "id\(q.hant(id))無效：只能用小寫字母 a-z、數字和「-」\(example.map { "，例如\(q.hant($0))" } ?? "")")
        case let .fileNameIsNotAnID(name, example):
            return LocalizedText(
                en: "the file has no 'id' and its name '\(name)' is not a valid id; add a line such as 'id: \(example)' (use lowercase letters a-z, digits and '-')",
                zhHans: "文件没有“id”，文件名\(q.hans(name))也不是有效的 id；请加一行，例如“id: \(example)”（只能用小写字母 a-z、数字和“-”）",
                zhHant: "檔案沒有「id」，檔名\(q.hant(name))也不是有效的 id；請加一行，例如「id: \(example)」（只能用小寫字母 a-z、數字和「-」）")
        case let .invalidBirthday(value, calendar):
            let kind = calendar.label
            return LocalizedText(
                en: "invalid birthday '\(value)': use YYYY-MM-DD or MM-DD with a real \(calendar.rawValue) date, e.g. 1976-08-15 or 08-15",
                zhHans: "生日\(q.hans(value))无效：请用 YYYY-MM-DD 或 MM-DD，并且是真实的\(kind.zhHans)日期，例如 1976-08-15 或 08-15",
                zhHant: "生日\(q.hant(value))無效：請用 YYYY-MM-DD 或 MM-DD，並且是真實的\(kind.zhHant)日期，例如 1976-08-15 或 08-15")
        case .leapMonthOnSolar:
            return LocalizedText(
                en: "'leap-month' applies to lunar birthdays only; add 'calendar: lunar' or remove 'leap-month'",
                zhHans: "“leap-month”只用于农历生日；请加上“calendar: lunar”，或删去“leap-month”",
                zhHant: "「leap-month」只用於農曆生日；請加上「calendar: lunar」，或刪去「leap-month」")
        case .invalidRaisedDate(let value):
            return LocalizedText(
                en: "invalid date '\(value)' for 'raised': use YYYY-MM-DD, e.g. 2026-10-12",
                zhHans: "“raised”的日期\(q.hans(value))无效：请用 YYYY-MM-DD，例如 2026-10-12",
                zhHant: "「raised」的日期\(q.hant(value))無效：請用 YYYY-MM-DD，例如 2026-10-12")
        case let .duplicatePerson(name, line):
            return LocalizedText(
                en: "duplicate person '\(name)' (first at line \(line)); names must be unique within the account",
                zhHans: "人员\(q.hans(name))重复（第一次在第 \(line) 行）；同一客户内名字不能重复",
                zhHant: "人員\(q.hant(name))重複（第一次在第 \(line) 行）；同一客戶內名字不能重複")
        case .reportsToSelf(let name):
            return LocalizedText(
                en: "'\(name)' cannot report to themselves; name their superior or leave 'reports-to' out",
                zhHans: "\(q.hans(name))不能向自己汇报；请写上级的名字，或删去“reports-to”",
                zhHant: "\(q.hant(name))不能向自己匯報；請寫上級的名字，或刪去「reports-to」")
        case .reportsToCircle(let chain):
            let path = chain.joined(separator: " → ")
            return LocalizedText(
                en: "reports-to goes round in a circle: \(path); one of them must report to someone outside it",
                zhHans: "reports-to 形成了循环：\(path)；其中必须有人向圈外的人汇报",
                zhHant: "reports-to 形成了循環：\(path)；其中必須有人向圈外的人匯報")
        case let .reportsToNobody(name, suggestion):
            return LocalizedText(
                en: "'reports-to: \(name)' names nobody in this account (did you mean '\(suggestion)'?); name a person listed under 'people', or the superior's title",
                zhHans: "“reports-to: \(name)”在本客户中找不到这个人（是不是\(q.hans(suggestion))？）；请写“people”中列出的人，或上级的职务",
                zhHant: "「reports-to: \(name)」在本客戶中找不到這個人（是不是\(q.hant(suggestion))？）；請寫「people」中列出的人，或上級的職務")
        case let .duplicateIssue(text, line):
            return LocalizedText(
                en: "duplicate open issue '\(text)' (first at line \(line)); merge them or tell them apart",
                zhHans: "待办问题\(q.hans(text))重复（第一次在第 \(line) 行）；请合并，或写出区别",
                zhHant: "待辦問題\(q.hant(text))重複（第一次在第 \(line) 行）；請合併，或寫出區別")
        case let .duplicateAccountID(id, other):
            return LocalizedText(
                en: "account id '\(id)' is also in \(other); each account needs its own id",
                zhHans: "客户编号\(q.hans(id))也出现在 \(other) 中；每个客户需要自己的 id",
                zhHant: "客戶編號\(q.hant(id))也出現在 \(other) 中；每個客戶需要自己的 id")
        case let .moreNotShown(count, shown):
            return LocalizedText(
                en: "\(count) more \(count == 1 ? "problem" : "problems") in this file not listed (only the first \(shown) are); fix these and check again",
                zhHans: "此文件还有 \(count) 个问题没有列出（只列出前 \(shown) 个）；请先修正这些后再检查",
                zhHant: "此檔案還有 \(count) 個問題沒有列出（只列出前 \(shown) 個）；請先修正這些後再檢查")
        }
    }

    /// `1.0 MB`, `2.3 MB`, `512 KB`.
    static func megabytes(_ bytes: Int) -> String {
        if bytes < 1024 * 1024 / 10 { return "\(max(1, bytes / 1024)) KB" }
        let tenths = (bytes * 10 + 1024 * 1024 / 2) / (1024 * 1024)
        return tenths % 10 == 0 ? "\(tenths / 10) MB" : "\(tenths / 10).\(tenths % 10) MB"
    }

    /// What to do about a libyaml complaint, in plain words.
    static func syntaxHint(_ detail: String) -> LocalizedText {
        if detail.contains("tab") {
            return LocalizedText(
                en: "indent with spaces, not tabs", zhHans: "请用空格缩进，不要用 Tab", zhHant: "請用空格縮排，不要用 Tab")
        }
        if detail.contains("mapping values are not allowed") {
            return LocalizedText(
                en: "a value containing ': ' must be put in quotes, and each key on its own line",
                zhHans: "含有“: ”的值要加引号，每个键各占一行",
                zhHant: "含有「: 」的值要加引號，每個鍵各佔一行")
        }
        if detail.contains("undefined alias") {
            return LocalizedText(
                en: "a value starting with '*' must be put in quotes", zhHans: "以“*”开头的值要加引号",
                zhHant: "以「*」開頭的值要加引號")
        }
        if detail.contains("quoted scalar") || detail.contains("quote") {
            return LocalizedText(
                en: "a quotation mark is not closed", zhHans: "有引号没有闭合", zhHant: "有引號沒有閉合")
        }
        return LocalizedText(
            en: "check the indentation and the ': ' after each key",
            zhHans: "请检查缩进，以及每个键后面的“: ”",
            zhHant: "請檢查縮排，以及每個鍵後面的「: 」")
    }
}

/// Chinese quotation marks around a word: “x” in Simplified, 「x」 in Traditional.
enum Quote {
    static func hans(_ text: String) -> String { "“\(text)”" }
    static func hant(_ text: String) -> String { "「\(text)」" }
}
