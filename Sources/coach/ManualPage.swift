import ArgumentParser
import CoachCore
import CoachOptions
import Foundation

/// `coach --generate-manual`: the man page, written from the same help as `coach help X` (in the
/// help language, so `--lang zh-Hant` gives the Traditional page): the overview, then one section
/// per command with its usage, arguments and options. `make install` puts it in `share/man`.
///
/// ```sh
/// coach --generate-manual > coach.1 && man ./coach.1
/// ```
enum ManualPage {
    static let flag = "--generate-manual"

    /// The page in roff (`man 7 man` macros).
    static func render(root: any ParsableCommand.Type = Coach.self, version: String = Coach.version) -> String {
        let name = root.configuration.commandName ?? "coach"
        let abstract = root.configuration.abstract
        var lines = [
            ".TH \(name.uppercased()) 1 \"\" \"\(name) \(version)\" \"VisitCoach\"",
            ".SH \(heading("NAME", zhHans: "名称", zhHant: "名稱"))",
            "\(escape(name)) \\- \(escape(abstract))",
            ".SH \(heading("SYNOPSIS", zhHans: "用法", zhHant: "用法"))",
            ".B \(name)",
            "[\\fI\(heading("subcommand", zhHans: "子命令", zhHant: "子命令"))\\fR] [\\fI\(heading("options", zhHans: "选项", zhHant: "選項"))\\fR]",
            ".SH \(heading("DESCRIPTION", zhHans: "说明", zhHant: "說明"))",
        ]
        lines += preformatted(help(for: root, root: root))
        lines.append(".SH \(heading("COMMANDS", zhHans: "命令", zhHant: "命令"))")
        for (path, command) in commands(under: root, path: [name]) {
            lines.append(".SS \"\(escape(path.joined(separator: " ")))\"")
            lines += preformatted(help(for: command, root: root))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Every command below `root`, depth first, with the names leading to it.
    static func commands(under root: any ParsableCommand.Type, path: [String]) -> [([String], any ParsableCommand.Type)] {
        root.configuration.subcommands.filter { $0.configuration.shouldDisplay }.flatMap { sub -> [([String], any ParsableCommand.Type)] in
            let subPath = path + [sub.configuration.commandName ?? "\(sub)"]
            return [(subPath, sub)] + commands(under: sub, path: subPath)
        }
    }

    /// The command's help screen as `coach help X` prints it, without a terminal width.
    static func help(for command: any ParsableCommand.Type, root: any ParsableCommand.Type) -> String {
        let text = root.helpMessage(for: command, columns: 78)
        return HelpText.language == .en ? text : HelpText.wrap(HelpText.localizeFrame(root.helpMessage(for: command, columns: 100_000)), width: 78)
    }

    static func heading(_ english: String, zhHans: String, zhHant: String) -> String {
        LocalizedText(en: english, zhHans: zhHans, zhHant: zhHant)[HelpText.language]
    }

    /// Lines shown as written (no filling or adjusting), each made safe for roff.
    static func preformatted(_ text: String) -> [String] {
        [".nf"] + text.trimmingCharacters(in: .newlines).components(separatedBy: "\n").map(escape) + [".fi"]
    }

    /// Text safe on a roff line: backslashes doubled as `\e`, a leading `.` or `'` kept literal.
    static func escape(_ text: String) -> String {
        var line = text.replacingOccurrences(of: "\\", with: "\\e")
        if line.hasPrefix(".") || line.hasPrefix("'") { line = "\\&" + line }
        return line
    }
}
