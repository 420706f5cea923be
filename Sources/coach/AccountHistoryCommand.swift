import ArgumentParser
import CoachApp
import CoachCore
import CoachOptions
import CoachStore
import Foundation

/// `coach account history ID`: every stored version, oldest first.
struct AccountHistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: HelpText.text("Show an account's versions: when, who, from which file, and what changed.")
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: .l("The account id."))
    var id: String

    @Flag(name: .long, help: .l("Print the history as JSON."))
    var json = false

    func run() throws {
        let language = try global.language()
        let store = try global.openStore()
        let versions = try store.history(id: id)
        guard !versions.isEmpty else { throw StoreError.unknownAccount(id: id, known: try store.accountIDs()) }
        if json {
            print(try JSONOutput.encode(HistoryJSON(account: id, versions: versions)))
            return
        }
        let header: [String] = switch language {
        case .en: ["VERSION", "IMPORTED", "BY", "SOURCE", "CHANGES"]
        case .zhHans: ["版本", "导入时间", "导入者", "来源", "变化"]
        case .zhHant: ["版本", "匯入時間", "匯入者", "來源", "變化"]
        }
        let rows = versions.map { version in
            [String(version.version), CLI.timestamp(version.importedAt), version.importedBy,
             version.source, version.summary]
        }
        for line in CLI.table(header: header, rows: rows, color: CLI.colorMode()) { print(line) }
    }

    /// `{"account": "east-post", "versions": [...]}`.
    struct HistoryJSON: Encodable {
        var account: String
        var versions: [AccountVersion]
    }
}
