import ArgumentParser
import CoachApp
import CoachCore
import CoachEngine
import CoachOptions
import CoachStore
import Foundation

/// `coach journal show N`: one visit log with its versions, follow-ups and verification.
struct JournalShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: HelpText.text("Show one visit log in full: every version, its follow-ups and the manager's review.")
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: .l("The log's number, its 8-character ref (the same in every store) or its id."))
    var log: String

    @Option(name: .long, help: .l("Show this earlier version's text instead of the newest."))
    var version: Int?

    @Flag(name: .long, help: .l("Print the log as JSON."))
    var json = false

    func run() throws {
        let language = try global.language()
        let store = try global.openStore()
        guard var detail = try store.visitLogDetail(try JournalCLI.entryID(log, kind: .log, store: store)) else { throw StoreError.journal(.unknownLog(log)) }
        if let version {
            guard let chosen = detail.versions.first(where: { $0.version == version }) else {
                throw ValidationError(CLI.text("log #\(detail.log.number) has versions 1 to \(detail.log.version); no version \(version)", "拜访记录 #\(detail.log.number) 只有第 1 到第 \(detail.log.version) 版，没有第 \(version) 版", "走訪記錄 #\(detail.log.number) 只有第 1 到第 \(detail.log.version) 版，沒有第 \(version) 版"))
            }
            detail.log.content = chosen.content
            detail.log.version = chosen.version
        }
        if json {
            print(try JSONOutput.encode(detail))
            return
        }
        let names = try JournalCLI.accountNames(store)
        CLI.show(JournalView.logDetail(detail, accountName: names[detail.log.accountID], language: language, timeZone: .current))
    }
}
