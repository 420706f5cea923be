public import CoachCore
public import CoachStore
public import Foundation

/// Moves a team's accounts, sessions, visit logs, follow-ups and verifications between machines
/// as JSON Lines: one object per line, each with a `type` and a stable `id`.
///
/// ```swift
/// let text = try TeamExchange.export(from: laptop, since: nil, who: "李明")
/// let result = TeamExchange.importLines(text, into: managersStore, file: "team.jsonl")
/// print(result.added, result.diagnostics)   // importing the same file again adds nothing
/// ```
public enum TeamExchange {
    /// What an import did, per type and outcome, and the lines it could not read.
    public struct Result: Sendable {
        /// `type → outcome → count`; outcomes are `added`, `updated`, `unchanged`, `conflict`.
        public var counts: [String: [String: Int]] = [:]
        /// Lines that could not be read or stored (errors) and conflicts kept local (warnings).
        public var diagnostics: [Diagnostic] = []
        /// Lines that were not imported: not UTF-8, not an export line, a field out of range, or
        /// refused by the store.
        public var rejected = 0

        public var added: Int { total("added") }
        public var updated: Int { total("updated") }
        public var unchanged: Int { total("unchanged") }
        /// Lines whose record differs from this store's under the same id (this store's was kept).
        public var conflicts: Int { total("conflict") }
        public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

        func total(_ outcome: String) -> Int { counts.values.map { $0[outcome] ?? 0 }.reduce(0, +) }
    }

    /// The export, one JSON object per line, accounts first; ends with a newline.
    public static func export(from database: CoachDatabase, since: DayNumber?, who: String?, timeZone: TimeZone = .current) throws(StoreError) -> String {
        let items = try database.exchangeItems(since: since, who: who, timeZone: timeZone)
        var lines: [String] = []
        for item in items {
            do {
                lines.append(try item.jsonLine())
            } catch {
                throw StoreError.journal(.unreadable(what: "\(item.type) '\(item.id)'", reason: "\(error)"))
            }
        }
        return lines.map { $0 + "\n" }.joined()
    }

    /// Imports every line it can; a line that is not valid JSON, has an unknown type or cannot be
    /// stored is reported with its line number (`team.jsonl:12:1: error: …`) and the rest imports.
    public static func importLines(_ text: String, into database: CoachDatabase, file: String, limits: ExchangeLimits = ExchangeLimits(now: Date()), language: Language = .en) -> Result {
        importLines(Data(text.utf8), into: database, file: file, limits: limits, language: language)
    }

