public import CoachCore
import Foundation

// The checks `coach import` makes on a parsed line before storing it: every number in range,
// every enum value known, every date sane, every id well-formed, every text bounded. A line from
// a damaged or hostile export is rejected with the field and the reason, never stored.
extension ExchangeItem {
    /// The first problem that keeps this line out of the store, naming the field, or nil.
    ///
    /// ```swift
    /// item.problem(within: ExchangeLimits(now: Date(), questionCount: 19))
    /// // "at 'position': -1 is out of range; a session is at a question from 0 to 19"
    /// ```
    public func problem(within limits: ExchangeLimits) -> String? {
        problemText(within: limits)?.en
    }

    /// The same problem in each language, for a user's screen.
    public func problemText(within limits: ExchangeLimits) -> LocalizedText? {
        let check = ExchangeCheck(limits: limits)
        do {
            switch self {
            case .accountVersion(let item): try check.accountVersion(item)
            case .session(let item): try check.session(item)
            case .log(let item): try check.log(item)
            case .followUp(let item): try check.followUp(item)
            case .verification(let item): try check.verification(item)
            }
            return nil
        } catch {
            return error.text
        }
    }
}

/// Why a field was refused, in each language.
struct ExchangeProblem: Error {
    var text: LocalizedText
}

/// One field check after another; the first that fails ends the line.
struct ExchangeCheck {
    typealias T = LocalizedText

    let limits: ExchangeLimits

    func fail(_ field: String, _ reason: LocalizedText) -> ExchangeProblem {
        ExchangeProblem(text: LocalizedText(
            en: "at '\(field)': \(reason.en)", zhHans: "字段 '\(field)'：\(reason.zhHans)", zhHant: "欄位 '\(field)'：\(reason.zhHant)"))
    }

    // MARK: Lines

    func accountVersion(_ item: ExchangeAccountVersion) throws(ExchangeProblem) {
        try name(item.account, "account")
        try version(item.version, "version")
        guard item.id == "\(item.account)/\(item.version)" else {
            throw fail("id", T(en: "'\(item.id)' does not match the account and version; it should be '\(item.account)/\(item.version)'",
                         zhHans: "'\(item.id)' 与客户和版本不符；应为 '\(item.account)/\(item.version)'",
                         zhHant: "'\(item.id)' 與客戶和版本不符；應為 '\(item.account)/\(item.version)'"))
        }
        if let uuid = item.uuid { try uuidField(uuid, "uuid") }
        try date(item.importedAt, "importedAt")
        try name(item.importedBy, "importedBy")
        try text(item.source, "source", limit: ExchangeLimits.maximumName * 8)
        try text(item.summary, "summary")
        try account(item.content, expectedID: item.account)
    }

    func session(_ item: ExchangeSession) throws(ExchangeProblem) {
        try id(item.id, "id")
        try name(item.account, "account")
        if let version = item.accountVersion { try self.version(version, "accountVersion") }
        try name(item.salesperson, "salesperson")
        guard Language(rawValue: item.language) != nil else {
            throw fail("language", T.allowed("'\(item.language)'", Language.allCases.map(\.rawValue)))
        }
        guard SessionStatus(rawValue: item.status) != nil else {
            throw fail("status", T.allowed("'\(item.status)'", SessionStatus.allCases.map(\.rawValue)))
        }
        let latest = limits.latestPosition
        guard (0...latest).contains(item.position) else {
            throw fail("position", T(en: "\(item.position) is out of range; a session is at a question from 0 to \(latest)",
                         zhHans: "\(item.position) 超出范围；准备进行到的题目在 0 到 \(latest) 之间",
                         zhHant: "\(item.position) 超出範圍；準備進行到的題目在 0 到 \(latest) 之間"))
        }
        try date(item.startedAt, "startedAt")
        try date(item.updatedAt, "updatedAt")
        if let finished = item.finishedAt { try date(finished, "finishedAt") }
        try count(item.answers.count, "answers")
        var seen = Set<String>()
        for (index, answer) in item.answers.enumerated() {
            func field() -> String { "answers[\(index)]" }
            try name(answer.answer.questionID, "\(field()).questionID")
            guard seen.insert(answer.answer.questionID).inserted else {
                throw fail("\(field()).questionID", T(en: "question '\(answer.answer.questionID)' is answered twice",
                             zhHans: "题目 '\(answer.answer.questionID)' 回答了两次", zhHant: "題目 '\(answer.answer.questionID)' 回答了兩次"))
            }
            try prepValue(answer.answer.value, "\(field()).value")
            if let detail = answer.answer.detail { try text(detail, "\(field()).detail") }
            try date(answer.answeredAt, "\(field()).answeredAt")
        }
        if let flags = item.flags {
            try count(flags.count, "flags")
            for (index, flag) in flags.enumerated() {
                for (language, message) in [("en", flag.message.en), ("zh-Hans", flag.message.zhHans), ("zh-Hant", flag.message.zhHant)] {
                    try text(message, "flags[\(index)].message.\(language)")
                }
                if let person = flag.person { try short(person, "flags[\(index)].person") }
            }
        }
        if let strategies = item.strategies {
            try count(strategies.count, "strategies")
            for (index, strategy) in strategies.enumerated() {
                try name(strategy.ruleID, "strategies[\(index)].ruleID")
                if let person = strategy.person { try short(person, "strategies[\(index)].person") }
                try count(strategy.topics.count, "strategies[\(index)].topics")
            }
        }
        if let outline = item.outline {
            try count(outline.count, "outline")
            for (index, question) in outline.enumerated() {
                for (language, words) in [("en", question.text.en), ("zh-Hans", question.text.zhHans), ("zh-Hant", question.text.zhHant)] {
                    try text(words, "outline[\(index)].text.\(language)")
                }
            }
        }
    }

