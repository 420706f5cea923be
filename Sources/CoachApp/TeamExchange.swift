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
    public static func importLines(_ text: String, into database: CoachDatabase, file: String, limits: ExchangeLimits = ExchangeLimits(now: Date())) -> Result {
        importLines(Data(text.utf8), into: database, file: file, limits: limits)
    }

    /// Imports the lines of a file's bytes: LF and CRLF line ends both work, and a line that is not
    /// valid UTF-8 is reported by number while the rest imports. Every field of every line is
    /// checked against `limits` (ranges, known values, sane dates, well-formed ids, bounded texts)
    /// before anything is stored; a line that fails is reported with the field and the reason.
    public static func importLines(_ data: Data, into database: CoachDatabase, file: String, limits: ExchangeLimits = ExchangeLimits(now: Date())) -> Result {
        var result = Result()
        var pending: [(line: Int, item: ExchangeItem)] = []
        // One transaction per batch of lines (each line in its own savepoint), not one per line.
        func flush() {
            guard !pending.isEmpty else { return }
            let outcomes: [Swift.Result<ExchangeOutcome, StoreError>]
            do {
                outcomes = try database.importExchangeItems(pending.map(\.item))
            } catch {
                outcomes = pending.map { _ in .failure(error) }
            }
            for ((number, item), outcome) in zip(pending, outcomes) {
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
                        file: file, line: number, column: 1, message: "\(item.type) '\(item.id)' was not imported: \(error.description)"))
                }
            }
            pending.removeAll(keepingCapacity: true)
        }
        for (index, bytes) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            guard let decoded = String(validating: bytes, as: UTF8.self) else {
                result.diagnostics.append(Diagnostic(
                    file: file, line: index + 1, column: 1,
                    message: "this line is not valid UTF-8 text; export it again, or save the file as UTF-8"))
                result.rejected += 1
                continue
            }
            let line = decoded.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !line.isEmpty else { continue }
            let number = index + 1
            let item: ExchangeItem
            do {
                item = try ExchangeItem.parse(line)
            } catch {
                result.diagnostics.append(Diagnostic(file: file, line: number, column: 1, message: describe(error)))
                result.rejected += 1
                continue
            }
            if let problem = item.problem(within: limits) {
                result.diagnostics.append(Diagnostic(file: file, line: number, column: 1, message: "\(item.type) line: \(problem)"))
                result.rejected += 1
                continue
            }
            pending.append((number, item))
            if pending.count >= batchSize { flush() }
        }
        flush()
        // Each line has at most one diagnostic; report them in line order.
        result.diagnostics = result.diagnostics.enumerated()
            .sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
        return result
    }

    /// Lines imported per transaction.
    static let batchSize = 500

    /// A decoding error said plainly: where in the object, and what is wrong, in the words of the
    /// export rather than of the decoder ("at 'status': 'bogus' is not an allowed value; allowed: …").
    static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "not a valid export line" }
        func place(_ context: DecodingError.Context, _ key: (any CodingKey)? = nil) -> String {
            let path = context.codingPath + (key.map { [$0] } ?? [])
            let keys = path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
            var text = ""
            for key in keys { text += key.hasPrefix("[") || text.isEmpty ? key : "." + key }
            return text.isEmpty ? "" : "at '\(TerminalSafe.text(text))': "
        }
        switch error {
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty { return "not valid JSON; each line must be one JSON object as 'coach export' writes it" }
            return place(context) + plain(context.debugDescription)
        case .keyNotFound(let key, let context):
            if context.codingPath.isEmpty, key.stringValue == "type" || key.stringValue == "id" {
                return "missing key '\(key.stringValue)'; each line needs a \"type\" (\(ExchangeItem.types.joined(separator: ", "))) and an \"id\""
            }
            return place(context) + "the key '\(TerminalSafe.text(key.stringValue))' is missing"
        case .typeMismatch(let type, let context):
            return place(context) + "expected \(kind(type))"
        case .valueNotFound(let type, let context):
            return place(context) + "a value is missing (null where \(kind(type)) belongs)"
        @unknown default:
            return "not a valid export line"
        }
    }

    /// What a JSON value of `type` looks like, for "expected …".
    static func kind(_ type: Any.Type) -> String {
        switch type {
        case is Int.Type, is Int64.Type, is Int32.Type, is UInt.Type: return "a whole number"
        case is Double.Type, is Float.Type: return "a number"
        case is String.Type: return "text in quotes"
        case is Bool.Type: return "true or false"
        case is Date.Type: return "a date such as \"2026-11-30T09:00:00.000Z\""
        default:
            let name = String(describing: type)
            if name.hasPrefix("Array") || name.hasPrefix("[") && !name.contains(":") { return "a list [ … ]" }
            return "an object { … }"
        }
    }

    /// The decoder's own sentence in the export's words: an enum value it does not know becomes
    /// "'x' is not an allowed value; allowed: …".
    static func plain(_ description: String) -> String {
        let safe = TerminalSafe.text(description)
        if let match = safe.firstMatch(of: /Cannot initialize (\w+) from invalid \w+ value (.*)/) {
            let value = String(match.output.2)
            let allowed = allowedValues[String(match.output.1)].map { "; allowed: " + $0.joined(separator: ", ") } ?? ""
            return "'\(value)' is not an allowed value\(allowed)"
        }
        if safe.contains("does not fit") || safe.contains("not representable") { return "the number is out of range" }
        if safe.contains("keys found") || safe.contains("Invalid number of keys") { return "not a form this field can take" }
        return safe
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
