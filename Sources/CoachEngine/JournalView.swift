public import CoachCore
public import Foundation

/// How the journal's entries read, shared by the REPL (`/followups`, `/review`, `/comments`) and
/// the command line (`coach followups`, `coach review`), which renders the outputs the same way.
///
/// ```swift
/// let outputs = JournalView.followUps(items, today: "2026-11-29", overdueDays: corpus.method.overdueDays, language: .zhHant)
/// print(OutputRenderer(width: 80, colors: .off).render(outputs))
/// ```
public enum JournalView {
    /// Follow-ups, overdue first (most overdue first), then by deadline; `overdueDays` is the
    /// method's figure (`method.yaml`) for those without a due date.
    public static func sortedForAttention(_ items: [FollowUp], today: String, overdueDays: Int) -> [FollowUp] {
        items.enumerated().sorted { left, right in
            let a = left.element, b = right.element
            let aOverdue = a.isOverdue(today: today, overdueDays: overdueDays), bOverdue = b.isOverdue(today: today, overdueDays: overdueDays)
            if aOverdue != bOverdue { return aOverdue }
            let aDeadline = a.deadline(overdueDays: overdueDays) ?? "9999", bDeadline = b.deadline(overdueDays: overdueDays) ?? "9999"
            if aDeadline != bDeadline { return aDeadline < bDeadline }
            return left.offset < right.offset
        }.map(\.element)
    }

    /// The heading of someone else's follow-ups, or everyone's (`owner` nil): counted, open,
    /// overdue; nil for your own, whose table has its own heading.
    public static func followUpsHeading(
        _ items: [FollowUp], owner: String?, me: String, today: String, overdueDays: Int, language: Language
    ) -> String? {
        guard owner != me else { return nil }
        let open = items.filter { !$0.status.isClosed }.count
        let overdue = items.filter { $0.isOverdue(today: today, overdueDays: overdueDays) }.count
        return JournalText.followUpsOf(owner, count: items.count, open: open, overdue: overdue)[language]
    }

    /// An open issue written in an account file (`open-issues:`), listed with the follow-ups.
    public struct FileIssue: Sendable, Equatable {
        public var accountID: String
        public var owner: String?
        public var issue: OpenIssue
        public init(accountID: String, owner: String?, issue: OpenIssue) {
            self.accountID = accountID
            self.owner = owner
            self.issue = issue
        }
    }

    /// The issues written in the files of `owner`'s accounts (every account when no file names
    /// `owner`, or when `owner` is nil), except those already logged with the same text.
    public static func fileIssues(of accounts: [Account], owner: String?, logged: [FollowUp]) -> [FileIssue] {
        let mine = owner.map { owner in accounts.filter { $0.owner == owner } } ?? []
        let loggedKeys = Set(logged.map { "\($0.accountID)\u{0}\($0.text.trimmingCharacters(in: .whitespaces))" })
        return (mine.isEmpty ? accounts : mine).flatMap { account in
            account.openIssues
                .filter { !loggedKeys.contains("\(account.id)\u{0}\($0.text.trimmingCharacters(in: .whitespaces))") }
                .map { FileIssue(accountID: account.id, owner: account.owner, issue: $0) }
        }
    }

    /// One row of the follow-up table: a logged follow-up or a file's issue.
    struct FollowUpRow {
        var overdue: Bool
        var closed: Bool
        var cells: [String]
    }