    func log(_ item: ExchangeLog) throws(ExchangeProblem) {
        try id(item.id, "id")
        try name(item.account, "account")
        try name(item.visitor, "visitor")
        try date(item.createdAt, "createdAt")
        guard !item.versions.isEmpty else { throw fail("versions", T(en: "a visit log needs at least one version", zhHans: "拜访记录至少要有一个版本", zhHant: "走訪記錄至少要有一個版本")) }
        try count(item.versions.count, "versions")
        var seen = Set<Int>()
        for (index, version) in item.versions.enumerated() {
            func field() -> String { "versions[\(index)]" }
            try self.version(version.version, "\(field()).version")
            guard seen.insert(version.version).inserted else {
                throw fail("\(field()).version", T(en: "version \(version.version) is there twice", zhHans: "第 \(version.version) 版出现了两次", zhHant: "第 \(version.version) 版出現了兩次"))
            }
            try date(version.editedAt, "\(field()).editedAt")
            try name(version.editedBy, "\(field()).editedBy")
            let content = version.content
            try day(content.visitDate, "\(field()).content.visitDate")
            try count(content.peopleMet.count, "\(field()).content.peopleMet")
            for (number, person) in content.peopleMet.enumerated() { try short(person, "\(field()).content.peopleMet[\(number)]") }
            try text(content.discussed, "\(field()).content.discussed")
            try text(content.opinions, "\(field()).content.opinions")
            try text(content.commitments, "\(field()).content.commitments")
            try count(content.findings.count, "\(field()).content.findings")
            for (number, finding) in content.findings.enumerated() {
                try text(finding.question, "\(field()).content.findings[\(number)].question")
                try text(finding.learnt, "\(field()).content.findings[\(number)].learnt")
            }
        }
    }

    func followUp(_ item: ExchangeFollowUp) throws(ExchangeProblem) {
        try id(item.id, "id")
        try name(item.account, "account")
        if let log = item.log { try id(log, "log") }
        try text(item.text, "text")
        try day(item.raised, "raised")
        try name(item.owner, "owner")
        if let department = item.department { try short(department, "department") }
        if let due = item.due { try day(due, "due") }
        try date(item.createdAt, "createdAt")
        try date(item.updatedAt, "updatedAt")
        try count(item.history.count, "history")
        for (index, change) in item.history.enumerated() {
            func field() -> String { "history[\(index)]" }
            if let id = change.id { try uuidField(id, "\(field()).id") }
            try day(change.day, "\(field()).day")
            try date(change.at, "\(field()).at")
            try name(change.by, "\(field()).by")
        }
    }

    func verification(_ item: ExchangeVerification) throws(ExchangeProblem) {
        try id(item.id, "id")
        try id(item.entry, "entry")
        if let version = item.entryVersion { try self.version(version, "entryVersion") }
        try name(item.verifiedBy, "verifiedBy")
        try date(item.verifiedAt, "verifiedAt")
        try text(item.comment, "comment")
    }

