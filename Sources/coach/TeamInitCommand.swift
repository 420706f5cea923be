import CoachApp
import CoachCore
import ArgumentParser
import CoachTeam

/// `coach team init ADMIN-URL`: creates or updates the team schema.
struct TeamInitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create (or bring up to date) the team schema on an existing PostgreSQL database.",
        discussion: """
            ADMIN-URL is a role that may create schemas and roles in that database, e.g. \
            postgres://postgres@db.example.com/coach?sslmode=verify-full. Running it again applies \
            only migrations the database does not have yet.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The administrator's URL (postgres://ADMIN@HOST[:PORT]/DATABASE).")
    var adminURL: String

    @Flag(name: .long, help: "Print what was applied as JSON.")
    var json = false

    func run() throws {
        let language = try global.language()
        let connection = try TeamCLI.connect(adminURL, language: language)
        let report: TeamServer.MigrationReport
        do { report = try TeamServer.migrate(connection) } catch { throw TeamCLI.failure(error, language) }
        if json {
            print(try JSONOutput.encode(report))
            return
        }
        if report.applied.isEmpty {
            print(CLI.say(
                language, en: "The team schema on \(report.server) is up to date (version \(report.version)).",
                zhHans: "\(report.server) 上的团队结构已是最新（第 \(report.version) 版）。",
                zhHant: "\(report.server) 上的團隊結構已是最新（第 \(report.version) 版）。"))
        } else {
            print(CLI.say(
                language, en: "Team schema on \(report.server) now at version \(report.version); applied: \(report.applied.joined(separator: ", ")).",
                zhHans: "\(report.server) 上的团队结构已更新到第 \(report.version) 版；已执行：\(report.applied.joined(separator: "，"))。",
                zhHant: "\(report.server) 上的團隊結構已更新到第 \(report.version) 版；已執行：\(report.applied.joined(separator: "，"))。"))
        }
    }
}