    /// A table of follow-ups with a heading counting open and overdue ones; the account files'
    /// issues (`fromFiles`) follow, marked as the file's, with a line saying where they change.
    /// An issue without a due date is overdue `overdueDays` after it was raised (`method.yaml`),
    /// a file's issue as its account's flags have it.
    public static func followUps(
        _ items: [FollowUp], fromFiles: [FileIssue] = [], today: String, overdueDays: Int, language: Language, heading: String? = nil
    ) -> [Output] {
        let sorted = sortedForAttention(items, today: today, overdueDays: overdueDays)
        let open = items.filter { !$0.status.isClosed }.count + fromFiles.filter { !$0.issue.status.isClosed }.count
        let todayNumber = DayNumber(today)
        func fileDeadline(_ file: FileIssue) -> DayNumber? { file.issue.raised.flatMap(DayNumber.init)?.adding(days: overdueDays) }
        func fileOverdue(_ file: FileIssue) -> Bool {
            guard file.issue.status == .open || file.issue.status == .inProgress, let deadline = fileDeadline(file), let todayNumber else { return false }
            return todayNumber > deadline
        }
        let overdue = items.filter { $0.isOverdue(today: today, overdueDays: overdueDays) }.count + fromFiles.filter(fileOverdue).count
        var outputs: [Output] = [.text(heading ?? JournalText.followUpsHeading(open: open, overdue: overdue)[language], .heading)]
        guard !sorted.isEmpty || !fromFiles.isEmpty else { return outputs + [.text(JournalText.noFollowUps[language], .dim)] }
        var rows: [FollowUpRow] = sorted.map { item in
            var when = ""
            let deadline = item.deadline(overdueDays: overdueDays)
            if let deadline = deadline.flatMap({ DayNumber($0) }), let todayNumber, !item.status.isClosed {
                let days = deadline.value - todayNumber.value
                when = days < 0 ? JournalText.overdueBy(-days)[language] : JournalText.dueIn(days)[language]
            }
            return FollowUpRow(overdue: item.isOverdue(today: today, overdueDays: overdueDays), closed: item.status.isClosed, cells: [
                "#\(item.number)", deadline ?? "-", when, item.status.label[language], item.accountID,
                item.department ?? "-", item.owner, item.text,
            ])
        }
        let fileMark = JournalText.fromFile[language]
        rows += fromFiles.sorted { ($0.issue.raised ?? "", $0.accountID) < ($1.issue.raised ?? "", $1.accountID) }.map { file in
            let late = fileOverdue(file)
            let when = late
                ? fileDeadline(file).flatMap { deadline in todayNumber.map { JournalText.overdueBy($0.value - deadline.value)[language] } } ?? ""
                : file.issue.raised.map { JournalText.raisedOn($0)[language] } ?? ""
            return FollowUpRow(overdue: late, closed: file.issue.status.isClosed, cells: [
                fileMark, late ? fileDeadline(file)?.text ?? "-" : "-", when, file.issue.status.label[language],
                file.accountID, file.issue.department ?? "-", file.owner ?? "-", file.issue.text,
            ])
        }
        var table = Table(columns: [
            .init(style: .accent), .init(style: .dim), .init(style: .dim), .init(), .init(style: .dim), .init(style: .dim), .init(style: .dim), .init(),
        ])
        for row in rows {
            var cells = row.cells.map { Table.Cell($0) }
            cells[2].style = row.overdue ? .warning : .dim
            cells[3].style = row.closed ? .success : .plain
            table.add(cells)
        }
        // Below the table's width: the number, due date and status, then the issue on its own line.
        var compact: [StyledLine] = []
        for row in rows {
            let cells = row.cells
            compact.append(StyledLine([
                .init(cells[0] + "  ", .accent), .init(cells[1] == "-" ? "" : cells[1] + "  ", .dim),
                .init(cells[2].isEmpty ? "" : cells[2] + "  ", row.overdue ? .warning : .dim),
                .init(cells[3], row.closed ? .success : .plain),
            ]))
            let details = [cells[7], cells[4], cells[5], cells[6]].filter { $0 != "-" }.joined(separator: " · ")
            compact.append(StyledLine("    " + details))
        }
        table.narrow = [.lines(compact)]
        outputs.append(.table(table))
        if !fromFiles.isEmpty { outputs.append(.text(JournalText.fromFileHint(fileMark)[language], .dim)) }
        return outputs
    }

