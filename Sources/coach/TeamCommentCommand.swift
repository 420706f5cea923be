import CoachApp
import CoachCore
import ArgumentParser
import CoachStore
import CoachTeam
import Foundation

/// `coach team comment --to NAME TEXT`: a manager's comment, sent with the next sync.
struct TeamCommentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "comment",
        abstract: "Write a comment to a salesperson (managers), about an account or a visit log; it goes with the next sync."
    )

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "The salesperson's login name.")
    var to: String

    @Option(name: .long, help: "The account it is about.")
    var account: String?

    @Option(name: .long, help: "The visit log it is about (number or id).")
    var log: String?

    @Argument(help: "The comment.")
    var text: String

    func run() throws {
        let language = try global.language()
        let store = try global.openStore()
        guard let membership = try store.teamMembership() else { throw TeamCLI.failure(TeamError.notJoined, language) }
        guard membership.isManager else {
            throw CLI.Failure(CLI.say(
                language, en: "only a manager writes comments to the team; \(membership.role) is a salesperson",
                zhHans: "只有经理能给团队写评语；\(membership.role) 是销售", zhHant: "只有經理能給團隊寫評語；\(membership.role) 是業務"))
        }
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw ValidationError(CLI.text("the comment is empty", "评语是空的", "評語是空的")) }
        var accountID = account
        var logUUID: String?
        if let log {
            guard let detail = try store.visitLogDetail(try JournalCLI.entryID(log, kind: .log, store: store)) else {
                throw CLI.Failure(CLI.say(
                    language, en: "no visit log '\(log)' in this store", zhHans: "此数据库没有拜访记录 '\(log)'",
                    zhHant: "此資料庫沒有走訪記錄 '\(log)'"))
            }
            logUUID = detail.log.uuid
            accountID = accountID ?? detail.log.accountID
        }
        let comment = TeamComment(
            id: store.ids.next(), author: membership.role, recipient: to, account: accountID, log: logUUID, text: text,
            createdAt: JournalCLI.clock.now())
        try store.addTeamComment(comment)
        print(CLI.say(
            language, en: "Comment to \(to) saved; it goes to the team with the next 'coach sync'.",
            zhHans: "给 \(to) 的评语已保存；下次 'coach sync' 时送出。", zhHant: "給 \(to) 的評語已儲存；下次 'coach sync' 時送出。"))
    }
}

/// `coach team comments`: comments to and from this person.
struct TeamCommentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "comments",
        abstract: "List the comments to and from you, newest first."
    )

    @OptionGroup var global: GlobalOptions

    @Flag(name: .long, help: "Print the comments as JSON.")
    var json = false

    func run() throws {
        let language = try global.language()
        let store = try global.openStore()
        let membership = try store.teamMembership()
        let comments = try store.teamComments(involving: membership?.role)
        if json {
            print(try JSONOutput.encode(comments))
            return
        }
        if comments.isEmpty {
            print(CLI.say(language, en: "No comments.", zhHans: "没有评语。", zhHant: "沒有評語。"))
            return
        }
        var names: [String: String] = [:]
        for member in try store.teamMembers() { names[member.role] = member.displayName }
        for var comment in comments {
            comment.author = names[comment.author] ?? comment.author
            comment.recipient = names[comment.recipient] ?? comment.recipient
            let about = [comment.account].compactMap { $0 }.joined()
            let day = TeamCLI.format(comment.createdAt) ?? ""
            print(CLI.say(
                language, en: "\(day) \(comment.author) → \(comment.recipient)\(about.isEmpty ? "" : " (\(about))"): \(comment.text)",
                zhHans: "\(day) \(comment.author) → \(comment.recipient)\(about.isEmpty ? "" : "（\(about)）")：\(comment.text)",
                zhHant: "\(day) \(comment.author) → \(comment.recipient)\(about.isEmpty ? "" : "（\(about)）")：\(comment.text)"))
        }
    }
}
