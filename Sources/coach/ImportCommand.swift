import ArgumentParser
import CoachApp
import CoachCore
import CoachStore
import Foundation

/// `coach import team.jsonl`: gather what `coach export` wrote on other machines.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a team export (JSON Lines from 'coach export'); what is already here is kept.",
        discussion: """
            Each line is imported on its own: a line that cannot be read is reported with its line \
            number and the rest imports (the exit status is then 1). Importing the same file twice \
            changes nothing. To import account files (YAML), use 'coach account import'.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Export files (JSON Lines).")
    var files: [String]

    @Flag(name: .long, help: "Print the counts per type and outcome, and the problems, as JSON.")
    var json = false

    func run() throws {
        let language = try global.language()
        let store = try global.openStore()
        var failed = false
        var results: [FileJSON] = []
        for file in files {
            let data = try CLI.readFile(file, language: language)
            let result = TeamExchange.importLines(data, into: store, file: file)
            failed = failed || !result.errors.isEmpty
            CLI.printDiagnostics(result.diagnostics)
            results.append(FileJSON(
                file: file, counts: result.counts,
                problems: result.diagnostics.map { .init(line: $0.line, severity: $0.severity.rawValue, message: $0.message) }))
            if !json {
                let kinds = ExchangeItem.types.compactMap { type -> String? in
                    guard let counts = result.counts[type] else { return nil }
                    let parts = ["added", "updated", "unchanged", "conflict"].compactMap { key in counts[key].map { "\($0) \(key)" } }
                    return "\(type): " + parts.joined(separator: ", ")
                }
                let summary = kinds.isEmpty ? CLI.say(language, en: "nothing to import", zhHans: "没有可导入的内容", zhHant: "沒有可匯入的內容") : kinds.joined(separator: "; ")
                print("\(file): \(summary)")
                if !result.errors.isEmpty {
                    let count = result.errors.count
                    print(CLI.say(
                        language, en: "\(count) line(s) could not be imported (see above); the rest was imported.",
                        zhHans: "有 \(count) 行无法导入（见上方）；其余已导入。", zhHant: "有 \(count) 行無法匯入（見上方）；其餘已匯入。"))
                }
            }
        }
        if json { print(try JSONOutput.encode(results)) }
        if failed { throw ExitCode.failure }
    }

    /// What one file's import did.
    struct FileJSON: Encodable {
        struct Problem: Encodable {
            var line: Int
            var severity: String
            var message: String
        }

        var file: String
        var counts: [String: [String: Int]]
        var problems: [Problem]
    }
}
