import ArgumentParser
import CoachApp
import CoachCore
import CoachOptions
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
        let store = try global.openStoreForWriting()
        var failed = false
        var results: [FileJSON] = []
        // Each file is read a block at a time as it imports; here only its beginning.
        var readers: [ExportLineReader] = []
        var beginnings: [String] = []
        for file in files {
            readers.append(try CLI.openLines(file, language: language))
            beginnings.append(String(decoding: try CLI.readBeginning(file, bytes: 4096, language: language), as: UTF8.self))
        }
        // An account file given here by mistake: say where it goes, and import nothing.
        let accountFiles = zip(files, beginnings).filter { Self.looksLikeAccountFile(path: $0.0, text: $0.1) }.map(\.0)
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
        // "In the future" by the later of the coach's clock and the machine's (COACH_NOW may be set back).
        let limits = ExchangeLimits(now: max(Clock.fromEnvironment().now(), Date()), questionCount: Self.questionCount(global))
        // Every file is read through before anything is stored: a line too long or a file that
        // cannot be read on stops the import with the store as it was.
        let imported: [TeamExchange.Result]
        do {
            imported = try TeamExchange.importFiles(zip(files, readers).map { (name: $0, reader: $1) }, into: store, limits: limits, language: language)
        } catch {
            CLI.printDiagnostics([error], language: language)
            throw ExitCode.failure
        }
        for (file, result) in zip(files, imported) {
            failed = failed || !result.errors.isEmpty
            CLI.printDiagnostics(result.diagnostics, language: language)
            results.append(FileJSON(
                file: file, added: result.added, updated: result.updated, unchanged: result.unchanged,
                rejected: result.rejected, conflicts: result.conflicts, counts: result.counts,
                problems: result.diagnostics.map { .init(line: $0.line, severity: $0.severity.rawValue, message: $0.message) }))
            if !json {
                print("\(file)\(CLI.say(language, en: ": ", zhHans: "：", zhHant: "："))\(Self.summary(result, language: language))")
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

    /// What one file's import did, in one line: "nothing changed: N lines already in the store", or
    /// the lines added, updated, unchanged and rejected (and kept as this store has them).
    static func summary(_ result: TeamExchange.Result, language: Language) -> String {
        let (added, updated, unchanged, rejected, conflicts) = (result.added, result.updated, result.unchanged, result.rejected, result.conflicts)
        if added + updated + unchanged + rejected + conflicts == 0 {
            return CLI.say(language, en: "nothing to import", zhHans: "没有可导入的内容", zhHant: "沒有可匯入的內容")
        }
        if added + updated + rejected + conflicts == 0 {
            return CLI.say(
                language, en: "nothing changed: \(unchanged) lines already in the store.",
                zhHans: "没有变化：\(unchanged) 行已在数据库中。", zhHant: "沒有變化：\(unchanged) 行已在資料庫中。")
        }
        let kept = conflicts == 0 ? LocalizedText(en: "", zhHans: "", zhHant: "") : LocalizedText(
            en: ", \(conflicts) differ from this store's and were kept as this store has them (see above)",
            zhHans: "，\(conflicts) 行与本数据库不同，保留本数据库的内容（见上方）",
            zhHant: "，\(conflicts) 行與本資料庫不同，保留本資料庫的內容（見上方）")
        return LocalizedText(
            en: "\(added) added, \(updated) updated, \(unchanged) unchanged, \(rejected) rejected\(kept.en).",
            zhHans: "新增 \(added) 行，更新 \(updated) 行，未变 \(unchanged) 行，拒绝 \(rejected) 行\(kept.zhHans)。",
            zhHant: "新增 \(added) 行，更新 \(updated) 行，未變 \(unchanged) 行，拒絕 \(rejected) 行\(kept.zhHant)。")[language]
    }

    /// The prep questions in the corpus (a session's position is at most this), or nil when the
    /// corpus cannot be read (then a generous bound applies).
    static func questionCount(_ global: GlobalOptions) -> Int? {
        guard let directory = global.paths.corpusDirectory(option: global.corpus),
              let loaded = try? CorpusCache.load(directory: directory, cacheDirectory: global.paths.cacheDirectory) else { return nil }
        return loaded.corpus.selfChecks.reduce(0) { $0 + $1.questions.count }
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
        var added: Int
        var updated: Int
        var unchanged: Int
        var rejected: Int
        var conflicts: Int
        var counts: [String: [String: Int]]
        var problems: [Problem]
    }
}
