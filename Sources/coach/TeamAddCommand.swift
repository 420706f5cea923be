import CoachApp
import CoachCore
import ArgumentParser
import CoachTeam
import Foundation

/// `coach team add NAME [--manager] --server ADMIN-URL`: a new member's role.
struct TeamAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a salesperson (or, with --manager, a manager) to the team: their own PostgreSQL role.",
        discussion: """
            NAME is the login (1-63 lowercase letters, digits or _). The password comes from \
            --password-file, or a new one is generated and printed once; the server only ever \
            receives its SCRAM verifier.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The person's login name, e.g. liming.")
    var name: String

    @Flag(name: .long, help: "The person manages the team: reads everything of it, writes verifications and comments.")
    var manager = false

    @Option(name: .long, help: "The team (default: default).")
    var team = "default"

    @Option(name: .customLong("display-name"), help: "The name on their visit logs, e.g. 李明 (default: NAME).")
    var displayName: String?

    @Option(name: .customLong("password-file"), help: "Read the password from this file (first line) instead of generating one.")
    var passwordFile: String?

    @Option(name: .long, help: "The administrator's URL (postgres://ADMIN@HOST[:PORT]/DATABASE).")
    var server: String

    @Flag(name: .long, help: "Print the result as JSON (with the generated password, if any).")
    var json = false

    func run() throws {
        let language = try global.language()
        guard TeamServer.isValidRole(name) else { throw TeamCLI.failure(TeamError.invalidName(name), language) }
        var generated = false
        let password: String
        if let passwordFile {
            do {
                let text = try String(contentsOfFile: passwordFile, encoding: .utf8)
                password = String(text.split(separator: "\n", omittingEmptySubsequences: false).first ?? "")
            } catch {
                throw TeamCLI.failure(TeamError.passwordFile(path: passwordFile, reason: (error as NSError).localizedDescription), language)
            }
            if password.isEmpty { throw TeamCLI.failure(TeamError.passwordFile(path: passwordFile, reason: "the first line is empty"), language) }
        } else {
            password = TeamServer.generatePassword()
            generated = true
        }
        let person = NewTeamPerson(role: name, team: team, displayName: displayName ?? name, isManager: manager)
        let connection = try TeamCLI.connect(server, language: language)
        do { try TeamServer.addPerson(person, password: password, on: connection) } catch { throw TeamCLI.failure(error, language) }
        let joinURL = TeamCLI.memberURL(TeamServerURL.redacted(server), role: name)
        if json {
            print(try JSONOutput.encode(Added(
                role: name, team: team, displayName: person.displayName, manager: manager, join: joinURL,
                password: generated ? password : nil)))
            return
        }
        let role = manager
            ? CLI.say(language, en: "manager", zhHans: "经理", zhHant: "經理")
            : CLI.say(language, en: "salesperson", zhHans: "销售", zhHant: "業務")
        print(CLI.say(
            language, en: "Added \(name) (\(person.displayName)) to team \(team) as \(role).",
            zhHans: "已将 \(name)（\(person.displayName)）以\(role)身份加入团队 \(team)。",
            zhHant: "已將 \(name)（\(person.displayName)）以\(role)身分加入團隊 \(team)。"))
        if generated {
            print(CLI.say(
                language, en: "Password (shown only now; give it to \(name) privately): \(password)",
                zhHans: "密码（只显示这一次，请私下交给 \(name)）：\(password)",
                zhHant: "密碼（只顯示這一次，請私下交給 \(name)）：\(password)"))
        }
        print(CLI.say(
            language, en: "They join with: coach team join \(joinURL)", zhHans: "对方加入方式：coach team join \(joinURL)",
            zhHant: "對方加入方式：coach team join \(joinURL)"))
    }

    struct Added: Encodable {
        var role, team, displayName: String
        var manager: Bool
        var join: String
        var password: String?
    }
}
