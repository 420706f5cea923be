import ArgumentParser
import CoachApp
import CoachCore
import CoachOptions
import CoachTerminal
import Foundation

/// `coach account flags ID|FILE`: the risks the coach sees in the account.
struct AccountFlagsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "flags",
        abstract: HelpText.text("Show an account's risk flags, most urgent first, each with what to do next."),
        discussion: HelpText.text("""
            Flag ids: missing-role:decision-maker|technical|user|coach, decision-maker-not-met, \
            high-influence-low-contact:NAME, new-face:NAME, unknown-influence:NAME, opposed:NAME, \
            reorganized, purchasing-power-changed, open-issue-overdue (open or in progress for more \
            than the overdue-days of corpus/method.yaml).
            """)
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: .l("An account id in the store, or an account file."))
    var account: String

    @Option(name: .long, help: .l("The day to judge overdue issues against, YYYY-MM-DD (default: today)."))
    var today: String?

    @Flag(name: .long, help: .l("Print the flags as JSON: {\"account\": ID, \"flags\": [{\"id\", \"person\", \"message\"}]}."))
    var json = false

    func validate() throws {
        if let today, DayNumber(today) == nil {
            throw ValidationError(CLI.text("invalid --today '\(today)'; use YYYY-MM-DD, e.g. 2026-11-29", "--today 的 '\(today)' 不是有效的日期；请用 YYYY-MM-DD，例如 2026-11-29", "--today 的 '\(today)' 不是有效的日期；請用 YYYY-MM-DD，例如 2026-11-29"))
        }
    }

    func run() throws {
        let language = try global.language()
        let (account, _) = try CLI.resolve(self.account, global: global)
        let corpus = try CLI.loadCorpus(global)
        let flags = RiskFlags.compute(for: account, today: today ?? JournalCLI.today().text, overdueDays: corpus.method.overdueDays, texts: corpus.flags)
        if json {
            let report = FlagsJSON(
                account: account.id,
                flags: flags.map { FlagsJSON.Flag(id: $0.id, person: $0.person, message: $0.message[language]) })
            print(try JSONOutput.encode(report))
            return
        }
        let color = CLI.colorMode()
        let title = "\(account.name) (\(account.id))"
        guard !flags.isEmpty else {
            print(CLI.say(
                language, en: "\(title): no risk flags.", zhHans: "\(title)：没有风险提示。", zhHant: "\(title)：沒有風險提示。"))
            return
        }
        print(TextStyle.heading.apply(CLI.say(
            language,
            en: "\(title): \(flags.count) risk flag(s), most urgent first",
            zhHans: "\(title)：\(flags.count) 个风险提示，最紧急的在前",
            zhHant: "\(title)：\(flags.count) 個風險提示，最緊急的在前"), mode: color))
        // Ids are for --json; the list shows each flag's short name, then what to do.
        let columns = TerminalWidth.live(fallback: 100).columns
        for flag in flags {
            let style: TextStyle = flag.kind.severity <= 4 ? .warning : .accent
            let name = corpus.flags.label(forID: flag.id, language: language)
            print("- " + style.apply(name, mode: color))
            for line in TextWrapper.wrap(flag.message[language], width: max(columns - 4, 30)) { print("    " + line) }
        }
    }

    /// `{"account": "...", "flags": [{"id": "...", "person": "..." or null, "message": "..."}]}`.
    struct FlagsJSON: Encodable {
        struct Flag: Encodable {
            var id: String
            var person: String?
            var message: String

            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(id, forKey: .id)
                try container.encode(person, forKey: .person)
                try container.encode(message, forKey: .message)
            }

            enum CodingKeys: String, CodingKey { case id, person, message }
        }

        var account: String
        var flags: [Flag]
    }
}
