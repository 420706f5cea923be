import ArgumentParser
import CoachCore
import CoachTerminal
import Foundation

/// The `coach` command: with no subcommand it opens the coaching REPL.
@main
struct Coach: ParsableCommand {
    /// The release, as `coach --version` prints it.
    static let version = "0.9.0"

    static let configuration = CommandConfiguration(
        commandName: "coach",
        abstract: "VisitCoach: prepares key-account salespeople for their next customer contact.",
        version: version,
        subcommands: [
            ChatCommand.self,
            AskCommand.self,
            PrepCommand.self,
            StrategiesCommand.self,
            OutlineCommand.self,
            CorpusCommand.self,
            AccountCommand.self,
            LearnCommand.self,
            ProgressCommand.self,
            JournalCommand.self,
            FollowupsCommand.self,
            ReviewCommand.self,
            ReportCommand.self,
            TodayCommand.self,
            CareCommand.self,
            ExportCommand.self,
            ImportCommand.self,
            TeamCommand.self,
            SyncCommand.self,
            EvalCommand.self,
        ],
        defaultSubcommand: ChatCommand.self
    )

    /// Checks the subcommand names first, so a misspelt one gets a suggestion rather than
    /// the REPL's usage; then parses and runs as ArgumentParser does.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        // Only a command line ArgumentParser refuses is checked, and only when its complaint is
        // about the very word that names no subcommand.
        var refused: String?
        do { _ = try Coach.parseAsRoot(arguments) } catch {
            if Coach.exitCode(for: error) != .success { refused = Coach.message(for: error) }
        }
        if let refused, let problem = SubcommandCheck.problem(in: arguments, root: Coach.self), refused.contains("'\(problem.word)'") {
            let language = SubcommandCheck.language(arguments)
            StandardErrorSink().write(problem.message(language) + "\n")
            Foundation.exit(ExitCode.validationFailure.rawValue)
        }
        main(arguments)
    }
}
