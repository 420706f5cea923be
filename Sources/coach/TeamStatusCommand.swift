import CoachApp
import CoachCore
import ArgumentParser
import CoachStore
import Foundation

/// `coach team status`: where this store syncs and when it last did (no connection needed).
struct TeamStatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Where this store syncs, as whom, when it last did and how many changes wait."
    )

    @OptionGroup var global: GlobalOptions

    @Flag(name: .long, help: "Print the status as JSON.")
    var json = false

    struct Status: Encodable {
        var joined: Bool
        var membership: TeamMembership?
        var pending: Int
        var members: [TeamMember]
    }

    func run() throws {
        let language = try global.language()
        let store = try global.openStore()
        let membership = try store.teamMembership()
        let pending = try store.pendingSyncCount()
        if json {
            print(try JSONOutput.encode(Status(joined: membership != nil, membership: membership, pending: pending, members: try store.teamMembers())))
            return
        }
        guard let membership else {
            print(CLI.say(
                language, en: "Not in a team: this store works on its own. Join one with 'coach team join postgres://NAME@HOST/DATABASE'.",
                zhHans: "未加入团队：此数据库独立使用。加入团队：'coach team join postgres://NAME@HOST/DATABASE'。",
                zhHant: "未加入團隊：此資料庫獨立使用。加入團隊：'coach team join postgres://NAME@HOST/DATABASE'。"))
            return
        }
        let role = membership.isManager
            ? CLI.say(language, en: "manager", zhHans: "经理", zhHant: "經理")
            : CLI.say(language, en: "salesperson", zhHans: "销售", zhHant: "業務")
        print(CLI.say(
            language, en: "Team \(membership.team) on \(membership.server), as \(membership.displayName) (\(membership.role), \(role)).",
            zhHans: "团队 \(membership.team)，服务器 \(membership.server)，身份 \(membership.displayName)（\(membership.role)，\(role)）。",
            zhHant: "團隊 \(membership.team)，伺服器 \(membership.server)，身分 \(membership.displayName)（\(membership.role)，\(role)）。"))
        if let last = TeamCLI.format(membership.lastSyncAt) {
            print(CLI.say(
                language, en: "Last sync: \(last); \(pending) change(s) waiting to go up.",
                zhHans: "上次同步：\(last)；\(pending) 项更改待上传。", zhHant: "上次同步：\(last)；\(pending) 項變更待上傳。"))
        } else {
            print(CLI.say(
                language, en: "Never synced; \(pending) record(s) will go up with 'coach sync'.",
                zhHans: "尚未同步；运行 'coach sync' 将上传 \(pending) 项记录。", zhHant: "尚未同步；執行 'coach sync' 將上傳 \(pending) 項記錄。"))
        }
    }
}