    /// Imports the lines of a file's bytes: LF and CRLF line ends both work, and a line that is not
    /// valid UTF-8 is reported by number while the rest imports. Every field of every line is
    /// checked against `limits` (ranges, known values, sane dates, well-formed ids, bounded texts)
    /// before anything is stored; a line that fails is reported with the field and the reason.
    ///
    /// A line an earlier import stored for good (known by its hash, `CoachDatabase.importedLines`)
    /// is counted unchanged without being parsed again.
    ///
    /// - Complexity: one transaction and a few queries per `batchSize` lines.
    public static func importLines(_ data: Data, into database: CoachDatabase, file: String, limits: ExchangeLimits = ExchangeLimits(now: Date()), language: Language = .en) -> Result {
        var importer = LineImporter(database: database, file: file, limits: limits, language: language)
        for (index, bytes) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            bytes.withUnsafeBytes { raw in importer.add(number: index + 1, bytes: raw.bindMemory(to: UInt8.self)) }
        }
        return importer.finish()
    }

    /// Imports export files, each read a block at a time (`ExportLineReader`), so that memory
    /// stays bounded however long they are; what each line brings is reported as `importLines`
    /// reports it.
    ///
    /// Every file is first read through to its end without storing anything: a line longer than
    /// the reader takes, or a file that cannot be read on, stops the import before it starts with
    /// one error naming the file and the line, and the store stays as it was. (Only a file changed
    /// between that reading and the import can still stop it part-way; the error then says so.)
    ///
    /// ```swift
    /// let results = try TeamExchange.importFiles([("team.jsonl", reader)], into: store)
    /// ```
    /// - Complexity: two reads of each file; memory within the reader's block and longest line,
    ///   and one batch of lines.
    public static func importFiles(
        _ files: [(name: String, reader: ExportLineReader)], into database: CoachDatabase, limits: ExchangeLimits = ExchangeLimits(now: Date()),
        language: Language = .en
    ) throws(Diagnostic) -> [Result] {
        for (name, reader) in files {
            do throws(ExportLineReader.Failure) {
                while try reader.next() != nil {}
                try reader.rewind()
            } catch {
                throw readFailure(error, file: name, language: language, imported: false)
            }
        }
        var results: [Result] = []
        for (name, reader) in files {
            var importer = LineImporter(database: database, file: name, limits: limits, language: language)
            while true {
                let line: ExportLineReader.Line?
                do throws(ExportLineReader.Failure) {
                    line = try reader.next()
                } catch {
                    throw readFailure(error, file: name, language: language, imported: true)
                }
                guard let line else { break }
                importer.add(number: line.number, bytes: line.bytes)
            }
            results.append(importer.finish())
        }
        return results
    }

    /// The error that stopped reading `file`, said as a diagnostic: before anything was stored,
    /// or (when the file changed after it was first read through) part-way through the import.
    static func readFailure(_ error: ExportLineReader.Failure, file: String, language: Language, imported: Bool) -> Diagnostic {
        let outcome = imported
            ? LocalizedText(
                en: "the file changed while it was imported; the lines before this one were imported",
                zhHans: "导入期间文件被改动了；这一行之前的内容已导入", zhHant: "匯入期間檔案被改動了；這一行之前的內容已匯入")
            : LocalizedText(en: "nothing was imported", zhHans: "没有导入任何内容", zhHant: "沒有匯入任何內容")
        switch error {
        case .lineTooLong(let line, let maximum):
            let size = maximum >= 1 << 20 ? "\(maximum >> 20) MiB" : "\(maximum) bytes"
            return Diagnostic(file: file, line: line, column: 1, message: LocalizedText(
                en: "this line is longer than \(size), so it is not a line 'coach export' writes; \(outcome.en)",
                zhHans: "这一行超过 \(size)，不是 'coach export' 写出的行；\(outcome.zhHans)",
                zhHant: "這一行超過 \(size)，不是 'coach export' 寫出的行；\(outcome.zhHant)")[language])
        case .unreadable(let line, let reason):
            let safe = TerminalSafe.line(reason)
            return Diagnostic(file: file, line: line, column: 1, message: LocalizedText(
                en: "the file could not be read from this line on (\(safe)); \(outcome.en)",
                zhHans: "从这一行起无法读取文件（\(safe)）；\(outcome.zhHans)",
                zhHant: "從這一行起無法讀取檔案（\(safe)）；\(outcome.zhHant)")[language])
        }
    }

    /// The lines of one file on their way into an import: gathered into batches, each batch's
    /// known lines skipped, the others parsed, checked and stored together.
    struct LineImporter {
        let database: CoachDatabase
        let file: String
        let limits: ExchangeLimits
        let language: Language
        var result = Result()
        var lines: [(number: Int, text: String, hash: Data)] = []

        init(database: CoachDatabase, file: String, limits: ExchangeLimits, language: Language) {
            self.database = database
            self.file = file
            self.limits = limits
            self.language = language
            lines.reserveCapacity(batchSize)
        }

        /// Takes line `number`; a batch is stored once it is full.
        mutating func add(number: Int, bytes: UnsafeBufferPointer<UInt8>) {
            guard let decoded = String(validating: bytes, as: UTF8.self) else {
                result.diagnostics.append(Diagnostic(
                    file: file, line: number, column: 1,
                    message: LocalizedText(
                        en: "this line is not valid UTF-8 text; export it again, or save the file as UTF-8",
                        zhHans: "这一行不是有效的 UTF-8 文字；请重新导出，或把文件另存为 UTF-8",
                        zhHant: "這一行不是有效的 UTF-8 文字；請重新匯出，或把檔案另存為 UTF-8")[language]))
                result.rejected += 1
                return
            }
            let line = trimmed(decoded)
            guard !line.isEmpty else { return }
            lines.append((number, line, lineHash(line)))
            if lines.count >= batchSize { flush() }
        }

        /// Stores the last batch; the diagnostics in line order.
        mutating func finish() -> Result {
            flush()
            // Each line has at most one diagnostic; report them in line order.
            result.diagnostics = result.diagnostics.enumerated()
                .sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
            return result
        }

        /// One transaction per batch of lines (the store retries a refused batch item by item).
        mutating func flush() {
            guard !lines.isEmpty else { return }
            let known = (try? database.importedLines(lines.map(\.hash))) ?? [:]
            var pending: [(line: Int, item: ExchangeItem, hash: Data)] = []
            for (number, line, hash) in lines {
                if let type = known[hash] {
                    result.counts[type, default: [:]]["unchanged", default: 0] += 1
                    continue
                }
                let item: ExchangeItem
                do {
                    item = try ExchangeItem.parse(line)
                } catch {
                    result.diagnostics.append(Diagnostic(file: file, line: number, column: 1, message: describe(error)[language]))
                    result.rejected += 1
                    continue
                }
                if let problem = item.problemText(within: limits) {
                    let line = LocalizedText(en: "\(item.type) line: \(problem.en)", zhHans: "\(item.type) 行：\(problem.zhHans)",
                                             zhHant: "\(item.type) 行：\(problem.zhHant)")
                    result.diagnostics.append(Diagnostic(file: file, line: number, column: 1, message: line[language]))
                    result.rejected += 1
                    continue
                }
                pending.append((number, item, hash))
            }
            lines.removeAll(keepingCapacity: true)
            guard !pending.isEmpty else { return }
            let outcomes: [Swift.Result<ExchangeOutcome, StoreError>]
            do {
                outcomes = try database.importExchangeItems(pending.map(\.item), lineHashes: pending.map(\.hash))
            } catch {
                outcomes = pending.map { _ in .failure(error) }
            }
            for ((number, item, _), outcome) in zip(pending, outcomes) {
                switch outcome {
                case .success(.added): result.counts[item.type, default: [:]]["added", default: 0] += 1
                case .success(.updated): result.counts[item.type, default: [:]]["updated", default: 0] += 1
                case .success(.unchanged): result.counts[item.type, default: [:]]["unchanged", default: 0] += 1
                case .success(.conflict(let message)):
                    result.counts[item.type, default: [:]]["conflict", default: 0] += 1
                    result.diagnostics.append(Diagnostic(file: file, line: number, column: 1, severity: .warning, message: message))
                case .failure(let error):
                    result.rejected += 1
                    result.diagnostics.append(Diagnostic(
                        file: file, line: number, column: 1, message: LocalizedText(
                            en: "\(item.type) '\(item.id)' was not imported: \(error.message(.en))",
                            zhHans: "\(item.type) '\(item.id)' 没有导入：\(error.message(.zhHans))",
                            zhHant: "\(item.type) '\(item.id)' 沒有匯入：\(error.message(.zhHant))")[language]))
                }
            }
        }
    }

    /// Lines imported per transaction: the indexes' pages a batch changes are written once per
    /// commit, so fewer, larger batches write far less (5,000 lines are a few MB in memory).
    static let batchSize = 5_000

    /// `line` without the white space around it; a line that starts and ends with a visible ASCII
    /// character (an export's `{…}`) is returned as it is, without Foundation's trimming.
    static func trimmed(_ line: String) -> String {
        let utf8 = line.utf8
        if let first = utf8.first, let last = utf8.last, (0x21...0x7E).contains(first), (0x21...0x7E).contains(last) { return line }
        return line.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The hash an import remembers a line by (`ContentHash` of its UTF-8, tagged with the format).
    static func lineHash(_ line: String) -> Data {
        var hash = ContentHash()
        hash.add("coach-export-line-1\n")
        var line = line
        line.withUTF8 { hash.add(UnsafeRawBufferPointer($0)) }
        return Data(hash.bytes)
    }

    /// A decoding error said plainly: where in the object, and what is wrong, in the words of the
    /// export rather than of the decoder ("at 'status': 'bogus' is not an allowed value; allowed: …").
    static func describe(_ error: any Error) -> LocalizedText {
        typealias T = LocalizedText
        let invalid = T(en: "not a valid export line", zhHans: "不是有效的导出行", zhHant: "不是有效的匯出行")
        guard let error = error as? DecodingError else { return invalid }
        func place(_ context: DecodingError.Context, _ key: (any CodingKey)? = nil) -> T {
            let path = context.codingPath + (key.map { [$0] } ?? [])
            let keys = path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
            var text = ""
            for key in keys { text += key.hasPrefix("[") || text.isEmpty ? key : "." + key }
            guard !text.isEmpty else { return T(en: "", zhHans: "", zhHant: "") }
            let safe = TerminalSafe.text(text)
            return T(en: "at '\(safe)': ", zhHans: "字段 '\(safe)'：", zhHant: "欄位 '\(safe)'：")
        }
        func join(_ a: T, _ b: T) -> T { T(en: a.en + b.en, zhHans: a.zhHans + b.zhHans, zhHant: a.zhHant + b.zhHant) }
        switch error {
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty {
                return T(en: "not valid JSON; each line must be one JSON object as 'coach export' writes it",
                         zhHans: "不是有效的 JSON；每一行都必须是一个 JSON 对象，与 'coach export' 写出的一样",
                         zhHant: "不是有效的 JSON；每一行都必須是一個 JSON 物件，與 'coach export' 寫出的一樣")
            }
            return join(place(context), plain(context.debugDescription))
        case .keyNotFound(let key, let context):
            if context.codingPath.isEmpty, key.stringValue == "type" || key.stringValue == "id" {
                let types = ExchangeItem.types.joined(separator: ", ")
                return T(en: "missing key '\(key.stringValue)'; each line needs a \"type\" (\(types)) and an \"id\"",
                         zhHans: "缺少键 '\(key.stringValue)'；每一行都需要 \"type\"（\(types)）和 \"id\"",
                         zhHant: "缺少鍵 '\(key.stringValue)'；每一行都需要 \"type\"（\(types)）和 \"id\"")
            }
            let name = TerminalSafe.text(key.stringValue)
            return join(place(context), T(en: "the key '\(name)' is missing", zhHans: "缺少键 '\(name)'", zhHant: "缺少鍵 '\(name)'"))
        case .typeMismatch(let type, let context):
            let expected = kind(type)
            return join(place(context), T(en: "expected \(expected.en)", zhHans: "这里应当是\(expected.zhHans)", zhHant: "這裡應當是\(expected.zhHant)"))
        case .valueNotFound(let type, let context):
            let expected = kind(type)
            return join(place(context), T(en: "a value is missing (null where \(expected.en) belongs)",
                                          zhHans: "缺少值（应当是\(expected.zhHans)的地方写了 null）",
                                          zhHant: "缺少值（應當是\(expected.zhHant)的地方寫了 null）"))
        @unknown default:
            return invalid
        }
    }

    /// What a JSON value of `type` looks like, for "expected …".
    static func kind(_ type: Any.Type) -> LocalizedText {
        typealias T = LocalizedText
        switch type {
        case is Int.Type, is Int64.Type, is Int32.Type, is UInt.Type: return T(en: "a whole number", zhHans: "整数", zhHant: "整數")
        case is Double.Type, is Float.Type: return T(en: "a number", zhHans: "数字", zhHant: "數字")
        case is String.Type: return T(en: "text in quotes", zhHans: "加引号的文字", zhHant: "加引號的文字")
        case is Bool.Type: return T(en: "true or false", zhHans: "true 或 false", zhHant: "true 或 false")
        case is Date.Type:
            return T(en: "a date such as \"2026-11-30T09:00:00.000Z\"", zhHans: "日期，例如 \"2026-11-30T09:00:00.000Z\"",
                     zhHant: "日期，例如 \"2026-11-30T09:00:00.000Z\"")
        default:
            let name = String(describing: type)
            if name.hasPrefix("Array") || name.hasPrefix("[") && !name.contains(":") {
                return T(en: "a list [ … ]", zhHans: "列表 [ … ]", zhHant: "清單 [ … ]")
            }
            return T(en: "an object { … }", zhHans: "对象 { … }", zhHant: "物件 { … }")
        }
    }

    /// The decoder's own sentence in the export's words: an enum value it does not know becomes
    /// "'x' is not an allowed value; allowed: …".
    static func plain(_ description: String) -> LocalizedText {
        typealias T = LocalizedText
        let safe = TerminalSafe.text(description)
        if let match = safe.firstMatch(of: /Cannot initialize (\w+) from invalid \w+ value (.*)/) {
            let value = String(match.output.2)
            guard let allowed = allowedValues[String(match.output.1)] else {
                return T(en: "'\(value)' is not an allowed value", zhHans: "'\(value)' 不是允许的值", zhHant: "'\(value)' 不是允許的值")
            }
            return T.allowed("'\(value)'", allowed)
        }
        if safe.contains("does not fit") || safe.contains("not representable") {
            return T(en: "the number is out of range", zhHans: "数字超出范围", zhHant: "數字超出範圍")
        }
        if safe.contains("keys found") || safe.contains("Invalid number of keys") {
            return T(en: "not a form this field can take", zhHans: "这个字段不能是这种形式", zhHant: "這個欄位不能是這種形式")
        }
        return T(en: safe, zhHans: safe, zhHant: safe)
    }

    /// The values of the enums an export line holds, by type name.
    static let allowedValues: [String: [String]] = [
        "IssueStatus": IssueStatus.allowedWords, "JournalEntryKind": JournalEntryKind.allCases.map(\.rawValue),
        "Tier": Tier.allowedWords, "BuyingRole": BuyingRole.allowedWords, "Level": Level.allowedWords,
        "Contact": Contact.allowedWords, "Support": Support.allowedWords, "Personality": Personality.allowedWords,
        "Stage": Stage.allowedWords, "AccountKind": AccountKind.allowedWords, "PowerChange": PowerChange.allowedWords,
        "CalendarKind": CalendarKind.allowedWords, "BuyingMode": BuyingMode.allowedWords, "Sex": Sex.allowedWords,
        "GreetingStyle": GreetingStyle.allowedWords, "FlagKind": FlagKind.allCases.map(\.rawValue),
        "PauseReason": PauseReason.allCases.map(\.rawValue),
    ]
}
