import ArgumentParser
import CoachApp
import CoachCore
import CoachEngine
import CoachOptions
import CoachStore
import CoachTerminal
import Foundation

/// `coach journal [--account ID] [--who NAME] [--since D] [--until D] [--search TEXT] [--limit N] [--short] [--format …]`.
struct JournalListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: HelpText.text("List visit logs, newest first: by account, visitor, dates and words."),
        discussion: HelpText.text("""
            --search finds every word given, in Chinese or English, in what was discussed, the \
            opinions, commitments, findings, people met and issues; Simplified finds Traditional. \
            --limit keeps the newest N of the logs that match; --short prints one line per log. \
            --format json prints each log with every version, its follow-ups and verifications.
            """)
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, md, json, csv
    }

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: .l("Only this account (its id)."))
    var account: String?

    @Option(name: .long, help: .l("Only this visitor."))
    var who: String?

    @Option(name: .long, help: .l("From this day or the start of this period (e.g. 2026-11-01, last month)."))
    var since: String?

    @Option(name: .long, help: .l("Up to this day or the end of this period (e.g. today, last week)."))
    var until: String?

    @Option(name: .long, help: .l("Only logs containing every word of TEXT."))
    var search: String?

    @Option(name: .long, help: .l("text, md, json or csv."))
    var format: Format = .text

    @Option(name: [.short, .long], help: .l("Only the newest N logs that match."))
    var limit: Int?

    @Flag(name: .long, help: .l("One line per log: date, number, account, visitor, what was discussed."))
    var short = false

    @Flag(name: .long, help: .l("Oldest first instead of newest first."))
    var oldestFirst = false

    @Flag(name: .long, help: .l("Same as --format json."))
    var json = false

    func validate() throws {
        if let limit, limit < 1 { throw ValidationError(CLI.text("--limit must be 1 or more (got \(limit))", "--limit 至少要是 1（现在是 \(limit)）", "--limit 至少要是 1（現在是 \(limit)）")) }
    }

    func run() throws {
        let language = try global.language()
        let store = try global.openStore()
        if let account, try store.account(id: account) == nil {
            throw StoreError.unknownAccount(id: account, known: try store.accountIDs())
        }
        let first = try since.map { try JournalCLI.range($0, option: "--since").first }
        let last = try until.map { try JournalCLI.range($0, option: "--until").last }
        var days: DayRange?
        if first != nil || last != nil {
            days = DayRange(first: first ?? DayNumber("0001-01-01")!, last: last ?? DayNumber("9999-12-31")!)
        }
        let names = try JournalCLI.accountNames(store)
        let words = search.map { JournalSearch.words($0, accountNames: names) } ?? []
        let query = JournalQuery(accountID: account, visitor: who, days: days, words: words)
        if (json || format == .json) && limit == nil {
            // For scripts: every match in visit order, streamed, so a million logs never sit in
            // memory at once. People reading (text, md, csv, or --limit) get the newest first.
            try JSONOutput.streamVisitLogDetails { write in
                try store.forEachVisitLogDetail(query) { try write($0) }
            }
            return
        }
        var details = Self.newestFirst(try store.visitLogDetails(query))
        if let limit { details = Array(details.prefix(limit)) }
        if oldestFirst { details.reverse() }
        if short, !json, format == .text {
            guard !details.isEmpty else { return print(Self.noneMatch(language)) }
            CLI.show([.table(Self.shortTable(details, names: names, language: language))], width: .live(fallback: 100))
            return
        }
        switch json ? .json : format {
        case .json:
            print(try JSONOutput.encode(details))
        case .csv:
            print(csv(details, names: names), terminator: "")
        case .md:
            print(markdown(details, names: names, language: language))
        case .text:
            guard !details.isEmpty else { return print(Self.noneMatch(language)) }
            var outputs: [Output] = []
            for detail in details {
                if !outputs.isEmpty { outputs.append(.blank) }
                outputs += JournalView.logEntry(detail, accountName: names[detail.log.accountID], language: language, timeZone: .current)
            }
            CLI.show(outputs)
        }
    }

    static func noneMatch(_ language: Language) -> String {
        CLI.say(language, en: "No visit logs match.", zhHans: "没有符合条件的拜访记录。", zhHant: "沒有符合條件的走訪記錄。")
    }

    /// Logs by visit day, newest first; logs of the same day by number, the later first.
    static func newestFirst(_ details: [VisitLogDetail]) -> [VisitLogDetail] {
        details.sorted { a, b in
            a.log.content.visitDate != b.log.content.visitDate
                ? a.log.content.visitDate > b.log.content.visitDate : a.log.number > b.log.number
        }
    }

    /// One line per log, cut to the screen's width: day, number, short reference, account, visitor,
    /// a check mark when a manager verified it, and what was discussed.
    static func shortTable(_ details: [VisitLogDetail], names: [String: String], language: Language) -> Table {
        var table = Table(columns: [
            .init(style: .accent), .init(), .init(), .init(maxWidth: 24, overflow: .truncate), .init(maxWidth: 16, overflow: .truncate),
            .init(), .init(overflow: .truncate),
        ])
        for detail in details {
            let log = detail.log
            let summary = log.content.discussed.isEmpty ? log.content.peopleMet.joined(separator: language == .en ? ", " : "、") : log.content.discussed
            table.add([
                log.content.visitDate, "#\(log.number)", ShortRef.of(log.uuid), names[log.accountID] ?? log.accountID, log.visitor,
                detail.verifications.isEmpty ? " " : "✓", summary.split(whereSeparator: \.isNewline).joined(separator: " "),
            ])
        }
        return table
    }

    /// One row per log: its parts, follow-ups and newest verification.
    func csv(_ details: [VisitLogDetail], names: [String: String]) -> String {
        var rows = [[
            "number", "id", "date", "account", "account_name", "visitor", "version", "people_met", "discussed", "opinions",
            "issues", "commitments", "findings", "verified_by", "verified_at", "comment",
        ]]
        for detail in details {
            let log = detail.log, content = log.content
            let verification = detail.verifications.last
            rows.append([
                String(log.number), log.uuid, content.visitDate, log.accountID, names[log.accountID] ?? "", log.visitor,
                String(log.version), content.peopleMet.joined(separator: "; "), content.discussed, content.opinions,
                detail.followUps.map(\.text).joined(separator: "; "), content.commitments,
                content.findings.map(JournalView.findingLine).joined(separator: "; "), verification?.verifiedBy ?? "",
                verification.map { CoachDatabase.isoTimestamp($0.verifiedAt) } ?? "", verification?.comment ?? "",
            ])
        }
        return rows.map { $0.map(CSVField.escape).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    /// A section per log, its parts as a list.
    func markdown(_ details: [VisitLogDetail], names: [String: String], language: Language) -> String {
        let labels = JournalView.partLabels(language)
        let title = CLI.say(language, en: "Visit journal", zhHans: "拜访日志", zhHant: "走訪日誌")
        var lines = ["# \(title) (\(details.count))", ""]
        for detail in details {
            let log = detail.log, content = log.content
            let md = MarkdownEscape.inline
            let account = names[log.accountID].map { "\(md($0)) (\(md(log.accountID)))" } ?? md(log.accountID)
            lines.append("## #\(log.number) · \(content.visitDate) · \(account) · \(md(log.visitor))")
            lines.append("")
            let parts: [(Int, String)] = [
                (1, content.peopleMet.joined(separator: language == .en ? ", " : "、")), (2, content.discussed), (3, content.opinions),
                (4, detail.followUps.map { "\($0.text) (#\($0.number), \($0.status.label[language]))" }.joined(separator: "; ")),
                (5, content.commitments), (6, content.findings.map(JournalView.findingLine).joined(separator: "; ")),
            ]
            for (index, text) in parts { lines.append("- **\(labels[index])**: \(text.isEmpty ? "-" : md(text))") }
            if let verification = detail.verifications.last {
                let verified = CLI.say(language, en: "Verified", zhHans: "已审核", zhHant: "已審核")
                lines.append("- **\(verified)**: \(md(verification.verifiedBy)) \(CoachDatabase.day(of: verification.verifiedAt, in: .current))"
                    + (verification.comment.isEmpty ? "" : " — \(md(verification.comment))"))
            }
            if log.version > 1 { lines.append("- v\(log.version)") }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }
}
