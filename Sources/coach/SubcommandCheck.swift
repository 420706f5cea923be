import ArgumentParser
import CoachCore
import Foundation

/// Finds a word typed where a subcommand belongs that names none (`coach accuont list`), so
/// the error names it and suggests the closest subcommand instead of the default's usage.
enum SubcommandCheck {
    /// Options of every command that take a value: their value is not a subcommand.
    static let valueOptions: Set<String> = ["--lang", "--store", "--corpus"]

    struct Problem: Equatable {
        /// The commands before the word, e.g. `coach account`.
        var path: String
        var word: String
        var suggestion: String?
        var known: [String]

        func message(_ language: Language) -> String {
            let hint = suggestion.map {
                LocalizedText(en: " (did you mean '\($0)'?)", zhHans: "（你是不是想输入 '\($0)'？）", zhHant: "（你是不是想輸入 '\($0)'？）")[language]
            } ?? ""
            let list = known.joined(separator: ", ")
            return LocalizedText(
                en: "error: '\(path)' has no command '\(word)'\(hint)\nCommands: \(list). See '\(path) --help'.",
                zhHans: "错误：'\(path)' 没有 '\(word)' 这个命令\(hint)\n可用命令：\(list)。详见 '\(path) --help'。",
                zhHant: "錯誤：'\(path)' 沒有 '\(word)' 這個命令\(hint)\n可用命令：\(list)。詳見 '\(path) --help'。")[language]
        }
    }

    /// The first word naming no subcommand where one is expected, walking down the subcommands typed.
    ///
    /// A command with a default subcommand takes the word as the default's only when the
    /// default has arguments; none of ours does, so a stray word is always a mistyped command.
    static func problem(in arguments: [String], root: any ParsableCommand.Type) -> Problem? {
        var command = root
        var path = [root.configuration.commandName ?? "coach"]
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" { return nil }
            if argument.hasPrefix("-") {
                index += valueOptions.contains(argument) ? 2 : 1
                continue
            }
            let subcommands = command.configuration.subcommands
            guard !subcommands.isEmpty else { return nil }
            if path.count == 1, argument == "help" { return nil }
            if let next = subcommands.first(where: { $0.configuration.commandName == argument }) {
                command = next
                path.append(argument)
                index += 1
                continue
            }
            let names = subcommands.compactMap { $0.configuration.commandName }
            return Problem(path: path.joined(separator: " "), word: argument, suggestion: Suggestion.closest(to: argument, in: names), known: names)
        }
        return nil
    }

    /// The language for the message: `--lang` if given and valid, else the locale.
    static func language(_ arguments: [String]) -> Language {
        if let index = arguments.firstIndex(of: "--lang"), index + 1 < arguments.count, let language = Language(code: arguments[index + 1]) {
            return language
        }
        if let option = arguments.first(where: { $0.hasPrefix("--lang=") }), let language = Language(code: String(option.dropFirst(7))) {
            return language
        }
        return Language.fromEnvironment(ProcessInfo.processInfo.environment)
    }
}
