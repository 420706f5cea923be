import ArgumentParser
import CoachCore
import CoachStore
import CoachTerminal
import Foundation

/// The `coach` command: with no subcommand it opens the coaching REPL.
@main
struct Coach: ParsableCommand {
    /// The release, as `coach --version` prints it.
    static let version = "0.9.0"

    static let configuration = CommandConfiguration(
        commandName: "coach",
        abstract: HelpText.text("VisitCoach: prepares key-account salespeople for their next customer contact."),
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
        // Help text is looked up when ArgumentParser first asks for it, so choose its language first;
        // a shell completion script stays in English (its descriptions go into the user's shell files).
        HelpText.language = isCompletionScript(arguments) ? .en : SubcommandCheck.language(arguments)
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
        run(arguments)
    }

    /// Parses and runs as `ParsableCommand.main` does; help screens get their headings in the
    /// help language too.
    static func run(_ arguments: [String]) {
        // `coach --lang zh-Hant help account` and `coach help account --lang zh-Hant`: the language
        // is already chosen, and ArgumentParser's help command takes no options.
        var arguments = arguments
        let withoutLanguage = withoutLanguageOption(arguments)
        if withoutLanguage.first == "help" { arguments = withoutLanguage }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            // A store problem thrown by a command: said in the user's language, without SQLite's words.
            let error: any Error = (error as? StoreError).map { CLI.Failure($0.message(HelpText.language)) } ?? error
            let code = exitCode(for: error)
            // Chinese help is laid out by display width here, not by ArgumentParser's character count.
            let columns = TTY.outputIsTerminal ? TTY.columns() : 80
            let message = HelpText.language == .en || isCompletionScript(arguments) || arguments.contains("--experimental-dump-help")
                ? fullMessage(for: error, columns: columns)
                : HelpText.wrap(HelpText.localizeFrame(fullMessage(for: error, columns: 100_000)), width: columns)
            if code == .success {
                if !message.isEmpty { print(message) }
            } else if !message.isEmpty {
                StandardErrorSink().write(message + "\n")
            }
            Foundation.exit(code.rawValue)
        }
    }

    /// Whether the command line asks for a shell completion script: printed as ArgumentParser
    /// writes it, never translated or re-wrapped (a re-wrapped script does not parse).
    static func isCompletionScript(_ arguments: [String]) -> Bool {
        arguments.contains { $0 == "--generate-completion-script" || $0.hasPrefix("--generate-completion-script=") }
    }

    static func withoutLanguageOption(_ arguments: [String]) -> [String] {
        var result: [String] = []
        var skipNext = false
        for argument in arguments {
            if skipNext { skipNext = false; continue }
            if argument == "--lang" { skipNext = true; continue }
            if argument.hasPrefix("--lang=") { continue }
            result.append(argument)
        }
        return result
    }
}
