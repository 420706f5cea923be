import ArgumentParser
import CoachOptions

/// `coach review …`: the manager's review of visit logs and coaching sessions.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: HelpText.text("For managers: list a period's visit logs and coaching sessions, show one, verify it with a comment."),
        discussion: HelpText.text("""
            KIND is log or session; ID is the number 'coach review' shows (or a log's id, a \
            session's key). A verified log is locked: later edits are new versions and the verified \
            one is kept. The salesperson sees the comment when they open the coach.
            """),
        subcommands: [ReviewListCommand.self, ReviewShowCommand.self, ReviewVerifyCommand.self],
        defaultSubcommand: ReviewListCommand.self
    )
}
