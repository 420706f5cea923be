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

        public var added: Int { total("added") }
        public var updated: Int { total("updated") }
        public var unchanged: Int { total("unchanged") }
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
    public static func importLines(_ text: String, into database: CoachDatabase, file: String) -> Result {
        importLines(Data(text.utf8), into: database, file: file)
    }

    /// Imports the lines of a file's bytes: LF and CRLF line ends both work, and a line that is not
    /// valid UTF-8 is reported by number while the rest imports.
    public static func importLines(_ data: Data, into database: CoachDatabase, file: String) -> Result {
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
                continue
            }
            let line = decoded.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !line.isEmpty else { continue }
            let number = index + 1
            do {
                pending.append((number, try ExchangeItem.parse(line)))
            } catch {
                result.diagnostics.append(Diagnostic(file: file, line: number, column: 1, message: describe(error)))
                continue
            }
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

    /// A decoding error said plainly: what is wrong and where in the object.
    static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "not a valid export line: \(error)" }
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
            return keys.isEmpty ? "" : " at '\(keys.joined(separator: "."))'"
        }
        switch error {
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty { return "not valid JSON; each line must be one JSON object as 'coach export' writes it" }
            return "\(context.debugDescription)\(path(context))"
        case .keyNotFound(let key, let context):
            return "missing key '\(key.stringValue)'\(path(context)); each line needs a \"type\" (\(ExchangeItem.types.joined(separator: ", "))) and an \"id\""
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "\(context.debugDescription)\(path(context))"
        @unknown default:
            return "not a valid export line: \(error)"
        }
    }
}
