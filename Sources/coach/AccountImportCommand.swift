import ArgumentParser
import CoachApp
import CoachCore
import CoachCorpus
import CoachStore
import CoachTerminal
import Foundation

/// `coach account import FILE...`: checks every file, then imports them all or none.
struct AccountImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: HelpText.text("Import or update account files (all are checked first; any error imports nothing)."),
        discussion: HelpText.text("""
            Each import that changes an account stores a new version with the time, who imported it, \
            the file and a one-line summary of what changed; see 'coach account history ID'.
            """)
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: .l("Account files (YAML)."))
    var files: [String]

    @Option(name: .long, help: .l("Who is importing, recorded with each version (default: $USER)."))
    var by: String?

    @Flag(name: .long, help: .l("Print the result as JSON."))
    var json = false

    func run() throws {
        let language = try global.language()
        // Check every file first, reporting with the paths as typed, before the store is touched.
        try check(language: language)
        let store = try global.openStoreForWriting()
        let sources = uniqueFiles.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        let report = try AccountImporter.importFiles(
            sources, into: store, by: by ?? AccountImporter.currentUser(), at: Date())
        guard report.succeeded else { try fail(report.diagnostics, language: language) }
        if json {
            print(try JSONOutput.encode(report.imports))
            return
        }
        let color = CLI.colorMode()
        let rows = report.imports.map { item in
            [item.id, "v\(item.version)", outcome(item.outcome, language: language), item.localizedSummary[language]]
        }
        let lines = CLI.table(header: nil, rows: rows, color: color)
        for (item, line) in zip(report.imports, lines) {
            let style: TextStyle = switch item.outcome {
            case .created: .success
            case .updated: .accent
            case .unchanged: .dim
            }
            print(style.apply(line, mode: color))
        }
    }

    /// The files, each once (a file named twice is imported once).
    var uniqueFiles: [String] {
        var seen = Set<String>()
        return files.filter { seen.insert(URL(fileURLWithPath: $0).standardizedFileURL.path).inserted }
    }

    /// Parses every file; on any error prints them all and stops with nothing imported.
    func check(language: Language) throws {
        var diagnostics: [Diagnostic] = []
        var firstFile: [String: String] = [:]
        for file in uniqueFiles {
            do {
                let account = try AccountFile.load(path: file)
                if let first = firstFile[account.id] {
                    diagnostics.append(Diagnostic(
                        file: file, line: 1, column: 1,
                        message: "account id '\(account.id)' is also in \(first); each account needs its own id"))
                } else {
                    firstFile[account.id] = file
                }
            } catch {
                diagnostics += error.diagnostics
            }
        }
        if !diagnostics.isEmpty { try fail(diagnostics, language: language) }
    }

    func fail(_ diagnostics: [Diagnostic], language: Language) throws -> Never {
        CLI.printDiagnostics(diagnostics)
        let count = diagnostics.count
        throw CLI.Failure(CLI.say(
            language,
            en: "\(count) error(s); nothing was imported. Fix them and import again.",
            zhHans: "\(count) 个错误，没有导入任何内容。请修正后重新导入。",
            zhHant: "\(count) 個錯誤，沒有匯入任何內容。請修正後重新匯入。"))
    }

    func outcome(_ outcome: AccountImport.Outcome, language: Language) -> String {
        switch outcome {
        case .created: CLI.say(language, en: "created", zhHans: "新建", zhHant: "新建")
        case .updated: CLI.say(language, en: "updated", zhHans: "已更新", zhHant: "已更新")
        case .unchanged: CLI.say(language, en: "unchanged", zhHans: "无变化", zhHant: "無變化")
        }
    }
}