    func account(_ account: Account, expectedID: String) throws(ExchangeProblem) {
        guard account.id == expectedID else {
            throw fail("content.id", T(en: "'\(account.id)' is not the account this line is for ('\(expectedID)')",
                         zhHans: "'\(account.id)' 不是这一行所属的客户（'\(expectedID)'）", zhHant: "'\(account.id)' 不是這一行所屬的客戶（'\(expectedID)'）"))
        }
        try name(account.name, "content.name")
        for (field, value) in [("industry", account.industry), ("owner", account.owner)] {
            if let value { try short(value, "content.\(field)") }
        }
        try count(account.products.count, "content.products")
        for (index, product) in account.products.enumerated() { try short(product, "content.products[\(index)]") }
        if let note = account.changes.note { try text(note, "content.changes.note") }
        try count(account.people.count, "content.people")
        for (index, person) in account.people.enumerated() {
            func field() -> String { "content.people[\(index)]" }
            try name(person.name, "\(field()).name")
            let short: [(String, String?)] = [
                ("title", person.title), ("reportsTo", person.reportsTo), ("counterpart", person.counterpart),
                ("birthday", person.birthday), ("phone", person.phone), ("address", person.address),
            ]
            for (key, value) in short { if let value { try self.short(value, "\(field()).\(key)") } }
            for (key, value) in [("note", person.note), ("result", person.result)] {
                if let value { try text(value, "\(field()).\(key)") }
            }
        }
        try count(account.openIssues.count, "content.openIssues")
        for (index, issue) in account.openIssues.enumerated() {
            func field() -> String { "content.openIssues[\(index)]" }
            try text(issue.text, "\(field()).text")
            if let raised = issue.raised { try day(raised, "\(field()).raised") }
            if let department = issue.department { try short(department, "\(field()).department") }
        }
    }

    // MARK: Fields
    //
    // A field's name is made only for a problem (`@autoclosure`): most lines have none, and
    // building "versions[0].content.discussed" for every field of every line was a tenth of the checks.

