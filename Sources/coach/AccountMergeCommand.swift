import ArgumentParser
import CoachApp
import CoachCore
import CoachOptions
import CoachStore
import Foundation

/// `coach account merge ID [--accept]`: the merged version a sync proposed when a colleague
/// edited the account at the same time; `--accept` stores it as the next version.
struct AccountMergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: HelpText.text("Show the merged version proposed after a colleague edited the account at the same time; --accept stores it.")
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: .l("The account id."))
    var id: String

    @Flag(name: .long, help: .l("Store the proposed version as the account's next version."))
    var accept = false

    @Option(name: .long, help: .l("Who is importing, recorded with each version (default: $USER)."))
    var by: String?

    @Flag(name: .long, help: .l("Print the result as JSON."))
    var json = false

    func run() throws {
        let language = try global.language()
        let store = accept ? try global.openStoreForWriting() : try global.openStore()
        guard try store.account(id: id) != nil else { throw StoreError.unknownAccount(id: id, known: try store.accountIDs()) }
        let proposal = try store.mergeProposal(accountID: id)
        var accepted: AccountImport?
        if accept, proposal != nil {
            let user = try by ?? store.teamMembership()?.role ?? AccountImporter.currentUser()
            accepted = try store.acceptMergeProposal(accountID: id, by: user, at: JournalCLI.clock.now())
        }
        if json {
            print(try JSONOutput.encode(MergeJSON(account: id, proposal: proposal, accepted: accepted)))
            return
        }
        guard let proposal else {
            print(CLI.say(
                language, en: "No merged version is proposed for \(id).",
                zhHans: "\(id) 没有待定的合并版本。", zhHant: "\(id) 沒有待定的合併版本。"))
            return
        }
        if let accepted {
            print(CLI.say(
                language, en: "Stored the merged version as \(id) version \(accepted.version).",
                zhHans: "已将合并版本存为 \(id) 第 \(accepted.version) 版。",
                zhHant: "已將合併版本存為 \(id) 第 \(accepted.version) 版。"))
            return
        }
        let who = proposal.theirsBy
        print(CLI.say(
            language,
            en: "\(who) and you both changed \(id) from version \(proposal.baseVersion) (versions \(proposal.oursVersion) and \(proposal.theirsVersion)). Proposed merge, against the newest version:",
            zhHans: "\(who) 和你都从第 \(proposal.baseVersion) 版修改了 \(id)（第 \(proposal.oursVersion) 版和第 \(proposal.theirsVersion) 版）。建议的合并版本，相对最新版本：",
            zhHant: "\(who) 和你都從第 \(proposal.baseVersion) 版修改了 \(id)（第 \(proposal.oursVersion) 版和第 \(proposal.theirsVersion) 版）。建議的合併版本，相對最新版本："))
        for change in proposal.changes { print("  \(change)") }
        for conflict in proposal.conflicts {
            print(CLI.say(
                language, en: "  both changed \(conflict): version \(proposal.oursVersion)'s kept",
                zhHans: "  双方都改了 \(conflict)：保留第 \(proposal.oursVersion) 版的", zhHant: "  雙方都改了 \(conflict)：保留第 \(proposal.oursVersion) 版的"))
        }
        print(CLI.say(
            language, en: "To store it as the next version: coach account merge \(id) --accept",
            zhHans: "要存为下一版：coach account merge \(id) --accept", zhHant: "要存為下一版：coach account merge \(id) --accept"))
    }

    /// `{"account": "east-post", "proposal": {...} | null, "accepted": {...} | null}`.
    struct MergeJSON: Encodable {
        var account: String
        var proposal: AccountMergeProposal?
        var accepted: AccountImport?

        enum CodingKeys: String, CodingKey { case account, proposal, accepted }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(account, forKey: .account)
            try container.encode(proposal, forKey: .proposal)
            try container.encode(accepted, forKey: .accepted)
        }
    }
}
