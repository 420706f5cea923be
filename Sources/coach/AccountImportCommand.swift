import ArgumentParser
import CoachApp
import CoachCore
import CoachCorpus
import CoachOptions
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
        // Ctrl-C sets `Interrupt`; the import stops between files and stores nothing.
        SignalHandlers.install()
        // Check every file first, reporting with the paths as typed, before the store is touched;
        // each version records the file's full path.
        let accounts = try check(language: language).map { item in
            (account: item.account, path: URL(fileURLWithPath: item.path).standardizedFileURL.path)
        }
        let store = try global.openStoreForWriting()
        let report = try AccountImporter.store(accounts, into: store, by: by ?? AccountImporter.currentUser(), at: Date())
        if report.interrupted != nil { try CLI.interrupted(AccountImporter.interruptedNotice(language)) }
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
    func check(language: Language) throws -> [(account: Account, path: String)] {
        let checked = AccountImporter.check(uniqueFiles, language: language)
        if checked.interrupted != nil { try CLI.interrupted(AccountImporter.interruptedNotice(language)) }
        if !checked.diagnostics.isEmpty { try fail(checked.diagnostics, language: language) }
        return checked.accounts
    }

    func fail(_ diagnostics: [Diagnostic], language: Language) throws -> Never {
        CLI.printDiagnostics(diagnostics, language: language)
        try CLI.fail([AccountImporter.summary(diagnostics, language: language)])
    }

    func outcome(_ outcome: AccountImport.Outcome, language: Language) -> String {
        switch outcome {
        case .created: CLI.say(language, en: "created", zhHans: "新建", zhHant: "新建")
        case .updated: CLI.say(language, en: "updated", zhHans: "已更新", zhHant: "已更新")
        case .unchanged: CLI.say(language, en: "unchanged", zhHans: "无变化", zhHant: "無變化")
        }
    }
}
