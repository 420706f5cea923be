import ArgumentParser
import CoachApp
import CoachCore
import CoachOptions
import CoachStore
import Foundation

/// `coach account list`: every account in the store.
struct AccountListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: HelpText.text("List the accounts in the store: id, name, owner, tier, version, last update.")
    )

    @OptionGroup var global: GlobalOptions

    @Flag(name: .long, help: .l("Print the list as JSON."))
    var json = false

    func run() throws {
        let language = try global.language()
        let accounts = try global.openStore().accounts()
        if json {
            print(try JSONOutput.encode(accounts))
            return
        }
        guard !accounts.isEmpty else {
            print(CLI.say(
                language,
                en: "No accounts yet. Import one with: coach account import FILE",
                zhHans: "还没有客户。用这个命令导入：coach account import 文件",
                zhHant: "還沒有客戶。用這個指令匯入：coach account import 檔案"))
            return
        }
        let header: [String] = switch language {
        case .en: ["ID", "NAME", "OWNER", "TIER", "VERSION", "UPDATED"]
        case .zhHans: ["ID", "客户", "客户经理", "分级", "版本", "更新时间"]
        case .zhHant: ["ID", "客戶", "客戶經理", "分級", "版本", "更新時間"]
        }
        let rows = accounts.map { account in
            [account.id, account.name, account.owner ?? "-", account.tier?.rawValue ?? "-", String(account.version),
             CLI.timestamp(account.updated)]
        }
        for line in CLI.table(header: header, rows: rows, color: CLI.colorMode()) { print(line) }
    }
}