    /// A review list: one line per log or session, with its verification.
    ///
    /// - Parameters:
    ///   - period: the period's label (`2026-11`), nil for every period.
    ///   - commandLine: footers in `coach review …` syntax rather than the REPL's `/review …`.
    ///   - earlier: when the list is empty, the previous period with entries and their count, to point to.
    public static func reviewList(
        _ entries: [ReviewEntry], period: String?, who: String?, language: Language, timeZone: TimeZone,
        commandLine: Bool = false, earlier: (period: String, count: Int)? = nil
    ) -> [Output] {
        let logs = entries.filter { $0.kind == .log }.count
        let verified = entries.filter { $0.latestVerification != nil }.count
        let periodLabel = period ?? JournalText.allPeriods[language]
        var outputs: [Output] = [.text(
            JournalText.reviewHeading(periodLabel, who, logs: logs, sessions: entries.count - logs, verified: verified)[language], .heading)]
        guard !entries.isEmpty else {
            outputs.append(.text(JournalText.noEntries(periodLabel)[language], .dim))
            if let earlier {
                outputs.append(.text(JournalText.earlierEntries(earlier.period, earlier.count, commandLine: commandLine)[language]))
            }
            return outputs
        }
        let rows: [(ReviewEntry, [String])] = entries.map { entry in
            // The words /review show takes: log|session, or 走訪|準備 in Chinese.
            let kind = JournalText.entryWord(entry.kind)[language]
            let state = entry.kind == .log ? JournalText.versionShort(entry.version ?? 1)[language] : JournalText.sessionStatus(entry.status ?? "")[language]
            var check = JournalText.notVerified[language]
            if let verification = entry.latestVerification {
                check = JournalText.verifiedBy(verification.verifiedBy, day(verification.verifiedAt, timeZone))[language]
                if entry.editedSinceVerified, let version = entry.version {
                    check += language == .en ? "; " : "；"
                    check += JournalText.editedSince(version)[language]
                }
            }
            return (entry, ["\(kind) \(entry.number)", ShortRef.of(entry.id), entry.day, entry.accountID, entry.person, state, check])
        }
        var table = Table(columns: [.init(style: .accent), .init(style: .dim), .init(), .init(), .init(), .init(), .init()])
        // Below the table's width: the entry, its reference and day, then the rest on a line of its own.
        var compact = Table(columns: [.init(style: .accent), .init(style: .dim), .init()])
        for (entry, cells) in rows {
            let check = Table.Cell(cells[6], entry.latestVerification == nil ? .warning : .success)
            table.add(cells.dropLast().map { Table.Cell($0) } + [check])
            compact.add(Array(cells.prefix(3)))
            compact.rows.append(.line(StyledLine([
                .init("    " + [cells[3], cells[4], cells[5]].joined(separator: " · ") + " · "), .init(check.text, check.style ?? .plain),
            ])))
        }
        table.narrow = [.table(compact)]
        return outputs + [.table(table), .text((commandLine ? JournalText.reviewHintCommandLine : JournalText.reviewHint)[language], .dim)]
    }

