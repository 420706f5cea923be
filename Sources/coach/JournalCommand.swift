import ArgumentParser
import CoachOptions

/// `coach journal …`: the visit journal (客戶走訪日誌): list, add, edit, show.
struct JournalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "journal",
        abstract: HelpText.text("The visit journal: list visit logs, add one from a script, edit one (earlier text is kept)."),
        discussion: HelpText.text("""
            Dates: YYYY-MM-DD, today, yesterday, this week, last week, this month, last month, this \
            quarter, last quarter, YYYY-MM, YYYY-Qn. In the REPL, /log records a visit with short prompts.
            """),
        subcommands: [JournalListCommand.self, JournalAddCommand.self, JournalEditCommand.self, JournalShowCommand.self],
        defaultSubcommand: JournalListCommand.self
    )
}
