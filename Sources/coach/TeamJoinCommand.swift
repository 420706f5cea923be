import CoachApp
import CoachCore
import ArgumentParser
import CoachStore
import CoachTeam
import Foundation

/// `coach team join URL`: this store syncs with the team from now on.
struct TeamJoinCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "join",
        abstract: "Connect this store to the team server as yourself (postgres://NAME@HOST[:PORT]/DATABASE).",
        discussion: """
            The store keeps the URL without any password; the password comes from PGPASSWORD, \
            ~/.pgpass (or PGPASSFILE) or a prompt each time. sslmode and the other libpq settings \
            in the URL or the environment are honoured.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Your own URL, e.g. postgres://liming@db.example.com/coach?sslmode=verify-full.")
    var url: String

    @Flag(name: .long, help: "Print the membership as JSON.")
    var json = false

    func run() throws {
        let language = try global.language()
        let parsed: TeamServerURL
        do { parsed = try TeamServerURL.parse(url) } catch { throw TeamCLI.failure(error, language) }
        if parsed.hadPassword {
            FileHandle.standardError.write(Data((CLI.say(
                language, en: "warning: the password in the URL is not stored; next time use PGPASSWORD or ~/.pgpass",
                zhHans: "警告：网址中的密码不会保存；下次请用 PGPASSWORD 或 ~/.pgpass",
                zhHant: "警告：網址中的密碼不會儲存；下次請用 PGPASSWORD 或 ~/.pgpass") + "\n").utf8))
        }
        let connection = try TeamCLI.connect(url, language: language)
        let identity: TeamIdentity
        do { identity = try TeamServer.whoAmI(connection) } catch { throw TeamCLI.failure(error, language) }
        let store = try global.openStoreForWriting()
        let membership = try store.joinTeam(
            server: parsed.stored, role: identity.role, team: identity.team, displayName: identity.displayName,
            isManager: identity.isManager, at: JournalCLI.clock.now())
        if json {
            print(try JSONOutput.encode(membership))
            return
        }
        print(CLI.say(
            language,
            en: "This store now syncs with team \(identity.team) on \(parsed.stored) as \(identity.displayName) (\(identity.role)). Run 'coach sync'.",
            zhHans: "此数据库现在以 \(identity.displayName)（\(identity.role)）的身份与 \(parsed.stored) 上的团队 \(identity.team) 同步。请运行 'coach sync'。",
            zhHant: "此資料庫現在以 \(identity.displayName)（\(identity.role)）的身分與 \(parsed.stored) 上的團隊 \(identity.team) 同步。請執行 'coach sync'。"))
    }
}