    /// A record id: a well-formed UUID, or a key written before every record had one (kept, and
    /// read as its derived UUID), never empty, never with control characters.
    func id(_ value: String, _ field: @autoclosure () -> String) throws(ExchangeProblem) {
        if Self.hasUUIDShape(value) || value.allSatisfy({ $0.isHexDigit || $0 == "-" }) && value.contains("-") && value.count >= 32 {
            try uuidField(value, field())
            return
        }
        try name(value, field())
        guard !value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw fail(field(), T(en: "the id holds control characters (such as line breaks); an id is one line of text",
                         zhHans: "编号里有控制字符（例如换行）；编号只能是一行文字", zhHant: "編號裡有控制字元（例如換行）；編號只能是一行文字"))
        }
    }

    func uuidField(_ value: String, _ field: @autoclosure () -> String) throws(ExchangeProblem) {
        guard RecordID.isUUID(value) else {
            let shown = TerminalSafe.text(String(value.prefix(60)))
            throw fail(field(), T(en: "'\(shown)' is not a well-formed UUID (8-4-4-4-12 hexadecimal digits)",
                         zhHans: "'\(shown)' 不是格式正确的 UUID（8-4-4-4-12 位十六进制数字）", zhHant: "'\(shown)' 不是格式正確的 UUID（8-4-4-4-12 位十六進位數字）"))
        }
    }

    /// 36 characters with dashes where a UUID has them.
    static func hasUUIDShape(_ value: String) -> Bool {
        let utf8 = value.utf8
        // 36 bytes of hex digits and dashes are 36 characters: read as bytes, without grapheme breaking.
        if utf8.count == 36, utf8.allSatisfy({ $0 == UInt8(ascii: "-") || ($0 >= 0x30 && $0 <= 0x39) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x66) }) {
            let bytes = Array(utf8)
            return [8, 13, 18, 23].allSatisfy { bytes[$0] == UInt8(ascii: "-") }
        }
        let characters = Array(value)
        return characters.count == 36 && [8, 13, 18, 23].allSatisfy { characters[$0] == "-" }
    }

    /// A short, non-empty field: a name, id or title. (Control characters are kept, as the
    /// journal keeps them, and shown visibly when printed.)
    func name(_ value: String, _ field: @autoclosure () -> String) throws(ExchangeProblem) {
        guard !Self.isBlank(value) else { throw fail(field(), T(en: "it is empty", zhHans: "内容是空的", zhHant: "內容是空的")) }
        try text(value, field(), limit: ExchangeLimits.maximumName)
    }

    /// Whether `value` is empty once spaces and tabs are trimmed: a text that starts with anything
    /// else is not, without trimming it.
    static func isBlank(_ value: String) -> Bool {
        guard let first = value.unicodeScalars.first else { return true }
        if !CharacterSet.whitespaces.contains(first) { return false }
        return value.trimmingCharacters(in: .whitespaces).isEmpty
    }

    /// An optional short field (a title, a department, a name in a list): bounded, may be empty.
    func short(_ value: String, _ field: @autoclosure () -> String) throws(ExchangeProblem) {
        try text(value, field(), limit: ExchangeLimits.maximumName)
    }

    func text(_ value: String, _ field: @autoclosure () -> String, limit: Int = ExchangeLimits.maximumText) throws(ExchangeProblem) {
        // No more bytes than the limit: no more characters either.
        if value.utf8.count <= limit { return }
        let length = value.unicodeScalars.count
        guard length <= limit else { throw fail(field(), T(en: "the text is \(length) characters long; at most \(limit) are allowed",
                                                             zhHans: "文字长 \(length) 个字符；最多 \(limit) 个", zhHant: "文字長 \(length) 個字元；最多 \(limit) 個")) }
    }

    func count(_ value: Int, _ field: @autoclosure () -> String) throws(ExchangeProblem) {
        guard value <= ExchangeLimits.maximumItems else {
            throw fail(field(), T(en: "\(value) entries; at most \(ExchangeLimits.maximumItems) are allowed",
                         zhHans: "有 \(value) 项；最多 \(ExchangeLimits.maximumItems) 项", zhHant: "有 \(value) 項；最多 \(ExchangeLimits.maximumItems) 項"))
        }
    }

    func version(_ value: Int, _ field: @autoclosure () -> String) throws(ExchangeProblem) {
        guard (1...ExchangeLimits.maximumVersion).contains(value) else {
            throw fail(field(), T(en: "\(value) is out of range; versions count from 1 to \(ExchangeLimits.maximumVersion)",
                         zhHans: "\(value) 超出范围；版本从 1 到 \(ExchangeLimits.maximumVersion)", zhHant: "\(value) 超出範圍；版本從 1 到 \(ExchangeLimits.maximumVersion)"))
        }
    }

    func date(_ value: Date, _ field: @autoclosure () -> String) throws(ExchangeProblem) {
        guard value >= ExchangeLimits.earliest else {
            let written = CoachDatabase.isoTimestamp(value)
            throw fail(field(), T(en: "\(written) is before 2000; the date is damaged",
                         zhHans: "\(written) 早于 2000 年；这个日期已损坏", zhHant: "\(written) 早於 2000 年；這個日期已損壞"))
        }
        guard value <= limits.latestDate else {
            let written = CoachDatabase.isoTimestamp(value)
            let now = CoachDatabase.isoTimestamp(limits.now)
            throw fail(field(), T(en: "\(written) is in the future (more than a day after this machine's clock, \(now)); check the clock of the machine that wrote the export",
                         zhHans: "\(written) 是未来的时间（比这台电脑的时钟 \(now) 晚一天以上）；请检查写出这份导出文件的电脑的时钟",
                         zhHant: "\(written) 是未來的時間（比這台電腦的時鐘 \(now) 晚一天以上）；請檢查寫出這份匯出檔的電腦的時鐘"))
        }
    }

    /// A calendar day, `YYYY-MM-DD`, from 2000 to 2100.
    func day(_ value: String, _ field: @autoclosure () -> String) throws(ExchangeProblem) {
        func shown() -> String { TerminalSafe.text(String(value.prefix(40))) }
        guard DayNumber.strict(value) != nil else {
            throw fail(field(), T(en: "'\(shown())' is not a calendar day; write it as YYYY-MM-DD",
                         zhHans: "'\(shown())' 不是有效的日期；请写成 YYYY-MM-DD", zhHant: "'\(shown())' 不是有效的日期；請寫成 YYYY-MM-DD"))
        }
        // Text that starts and ends with visible ASCII has no spaces or tabs to trim.
        let visible = { (byte: UInt8?) in byte.map { $0 > 0x20 && $0 < 0x7F } ?? false }
        let trimmed = visible(value.utf8.first) && visible(value.utf8.last) ? value : value.trimmingCharacters(in: .whitespaces)
        let yearText = trimmed.prefix { $0 != "-" }
        guard yearText.count == 4, let year = Int(yearText), (2000...ExchangeLimits.latestYear).contains(year) else {
            throw fail(field(), T(en: "'\(shown())' is out of range; a day from 2000 to \(ExchangeLimits.latestYear)",
                         zhHans: "'\(shown())' 超出范围；日期须在 2000 到 \(ExchangeLimits.latestYear) 年之间", zhHant: "'\(shown())' 超出範圍；日期須在 2000 到 \(ExchangeLimits.latestYear) 年之間"))
        }
    }

    func prepValue(_ value: PrepAnswer.Value, _ field: @autoclosure () -> String) throws(ExchangeProblem) {
        switch value {
        case .yes, .no, .unsure, .skipped: return
        case .text(let words): try text(words, field())
        case .people(let names):
            try count(names.count, field())
            for (index, person) in names.enumerated() { try short(person, "\(field())[\(index)]") }
        }
    }
}

extension LocalizedText {
    /// "'x' is not an allowed value; allowed: a, b".
    public static func allowed(_ value: String, _ allowed: [String]) -> LocalizedText {
        let list = allowed.joined(separator: ", ")
        return LocalizedText(en: "\(value) is not an allowed value; allowed: \(list)",
                             zhHans: "\(value) 不是允许的值；可用的值：\(list)", zhHant: "\(value) 不是允許的值；可用的值：\(list)")
    }
}
