import ArgumentParser
import CoachOptions

/// `coach followups …`: customers' issues under supervision until the customer is told the result.
struct FollowupsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "followups",
        abstract: HelpText.text("Follow-ups of customers' issues: list them (overdue first) and move them on."),
        discussion: HelpText.text("""
            Status: open → in-progress → resolved → customer-informed; a follow-up is closed only \
            once the customer has been told the result. Overdue: past its due date (or, without one, the \
            overdue-days of corpus/method.yaml after it was raised) and not closed.
            """),
        subcommands: [FollowupsListCommand.self, FollowupsSetCommand.self],
        defaultSubcommand: FollowupsListCommand.self
    )
}
