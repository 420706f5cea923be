import ArgumentParser
import CoachApp
import CoachCore
import CoachCorpus
import CoachEngine
import CoachOptions
import CoachStore
import CoachTerminal
import Foundation

/// `coach account …`: import account files into the store and look at them.
struct AccountCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "account",
        abstract: HelpText.text("Import account files and look at accounts: versions, risk flags, the org chart."),
        discussion: HelpText.text("""
            ID|FILE arguments take a path to an account file (parsed, not stored) or the id of an \
            account in the store.
            """),
        subcommands: [
            AccountImportCommand.self,
            AccountListCommand.self,
            AccountShowCommand.self,
            AccountHistoryCommand.self,
            AccountMergeCommand.self,
            AccountFlagsCommand.self,
            AccountChartCommand.self,
        ]
    )
}

// MARK: - Shared by the one-shot commands

extension CLI {
    /// A failure of a command, printed as `Error: …` (no usage text) with exit status 1.
    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    /// An account from `argument`: a file when one exists at that path (or the argument looks like
    /// a path), else the id of a stored account. The version is nil for a file.
    ///
    /// A file with errors prints every diagnostic to standard error and exits with status 1.
    static func resolve(_ argument: String, global: GlobalOptions) throws -> (account: Account, version: Int?) {
        let language = try global.language()
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory)
        if exists, isDirectory.boolValue {
            try fail([say(
                language, en: "'\(argument)' is a folder, not an account file; give an account file or an account id",
                zhHans: "“\(argument)”是文件夹，不是客户档案；请指定客户档案或客户编号",
                zhHant: "「\(argument)」是資料夾，不是客戶檔案；請指定客戶檔案或客戶編號")])
        }
        let looksLikePath = argument.contains("/") || argument.hasSuffix(".yaml") || argument.hasSuffix(".yml")
        if exists || looksLikePath {
            do {
                return (try AccountFile.load(path: argument, language: language), nil)
            } catch {
                printDiagnostics(error.diagnostics, language: language)
                try fail([AccountImporter.errorsLine(error.diagnostics, language: language)])
            }
        }
        let store = try global.openStore()
        let account = try store.requireAccount(id: argument)
        let version = try store.history(id: argument).last?.version
        return (account, version)
    }

    /// Prints diagnostics to standard error, one per line, compiler style.
    static func printDiagnostics(_ diagnostics: [Diagnostic]) {
        let sink = StandardErrorSink()
        for diagnostic in diagnostics { sink.write(diagnostic.description + "\n") }
    }

    /// Colour on a terminal unless `NO_COLOR` is set.
    static func colorMode() -> ColorMode {
        ColorMode.detect(environment: ProcessInfo.processInfo.environment, outputIsTerminal: TTY.outputIsTerminal)
    }

    /// A local date and time, `2026-11-29 14:05`.
    static func timestamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: date)
    }

    /// Rows laid out as an `Output.table` (columns as wide as their widest cell by display
    /// width, CJK counting two; two spaces apart), the header, if any, in bold.
    static func table(header: [String]?, rows: [[String]], indent: String = "", color: ColorMode) -> [String] {
        let count = ([header?.count ?? 0] + rows.map(\.count)).max() ?? 0
        var table = Table(columns: (0..<count).map { column in Table.Column(header.map { column < $0.count ? $0[column] : "" } ?? "") }, indent: indent)
        for row in rows { table.add(row) }
        return lines(table, color: color)
    }

    /// A table's lines as the renderer lays it out, without a width limit.
    static func lines(_ table: Table, color: ColorMode) -> [String] {
        OutputRenderer(width: 100_000, colors: color).render([.table(table)]).split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }

    /// The text of `text` in `language`.
    /// The text in the interface language chosen at start-up (`--lang`, else the locale), for
    /// errors raised before or without a command's own language.
    static func text(_ en: String, _ zhHans: String, _ zhHant: String) -> String {
        LocalizedText(en: en, zhHans: zhHans, zhHant: zhHant)[HelpText.language]
    }

    static func say(_ language: Language, en: String, zhHans: String, zhHant: String) -> String {
        LocalizedText(en: en, zhHans: zhHans, zhHant: zhHant)[language]
    }
}
