import ArgumentParser
import CoachCore

extension ReviewCommand {
    /// The entry kind typed (`log`, `session`, or their Chinese names), or an error saying what is allowed.
    static func kind(_ word: String) throws -> JournalEntryKind {
        guard let kind = JournalEntryKind(word: word) else {
            throw ValidationError(CLI.text("invalid kind '\(word)'; use log or session", "没有 '\(word)' 这种记录；请用 log（拜访记录）或 session（准备记录）", "沒有 '\(word)' 這種記錄；請用 log（走訪記錄）或 session（準備記錄）"))
        }
        return kind
    }
}

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