    /// A visit log in full: the newest content, the verified version if it was edited since, the
    /// follow-ups raised, the versions and the manager's review.
    public static func logDetail(_ detail: VisitLogDetail, accountName: String?, language: Language, timeZone: TimeZone) -> [Output] {
        let log = detail.log
        var outputs: [Output] = [.text(JournalText.logTitle(log, accountName: accountName)[language], .heading)]
        outputs += contentLines(log.content, issues: detail.followUps.map(\.text), language: language)
        if let verified = detail.verifications.last?.entryVersion, verified < log.version,
           let kept = detail.versions.first(where: { $0.version == verified }) {
            outputs.append(.blank)
            outputs.append(.text(JournalText.verifiedVersionHeading(verified)[language], .bold))
            outputs += contentLines(kept.content, issues: nil, language: language)
        }
        if !detail.followUps.isEmpty {
            outputs.append(.blank)
            outputs.append(.text(JournalText.followUpsLabel[language], .bold))
            for item in detail.followUps {
                let details = [item.department, item.due].compactMap { $0 }.joined(separator: language == .en ? ", " : "，")
                let text = details.isEmpty ? item.text : UIText.noted(item.text, details, language)
                outputs.append(.text("#\(item.number) [\(item.status.label[language])] \(text) · \(item.owner)"))
            }
        }
        if detail.versions.count > 1 {
            let list = detail.versions.map { "v\($0.version) \(timestamp($0.editedAt, timeZone)) \($0.editedBy)" }
            outputs.append(.text(UIText.labelled(JournalText.versionsLabel[language], list.joined(separator: "; "), language), .dim))
        }
        outputs += verificationLines(detail.verifications, language: language, timeZone: timeZone)
        return outputs
    }

    /// A visit log for a listing: its title, its parts, and the newest verification.
    public static func logEntry(_ detail: VisitLogDetail, accountName: String?, language: Language, timeZone: TimeZone) -> [Output] {
        var outputs: [Output] = [.text(JournalText.logTitle(detail.log, accountName: accountName)[language], .heading)]
        outputs += contentLines(detail.log.content, issues: detail.followUps.map(\.text), language: language)
        if let verification = detail.verifications.last {
            var line = JournalText.verifiedBy(verification.verifiedBy, day(verification.verifiedAt, timeZone))[language]
            if let version = verification.entryVersion { line += " (v\(version))" }
            if !verification.comment.isEmpty { line += (language == .en ? ": " : "：") + verification.comment }
            outputs.append(.text(line, .success))
        }
        return outputs
    }

    /// The labels of a log's parts, in the language: date, met, discussed, opinions, issues,
    /// commitments, findings (for tables and Markdown).
    public static func partLabels(_ language: Language) -> [String] {
        LogFlow.Step.allCases.map { JournalText.stepLabel($0)[language] }
    }

    /// A finding as one line: `question → what was learnt`, or what was learnt.
    public static func findingLine(_ finding: OutlineFinding) -> String { findingText(finding) }

    /// The parts of a log, one per line, labelled as in the `/log` summary.
    static func contentLines(_ content: VisitLogContent, issues: [String]?, language: Language) -> [Output] {
        let none = "-"
        func item(_ step: LogFlow.Step, _ text: String) -> Output {
            .text(UIText.labelled(JournalText.stepLabel(step)[language], text.isEmpty ? none : text, language))
        }
        var outputs = [
            item(.people, UIText.list(content.peopleMet, language)),
            item(.discussed, content.discussed),
            item(.opinions, content.opinions),
        ]
        if let issues { outputs.append(item(.issues, numbered(issues, language))) }
        outputs.append(item(.commitments, content.commitments))
        outputs.append(item(.findings, numbered(content.findings.map(findingText), language)))
        return outputs
    }

    static func findingText(_ finding: OutlineFinding) -> String {
        if finding.question.isEmpty { return finding.learnt }
        return "\(finding.question) → \(finding.learnt.isEmpty ? "-" : finding.learnt)"
    }

    static func numbered(_ items: [String], _ language: Language) -> String {
        items.enumerated().map { "\($0.offset + 1)) \($0.element)" }.joined(separator: language == .en ? "; " : "；")
    }

    static func verificationLines(_ verifications: [Verification], language: Language, timeZone: TimeZone) -> [Output] {
        var outputs: [Output] = [.blank, .text(JournalText.verificationsLabel[language], .bold)]
        guard !verifications.isEmpty else { return outputs + [.text(JournalText.notVerified[language], .warning)] }
        for verification in verifications {
            var line = JournalText.verifiedBy(verification.verifiedBy, day(verification.verifiedAt, timeZone))[language]
            if let version = verification.entryVersion { line += " (v\(version))" }
            if !verification.comment.isEmpty { line += language == .en ? ": " : "：" }
            outputs.append(.text(line + verification.comment, .success))
        }
        return outputs
    }

