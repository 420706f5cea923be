import ArgumentParser
import CoachApp
import CoachCore
import CoachOptions
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
        if arguments.contains(ManualPage.flag) {
            print(ManualPage.render(), terminator: "")
            return
        }
        // Only a command line ArgumentParser refuses is checked, and only when its complaint is
        // an unexpected argument, the very word that names no subcommand (not an option's value).
        var refused: String?
        do { _ = try Coach.parseAsRoot(arguments) } catch {
            if Coach.exitCode(for: error) != .success { refused = Coach.message(for: error) }
        }
        if let refused, let problem = SubcommandCheck.problem(in: arguments, root: Coach.self), refused.range(of: "unexpected argument", options: .caseInsensitive) != nil, refused.contains("'\(problem.word)'") {
            let language = SubcommandCheck.language(arguments)
            StandardErrorSink().write(problem.message(language) + "\n")
            Foundation.exit(ExitCode.validationFailure.rawValue)
        }
        run(arguments)
    }

    /// ArgumentParser's "Error: " in the interface language.
    static var _errorPrefix: String { ErrorText.prefix(HelpText.language) }

    /// Parses and runs as `ParsableCommand.main` does; help screens get their headings in the
    /// help language too, and errors come in it.
    static func run(_ arguments: [String]) {
        // `coach --lang zh-Hant help account` and `coach help account --lang zh-Hant`: the language
        // is already chosen, and ArgumentParser's help command takes no options.
        var arguments = arguments
        let withoutLanguage = withoutLanguageOption(arguments)
        if withoutLanguage.first == "help" { arguments = withoutLanguage }
        var command: any ParsableCommand
        do {
            command = try parseAsRoot(arguments)
        } catch {
            exit(with: error, arguments: arguments)
        }
        do {
            try command.run()
        } catch {
            exit(with: error, arguments: arguments, from: type(of: command))
        }
    }

    /// Prints `error` as ArgumentParser would (help and versions on standard output, errors on
    /// standard error) in the interface language, and exits with its code. An error thrown while
    /// `command` ran is shown with that command's usage, not the root's.
    static func exit(with error: any Error, arguments: [String], from command: (any ParsableCommand.Type)? = nil) -> Never {
        let code = exitCode(for: error)
        let language = HelpText.language
        // Chinese help is laid out by display width here, not by ArgumentParser's character count.
        let columns = TTY.outputIsTerminal ? TTY.columns() : 80
        let message: String
        if let command, let text = runMessage(for: error, command: command) {
            message = language == .en ? text : HelpText.wrap(ErrorText.localize(text, language), width: columns)
        } else if language == .en || isCompletionScript(arguments) || arguments.contains("--experimental-dump-help") {
            message = fullMessage(for: error, columns: columns)
        } else {
            message = HelpText.wrap(ErrorText.localize(HelpText.localizeFrame(fullMessage(for: error, columns: 100_000)), language), width: columns)
        }
        if code == .success {
            if !message.isEmpty { print(message) }
        } else if !message.isEmpty {
            StandardErrorSink().write(message + "\n")
        }
        Foundation.exit(code.rawValue)
    }

    /// The message for an error thrown by a command's `run()`, when it is not ArgumentParser's to
    /// write: a validation error with the usage of `command` (ArgumentParser would show the
    /// root's), a store error in the interface language.
    static func runMessage(for error: any Error, command: any ParsableCommand.Type) -> String? {
        switch error {
        case let error as ValidationError:
            let path = commandPath(to: command)
            return _errorPrefix + error.message + "\n"
                + "Usage: " + usageString(for: command) + "\n"
                + "  See '\(path.joined(separator: " ")) --help' for more information."
        case let error as StoreError:
            return _errorPrefix + error.message(HelpText.language)
        default:
            return nil
        }
    }

    /// The names from the root down to `command` (`coach report monthly`).
    static func commandPath(to command: any ParsableCommand.Type) -> [String] {
        func search(_ type: any ParsableCommand.Type, _ path: [String]) -> [String]? {
            let path = path + [type.configuration.commandName ?? "coach"]
            if ObjectIdentifier(type) == ObjectIdentifier(command) { return path }
            for sub in type.configuration.subcommands {
                if let found = search(sub, path) { return found }
            }
            return nil
        }
        return search(Coach.self, []) ?? ["coach"]
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
