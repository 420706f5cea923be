import ArgumentParser
import CoachApp
import CoachCore
import CoachOptions
import CoachTerminal
import Foundation

/// `coach account show ID|FILE`: the account, its people and its open issues.
struct AccountShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: HelpText.text("Show an account: its facts, people and open issues.")
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: .l("An account id in the store, or an account file."))
    var account: String

    @Flag(name: .long, help: .l("Print the account as JSON."))
    var json = false

    func run() throws {
        let language = try global.language()
        let (account, version) = try CLI.resolve(self.account, global: global)
        if json {
            print(try JSONOutput.encode(account))
            return
        }
        for line in render(account, version: version, language: language, color: CLI.colorMode()) {
            print(line)
        }
    }

    func render(_ account: Account, version: Int?, language: Language, color: ColorMode) -> [String] {
        let say = { (en: String, zhHans: String, zhHant: String) in
            CLI.say(language, en: en, zhHans: zhHans, zhHant: zhHant)
        }
        let separator = language == .en ? " · " : "・"
        var lines: [String] = []
        let versionText = version.map { say("  version \($0)", "  第 \($0) 版", "  第 \($0) 版") } ?? ""
        lines.append(TextStyle.heading.apply("\(account.name) (\(account.id))", mode: color) + versionText)

        var facts: [String] = []
        if let tier = account.tier { facts.append(language == .en ? "tier \(tier.rawValue)" : tier.label[language]) }
        if let kind = account.kind { facts.append(kind.label[language]) }
        if let industry = account.industry { facts.append(say("industry ", "行业 ", "行業 ") + industry) }
        if let owner = account.owner { facts.append(say("owner ", "客户经理 ", "客戶經理 ") + owner) }
        if let stage = account.stage { facts.append(say("stage: ", "阶段：", "階段：") + stage.label[language]) }
        if let mode = account.buyingMode { facts.append(say("buying mode: ", "购买模式：", "購買模式：") + mode.label[language]) }
        if !facts.isEmpty { lines.append(facts.joined(separator: separator)) }
        if !account.products.isEmpty {
            lines.append(say("products: ", "产品：", "產品：") + account.products.joined(separator: language == .en ? ", " : "、"))
        }
        var changes: [String] = []
        if let power = account.changes.purchasingPower {
            changes.append(say("purchasing power ", "购买力", "購買力") + power.label[language])
        }
        if account.changes.reorganized == true { changes.append(say("reorganized", "组织调整", "組織調整")) }
        if let note = account.changes.note { changes.append(note) }
        if !changes.isEmpty { lines.append(say("changes: ", "变化：", "變化：") + changes.joined(separator: separator)) }

        lines.append("")
        lines.append(TextStyle.heading.apply(say("People (\(account.people.count))", "人员（\(account.people.count)）", "人員（\(account.people.count)）"), mode: color))
        if account.people.isEmpty {
            lines.append(say("  none yet: add them under 'people:' in the account file",
                             "  还没有：在客户档案的 'people:' 下添加", "  還沒有：在客戶檔案的 'people:' 下新增"))
        } else {
            let header = [
                say("NAME", "姓名", "姓名"), say("TITLE", "职务", "職務"), say("ROLE", "角色", "角色"),
                say("REPORTS TO", "上级", "上級"), say("INFLUENCE", "影响", "影響"), say("SUPPORT", "支持", "支持"),
                say("CONTACT", "接触", "接觸"), say("MET", "见过", "見過"), say("COUNTERPART", "对应者", "對應者"),
            ]
            let yes = say("yes", "是", "是"), no = say("no", "否", "否")
            let rows = account.people.map { person in
                [
                    person.name + (person.isNew ? say(" (new)", "（新）", "（新）") : ""),
                    person.title ?? "-", "[\(person.role.letter)] " + person.role.label[language],
                    person.reportsTo ?? "-", person.influence.label[language], person.support.label[language],
                    person.contact?.label[language] ?? "?", person.met.map { $0 ? yes : no } ?? "?",
                    person.counterpart ?? "-",
                ]
            }
            lines += CLI.table(header: header, rows: rows, indent: "  ", color: color)
            let notes = account.people.compactMap { details(of: $0, language: language, separator: separator) }
            if !notes.isEmpty {
                lines.append("")
                lines += notes.map { "  " + $0 }
            }
        }

        lines.append("")
        lines.append(TextStyle.heading.apply(say("Open issues (\(account.openIssues.count))", "待办问题（\(account.openIssues.count)）", "待辦問題（\(account.openIssues.count)）"), mode: color))
        if account.openIssues.isEmpty {
            lines.append(say("  none", "  没有", "  沒有"))
        } else {
            let header = [say("RAISED", "提出日期", "提出日期"), say("STATUS", "状态", "狀態"), say("DEPARTMENT", "部门", "部門"), say("ISSUE", "问题", "問題")]
            let rows = account.openIssues.map { issue in
                [issue.raised ?? "?", issue.status.label[language], issue.department ?? "-", issue.text]
            }
            lines += CLI.table(header: header, rows: rows, indent: "  ", color: color)
        }
        return lines
    }

    /// `王建國: tiger · birthday 08-15 (lunar) · win: … · note: …`, or nil when there is nothing more.
    func details(of person: Person, language: Language, separator: String) -> String? {
        let say = { (en: String, zhHans: String, zhHant: String) in
            CLI.say(language, en: en, zhHans: zhHans, zhHant: zhHant)
        }
        var parts: [String] = []
        if person.personality != .unknown {
            parts.append(say("personality ", "性格：", "性格：") + person.personality.label[language])
        }
        if let birthday = person.birthday {
            var text = say("birthday ", "生日：", "生日：") + birthday
            if person.calendar == .lunar {
                text += say(" (lunar", "（农历", "（農曆") + (person.leapMonth ? say(", leap month)", "，闰月）", "，閏月）") : say(")", "）", "）"))
            }
            parts.append(text)
        }
        if let phone = person.phone { parts.append(say("phone ", "电话：", "電話：") + phone) }
        if let result = person.result { parts.append(say("personal win: ", "个人赢：", "個人贏：") + result) }
        if let note = person.note { parts.append(say("note: ", "备注：", "備註：") + note) }
        guard !parts.isEmpty else { return nil }
        return person.name + say(": ", "：", "：") + parts.joined(separator: separator)
    }
}