    /// A coaching session in full: answers, the flags at the time, the strategies and the outline
    /// (the first `outlineLimit` questions when given).
    public static func sessionDetail(
        _ session: SessionSnapshot, corpus: Corpus, accountName: String?, language: Language, timeZone: TimeZone,
        outlineLimit: Int? = nil
    ) -> [Output] {
        var outputs: [Output] = [.text(JournalText.sessionTitle(session, accountName: accountName)[language], .heading)]
        var dates = timestamp(session.startedAt, timeZone)
        if let finished = session.finishedAt { dates += " → " + timestamp(finished, timeZone) }
        outputs.append(.text(dates, .dim))
        if let reason = session.pausedBy.flatMap(PauseReason.init(rawValue:)) {
            outputs.append(.text(JournalText.pausedBy(reason)[language], .dim))
        }
        let questions = Dictionary(corpus.selfChecks.flatMap(\.questions).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        outputs.append(.blank)
        outputs.append(.text(JournalText.answersLabel[language], .bold))
        if session.answers.isEmpty { outputs.append(.text(JournalText.noneYet[language], .dim)) }
        for answer in session.answers {
            let text = questions[answer.questionID]?.text[language] ?? ""
            outputs.append(.text("\(answer.questionID). \(text) → \(answer.display(language))"))
        }
        outputs.append(.blank)
        outputs.append(.text(JournalText.flagsLabel[language], .bold))
        if session.flags.isEmpty { outputs.append(.text(JournalText.noneYet[language], .dim)) }
        for flag in session.flags { outputs.append(.text("- \(flag.message[language])")) }
        outputs.append(.blank)
        outputs.append(.text(JournalText.strategiesLabel[language], .bold))
        if session.strategies.isEmpty { outputs.append(.text(JournalText.noneYet[language], .dim)) }
        for (index, choice) in session.strategies.enumerated() {
            let title = corpus.rule(id: choice.ruleID)?.title[language] ?? choice.ruleID
            let who = choice.person ?? PrepText.forAccount[language]
            outputs.append(.text("\(index + 1). [\(who)] \(title) (\(choice.ruleID))"))
        }
        outputs.append(.blank)
        outputs.append(.text(JournalText.outlineLabel(session.outline.count)[language], .bold))
        let shown = outlineLimit.map { Array(session.outline.prefix($0)) } ?? session.outline
        for (index, question) in shown.enumerated() {
            let person = question.person.map { "[\($0)] " } ?? ""
            outputs.append(.text("\(index + 1). \(person)\(question.text[language])"))
        }
        if shown.count < session.outline.count {
            outputs.append(.text(JournalText.moreOutline(session.outline.count - shown.count)[language], .dim))
        }
        outputs += verificationLines(session.verifications, language: language, timeZone: timeZone)
        return outputs
    }

    /// Managers' comments, each with the entry it is about.
    public static func comments(_ comments: [ManagerComment], language: Language, timeZone: TimeZone) -> [Output] {
        guard !comments.isEmpty else { return [.text(JournalText.noNewComments[language], .dim)] }
        var outputs: [Output] = []
        for comment in comments {
            outputs.append(.text(JournalText.commentHeading(comment, day(comment.verification.verifiedAt, timeZone))[language], .heading))
            outputs.append(.text(comment.verification.comment))
        }
        return outputs
    }

    /// The day of `date` in `timeZone`, `YYYY-MM-DD`.
    public static func day(_ date: Date, _ timeZone: TimeZone) -> String {
        DayNumber(date, in: timeZone).text
    }

    /// `2026-11-29 09:00` in `timeZone`.
    public static func timestamp(_ date: Date, _ timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(format: "%04d-%02d-%02d %02d:%02d", parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0)
    }
}
