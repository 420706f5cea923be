import ArgumentParser
import CoachApp
import CoachCore
import CoachEngine
import CoachStore
import Foundation

/// Helpers shared by the journal commands (`journal`, `followups`, `review`, `report`, `export`,
/// `import`): the clock, days and periods, who is using the coach.
enum JournalCLI {
    /// The clock: live, or `$COACH_NOW` for demos and scripts.
    static var clock: Clock { Clock.fromEnvironment() }

    /// Today in the local time zone.
    static func today() -> DayNumber {
        DayNumber(clock.now(), in: .current)
    }

    /// Who is using the coach: `$USER`.
    static var user: String { AccountImporter.currentUser() }

    /// A day or period typed for `option`, or an error listing what is accepted.
    static func range(_ text: String, option: String) throws -> DayRange {
        guard let range = DayRange.parse(text, today: today()) else {
            throw ValidationError("invalid \(option) '\(text)'; use \(DayRange.accepted)")
        }
        return range
    }

    /// One day typed for `option` (today, yesterday, YYYY-MM-DD), as `YYYY-MM-DD`.
    static func day(_ text: String, option: String) throws -> String {
        guard let range = DayRange.parse(text, today: today()), range.first == range.last else {
            throw ValidationError("invalid \(option) '\(text)'; use today, yesterday or a day as YYYY-MM-DD")
        }
        return range.first.text
    }

    /// An instant typed for `--at` (ISO 8601), or now.
    static func instant(_ text: String?) throws -> Date {
        guard let text else { return clock.now() }
        let precise = ISO8601DateFormatter()
        precise.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        guard let date = precise.date(from: text) ?? ISO8601DateFormatter().date(from: text) else {
            throw ValidationError("invalid --at '\(text)'; use ISO 8601, e.g. 2026-11-05T10:30:00+08:00")
        }
        return date
    }

    /// A follow-up status in English or Chinese, or an error listing the statuses.
    static func status(_ text: String) throws -> IssueStatus {
        guard let status = IssueStatus(term: text) ?? IssueStatus(term: text.replacingOccurrences(of: " ", with: "-")) else {
            throw ValidationError("invalid --status '\(text)'; allowed: open, in-progress, resolved, customer-informed")
        }
        return status
    }

    /// Names typed as one or more options, each possibly a comma list.
    static func names(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.flatMap { $0.split(whereSeparator: { ",，、".contains($0) }) }
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    /// A finding typed as `QUESTION => WHAT WAS LEARNT`, or just what was learnt.
    static func finding(_ text: String) -> OutlineFinding {
        guard let range = text.range(of: "=>") else { return OutlineFinding(learnt: text.trimmingCharacters(in: .whitespaces)) }
        return OutlineFinding(
            question: text[..<range.lowerBound].trimmingCharacters(in: .whitespaces),
            learnt: text[range.upperBound...].trimmingCharacters(in: .whitespaces))
    }

    /// An issue typed as `TEXT | DEPARTMENT | DUE` (department and due optional; DUE is a day or
    /// `+N` days after `visitDate`).
    static func issue(_ text: String, visitDate: String) throws -> NewFollowUp {
        let parts = text.split(whereSeparator: { $0 == "|" || $0 == "｜" }).map { $0.trimmingCharacters(in: .whitespaces) }
        guard let first = parts.first, !first.isEmpty else { throw ValidationError("invalid --issue '\(text)': the issue's text is empty") }
        var issue = NewFollowUp(text: first)
        var rest = Array(parts.dropFirst()).filter { !$0.isEmpty }
        if let last = rest.last, rest.count >= 2 || DayNumber.strict(last) != nil || last.hasPrefix("+") {
            if let day = DayNumber.strict(last) {
                issue.due = day.text
            } else if last.hasPrefix("+"), let days = Int(last.dropFirst()), let visit = DayNumber(visitDate) {
                issue.due = visit.adding(days: days).text
            } else {
                throw ValidationError("invalid due date '\(last)' in --issue '\(text)'; use YYYY-MM-DD or +N (days after the visit)")
            }
            rest.removeLast()
        }
        issue.department = rest.first
        return issue
    }

    /// The names of the accounts in the store, by id.
    static func accountNames(_ store: CoachDatabase) throws -> [String: String] {
        Dictionary(try store.accounts().map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
    }
}
