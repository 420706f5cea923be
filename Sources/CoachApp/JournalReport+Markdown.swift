public import CoachCore
import Foundation

extension JournalReport {
    /// The report as Markdown: a heading, a summary, then one table per part.
    /// - Parameter flags: the corpus's flag texts, to name the open risks.
    public func markdown(language: Language, flags: FlagTexts) -> String {
        var text = ""
        markdown(language: language, flags: flags) { text += $0 }
        return text
    }

    /// The report as Markdown, handed to `write` a piece at a time (whole lines, about 64 KB
    /// each), so that a long report is written out as it is laid out, never held whole twice.
    /// The pieces joined are `markdown(language:)`.
    public func markdown(language: Language, flags: FlagTexts, write: (String) -> Void) {
        withoutActuallyEscaping(write) { write in
            var lines = LineWriter(write: write)
            markdown(language: language, flags: flags, into: &lines)
            lines.flush()
        }
    }

    private func markdown(language: Language, flags: FlagTexts, into lines: inout LineWriter) {
        let t = { (text: LocalizedText) in text[language] }
        // A report repeats its cells (accounts, people, departments, statuses, issues): each text
        // with anything but plain ASCII is escaped once.
        var escaped: [String: String] = [:]
        func cell(_ text: String) -> String {
            if text.utf8.allSatisfy({ $0 < 0x80 }) { return Self.markdownCell(text) }
            if let known = escaped[text] { return known }
            let cell = Self.markdownCell(text)
            if escaped.count < 50_000 { escaped[text] = cell }
            return cell
        }
        lines += ["# " + t(ReportText.title(self)), "", t(ReportText.span(self)), ""]
        /// A table of `count` rows, each made when it is written.
        func rowsTable(_ header: [String], count: Int, numeric: Set<Int> = [], row: (Int) -> [String]) {
            guard count > 0 else {
                lines += [t(ReportText.none), ""]
                return
            }
            lines.append("| " + header.map(Self.markdownCell).joined(separator: " | ") + " |")
            lines.append("|" + header.indices.map { numeric.contains($0) ? "---:|" : "---|" }.joined())
            for index in 0..<count { lines.append("| " + row(index).map(cell).joined(separator: " | ") + " |") }
            lines.append("")
        }
        func table(_ header: [String], _ rows: [[String]], numeric: Set<Int> = []) {
            rowsTable(header, count: rows.count, numeric: numeric) { rows[$0] }
        }
        lines += ["## " + t(ReportText.summary), ""]
        lines += summaryLines(language: language).map { "- " + $0 }
        lines.append("")

        lines += ["## " + t(ReportText.visits), ""]
        table([t(ReportText.account), t(ReportText.id), t(ReportText.salesperson), t(ReportText.count)],
              visits.map { [$0.accountName, $0.account, $0.salesperson, String($0.count)] }, numeric: [3])
        lines += ["## " + t(ReportText.notVisited), ""]
        table([t(ReportText.account), t(ReportText.id), t(ReportText.owner)], notVisited.map { [$0.name, $0.account, $0.owner ?? "-"] })

        lines += ["## " + t(ReportText.issues), ""]
        table([t(ReportText.raised), t(ReportText.resolved), t(ReportText.customerInformed), t(ReportText.averageToResolve), t(ReportText.averageToInform)],
              [[String(issues.raised), String(issues.resolved), String(issues.customerInformed),
                Self.days(issues.averageDaysToResolve), Self.days(issues.averageDaysToInform)]], numeric: [0, 1, 2, 3, 4])
        lines += ["### " + t(ReportText.handled), ""]
        table(["#", t(ReportText.id), t(ReportText.issue), t(ReportText.raised), t(ReportText.resolved), t(ReportText.daysToResolve), t(ReportText.customerInformed), t(ReportText.daysToInform)],
              handled.map { ["\($0.number)", $0.account, $0.text, $0.raised, $0.resolved ?? "-", $0.daysToResolve.map(String.init) ?? "-", $0.customerInformed ?? "-", $0.daysToInform.map(String.init) ?? "-"] },
              numeric: [0, 5, 7])

        lines += ["## " + t(ReportText.overdue), ""]
        rowsTable(["#", t(ReportText.id), t(ReportText.issue), t(ReportText.owner), t(ReportText.department), t(ReportText.deadline), t(ReportText.daysOverdue), t(ReportText.status)],
              count: overdue.count, numeric: [0, 6]) { index in
            let item = overdue[index]
            return ["\(item.number)", item.account, item.text, item.owner, item.department ?? "-", item.deadline, String(item.daysOverdue), item.status.label[language]]
        }

        lines += ["## " + t(ReportText.overlaps(self)), ""]
        table([t(ReportText.account), t(ReportText.id), t(ReportText.salespeople), t(ReportText.count), t(ReportText.firstDay), t(ReportText.lastDay), t(ReportText.peopleBothMet)],
              overlaps.map { [$0.accountName, $0.account, $0.salespeople.joined(separator: language == .en ? ", " : "、"), String($0.visits), $0.first, $0.last, $0.people.isEmpty ? "-" : $0.people.joined(separator: language == .en ? ", " : "、")] },
              numeric: [3])

        lines += ["## " + t(ReportText.openRisks), ""]
        table([t(ReportText.account), t(ReportText.id), t(ReportText.flags), t(ReportText.fromSessions)],
              openRisks.map { [$0.name, $0.account, "\($0.flags.count): " + flagLabels($0.flags, flags, language: language), $0.fromSessions.isEmpty ? "-" : flagLabels($0.fromSessions, flags, language: language)] })

        lines += ["## " + t(ReportText.selfCheckRisks), ""]
        table([t(ReportText.session), t(ReportText.id), t(ReportText.salesperson), t(ReportText.day), t(ReportText.buyersNotMet), t(ReportText.noCoach)],
              selfCheckRisks.map { ["#\($0.session)", $0.account, $0.salesperson, $0.day, $0.buyersNotMet.isEmpty ? "-" : $0.buyersNotMet.joined(separator: ", "), $0.noCoach ? t(ReportText.yes) : "-"] })

        for care in careTables(language: language) {
            lines += ["## " + t(care.title), ""]
            table(care.header, care.rows, numeric: care.numeric)
        }

        lines += ["## " + t(ReportText.verificationAsOf(self)), ""]
        table(["", t(ReportText.total), t(ReportText.verified)],
              [[t(ReportText.logs), String(verification.logs), String(verification.logsVerified)],
               [t(ReportText.sessions), String(verification.sessions), String(verification.sessionsVerified)]], numeric: [1, 2])
        lines.append("- " + t(ReportText.editedAfter) + (language == .en ? ": " : "：") + String(verification.editedAfterVerification))
        lines.append("- " + t(ReportText.unverified) + (language == .en ? ": " : "：") + (verification.unverified.isEmpty ? "-" : unverifiedList(language: language)))
        lines += ["", t(ReportText.generated(self)), ""]
    }

