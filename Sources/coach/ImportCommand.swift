import ArgumentParser
import CoachApp
import CoachCore
import CoachStore
import CoachTerminal
import Foundation

/// `coach import team.jsonl`: gather what `coach export` wrote on other machines.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: HelpText.text("Import a team export (JSON Lines from 'coach export'); what is already here is kept."),
        discussion: HelpText.text("""
            Each line is imported on its own: a line that cannot be read is reported with its line \
            number and the rest imports (the exit status is then 1). Importing the same file twice \
            changes nothing. To import account files (YAML), use 'coach account import'.
            """)
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: .l("Export files (JSON Lines)."))
    var files: [String]

    @Flag(name: .long, help: .l("Print the counts per type and outcome, and the problems, as JSON."))
    var json = false

    func run() throws {
        let language = try global.language()
        let store = try global.openStore()
        var failed = false
        var results: [FileJSON] = []
        var texts: [Data] = []
        for file in files {
            texts.append(try CLI.readFile(file, language: language))
        }
        // An account file given here by mistake: say where it goes, and import nothing.
        let accountFiles = zip(files, texts).filter { Self.looksLikeAccountFile(path: $0.0, text: String(decoding: $0.1.prefix(4096), as: UTF8.self)) }.map(\.0)
        if !accountFiles.isEmpty {
            let list = accountFiles.map(Self.shellQuoted).joined(separator: " ")
            for file in accountFiles {
                StandardErrorSink().write(CLI.say(
                    language,
                    en: "\(file): error: this is an account file (YAML), not a team export (JSON Lines from 'coach export')",
                    zhHans: "\(file)：错误：这是客户档案（YAML），不是团队导出文件（coach export 生成的 JSON Lines）",
                    zhHant: "\(file)：錯誤：這是客戶檔案（YAML），不是團隊匯出檔（coach export 產生的 JSON Lines）") + "\n")
            }
            StandardErrorSink().write(CLI.say(
                language,
                en: "Nothing was imported. Import account files with: coach account import \(list)",
                zhHans: "没有导入任何内容。导入客户档案请用：coach account import \(list)",
                zhHant: "沒有匯入任何內容。匯入客戶檔案請用：coach account import \(list)") + "\n")
            throw ExitCode.failure
        }
        for (file, text) in zip(files, texts) {
            let result = TeamExchange.importLines(text, into: store, file: file)
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

    /// Whether `text` is an account file rather than a team export: a `.yaml`/`.yml` name, or a
    /// first line that is a YAML key (`id: east-post`) or document start, where an export's lines are JSON objects.
    static func looksLikeAccountFile(path: String, text: String) -> Bool {
        let lower = path.lowercased()
        if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") { return true }
        let first = text.split(whereSeparator: \.isNewline).lazy
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .first { !$0.isEmpty && !$0.hasPrefix("#") }
        guard let first else { return false }
        if first == "---" { return true }
        guard !first.hasPrefix("{"), let colon = first.firstIndex(of: ":") else { return false }
        return first[..<colon].allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
    }

    /// A path as typed in a shell: quoted only when it holds characters the shell would split on.
    static func shellQuoted(_ path: String) -> String {
        let plain = path.allSatisfy { $0.isLetter || $0.isNumber || "-_./+@%:,=".contains($0) }
        return plain ? path : "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
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
