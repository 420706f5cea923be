import ArgumentParser
import CoachApp
import CoachCore
import CoachStore
import Foundation

/// `coach review verify KIND ID --comment TEXT [--by NAME]`.
struct ReviewVerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Mark a visit log or finished coaching session verified, with a comment the salesperson will see."
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "log or session.")
    var kindWord: String

    var kind: JournalEntryKind { JournalEntryKind(word: kindWord) ?? .log }

    @Argument(help: "Its number, or a log's id / a session's key.")
    var id: String

    @Option(name: .long, help: "The comment for the salesperson.")
    var comment: String

    @Option(name: .long, help: "The manager (default: $USER).")
    var by: String?

    @Option(name: .long, help: "When it was verified, ISO 8601 (default: now).")
    var at: String?

    @Flag(name: .long, help: "Print the verification as JSON.")
    var json = false

    func validate() throws {
        _ = try ReviewCommand.kind(kindWord)
        if comment.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--comment is empty; say something the salesperson can act on")
        }
    }

    func run() throws {
        let language = try global.language()
        let store = try global.openStore()
        let verification = try store.verify(kind: kind, id: id, by: by ?? JournalCLI.user, comment: comment, at: try JournalCLI.instant(at))
        if json { return print(try JSONOutput.encode(verification)) }
        let entry = try store.reviewEntries().first { $0.kind == kind && $0.id == verification.entryID }
        let number = entry.map { " #\($0.number)" } ?? ""
        let version = verification.entryVersion.map { " (v\($0))" } ?? ""
        let person = entry?.person ?? "?"
        print(CLI.say(
            language,
            en: "Verified \(kind.label.en)\(number)\(version); \(person) will see the comment.",
            zhHans: "已审核\(kind.label.zhHans)\(number)\(version)；\(person)会看到这条评语。",
            zhHant: "已審核\(kind.label.zhHant)\(number)\(version)；\(person)會看到這則評語。"))
    }
}