    /// Lines joined by newlines, handed on in pieces of whole lines.
    struct LineWriter {
        let write: (String) -> Void
        private var buffer = ""
        private var started = false

        /// Bytes gathered before a piece is handed on.
        static let piece = 64 * 1024

        init(write: @escaping (String) -> Void) {
            self.write = write
        }

        mutating func append(_ line: String) {
            if started { buffer += "\n" }
            started = true
            buffer += line
            if buffer.utf8.count >= Self.piece { flush() }
        }

        static func += (writer: inout LineWriter, lines: [String]) {
            for line in lines { writer.append(line) }
        }

        mutating func flush() {
            guard !buffer.isEmpty else { return }
            write(buffer)
            buffer = ""
        }
    }

    /// The entries not verified yet as the reader says them: `log #3, session #2`, `走訪記錄 #3、拜訪準備 #2`.
    func unverifiedList(language: Language) -> String {
        verification.unverified.map { entry in
            let parts = entry.split(separator: " ")
            guard parts.count == 2, let kind = JournalEntryKind(word: String(parts[0])) else { return entry }
            return (kind == .log ? ReportText.logEntry : ReportText.sessionEntry)[language] + " #" + parts[1]
        }.joined(separator: language == .en ? ", " : "、")
    }

    /// The summary, one line per part.
    func summaryLines(language: Language) -> [String] {
        let t = { (text: LocalizedText) in text[language] }
        let english = language == .en
        let colon = english ? ": " : "："
        let comma = english ? ", " : "，"
        let semicolon = english ? "; " : "；"
        func parenthesized(_ text: String) -> String { english ? " (\(text))" : "（\(text)）" }
        let bySalesperson = visitsBySalesperson.map { "\($0.salesperson) \($0.count)" }.joined(separator: comma)
        return [
            t(ReportText.visitsTotal) + colon + "\(totalVisits)" + (bySalesperson.isEmpty ? "" : parenthesized(bySalesperson)),
            t(ReportText.notVisited) + colon + (notVisited.isEmpty ? "0" : notVisited.map(\.account).joined(separator: comma)),
            t(ReportText.issues) + colon
                + ["\(t(ReportText.raised)) \(issues.raised)", "\(t(ReportText.resolved)) \(issues.resolved)",
                   "\(t(ReportText.customerInformed)) \(issues.customerInformed)"].joined(separator: comma)
                + semicolon
                + ["\(t(ReportText.averageToResolve)) \(Self.days(issues.averageDaysToResolve))",
                   "\(t(ReportText.averageToInform)) \(Self.days(issues.averageDaysToInform))"].joined(separator: comma),
            t(ReportText.overdue) + colon + "\(overdue.count)",
            t(ReportText.overlapsShort) + colon + (overlaps.isEmpty ? "0" : overlaps.map { "\($0.account) \($0.salespeople.joined(separator: english ? " & " : "、"))" }.joined(separator: comma)),
            t(ReportText.openRisks) + colon + "\(openRisks.count)",
            t(ReportText.selfCheckRisks) + colon + "\(selfCheckRisks.count)",
            t(ReportText.verification) + colon
                + ["\(t(ReportText.logs)) \(verification.logsVerified)/\(verification.logs)",
                   "\(t(ReportText.sessions)) \(verification.sessionsVerified)/\(verification.sessions)"].joined(separator: comma),
        ] + careSummaryLines(language: language)
    }

    static func days(_ value: Double?) -> String {
        value.map { String(format: "%.1f", $0) } ?? "-"
    }

    /// A table cell: one line, Markdown and terminal controls made inert (`MarkdownEscape`).
    static func markdownCell(_ text: String) -> String {
        MarkdownEscape.inline(text)
    }
}

extension JournalReport {
    /// Flag ids as the reader's words, comma separated (ids stay in the JSON report).
    func flagLabels(_ ids: [String], _ texts: FlagTexts, language: Language) -> String {
        ids.map { texts.label(forID: $0, language: language) }.joined(separator: language == .en ? ", " : "、")
    }
}
