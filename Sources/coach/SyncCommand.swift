import CoachApp
import CoachCore
import ArgumentParser
import CoachStore
import CoachTeam
import Foundation

/// `coach sync`: push this store's new records, pull the team's.
struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Send this store's new and changed records to the team server and bring down what the team shares.",
        discussion: """
            Incremental (by the server's change sequence), in batches, and safe to interrupt: a \
            dropped connection loses nothing and the next sync continues. Records keep their ids, \
            so nothing arrives twice.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Flag(name: .long, help: "Print what went up and down as JSON.")
    var json = false

    @Option(name: .customLong("batch-size"), help: "Records per batch (default 500).")
    var batchSize = 500

    func validate() throws {
        guard (1...10_000).contains(batchSize) else { throw ValidationError(CLI.text("--batch-size must be 1-10000", "--batch-size 要在 1 到 10000 之间", "--batch-size 要在 1 到 10000 之間")) }
    }

    func run() throws {
        let language = try global.language()
        let store = try global.openStoreForWriting()
        guard let membership = try store.teamMembership() else { throw TeamCLI.failure(TeamError.notJoined, language) }
        let connection = try TeamCLI.connect(membership.server, language: language)
        let report: SyncReport
        do {
            report = try TeamSync(batchSize: batchSize).run(store: store, connection: connection, now: JournalCLI.clock.now())
        } catch {
            throw TeamCLI.failure(error, language)
        }
        if json {
            print(try JSONOutput.encode(report))
            return
        }
        func list(_ counts: [String: Int]) -> String {
            counts.isEmpty ? "0" : counts.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
        }
        print(CLI.say(
            language, en: "Synced with team \(report.team): up \(list(report.pushed)); down \(list(report.pulled)).",
            zhHans: "已与团队 \(report.team) 同步：上传 \(list(report.pushed))；下载 \(list(report.pulled))。",
            zhHant: "已與團隊 \(report.team) 同步：上傳 \(list(report.pushed))；下載 \(list(report.pulled))。"))
        for skipped in report.skipped {
            print(CLI.say(
                language, en: "  not synced: \(skipped.kind) \(skipped.id): \(skipped.reason)",
                zhHans: "  未同步：\(skipped.kind) \(skipped.id)：\(skipped.reason)", zhHant: "  未同步：\(skipped.kind) \(skipped.id)：\(skipped.reason)"))
        }
        for proposed in report.mergeProposals {
            let id = proposed.account, who = proposed.colleague
            print(CLI.say(
                language, en: "  \(who) and you both changed \(id): a merged version is proposed — coach account merge \(id) to review",
                zhHans: "  \(who) 和你都修改了 \(id)：已建议一个合并版本 — 用 coach account merge \(id) 查看",
                zhHant: "  \(who) 和你都修改了 \(id)：已建議一個合併版本 — 用 coach account merge \(id) 查看"))
        }
        for conflict in report.conflicts {
            print(CLI.say(language, en: "  differs: \(conflict)", zhHans: "  不一致：\(conflict)", zhHant: "  不一致：\(conflict)"))
        }
    }
}
