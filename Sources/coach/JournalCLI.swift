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
            throw ValidationError(CLI.text("invalid \(option) '\(text)'; use \(DayRange.accepted)", "\(option) 的 '\(text)' 无效；请用 YYYY-MM-DD、YYYY-MM、YYYY-Qn、YYYY，或今天、昨天、本周、上周、本月、上个月、本季、上季、今年", "\(option) 的 '\(text)' 無效；請用 YYYY-MM-DD、YYYY-MM、YYYY-Qn、YYYY，或今天、昨天、本週、上週、本月、上個月、本季、上季、今年"))
        }
        return range
    }

    /// One day typed for `option` (today, yesterday, YYYY-MM-DD), as `YYYY-MM-DD`.
    static func day(_ text: String, option: String) throws -> String {
        guard let range = DayRange.parse(text, today: today()), range.first == range.last else {
            throw ValidationError(CLI.text("invalid \(option) '\(text)'; use today, yesterday or a day as YYYY-MM-DD", "\(option) 的 '\(text)' 不是有效的日期；请用今天、昨天或 YYYY-MM-DD", "\(option) 的 '\(text)' 不是有效的日期；請用今天、昨天或 YYYY-MM-DD"))
        }
        return range.first.text
    }

    /// An instant typed for `--at` (ISO 8601), or now.
    static func instant(_ text: String?) throws -> Date {
        guard let text else { return clock.now() }
        let precise = ISO8601DateFormatter()
        precise.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        guard let date = precise.date(from: text) ?? ISO8601DateFormatter().date(from: text) else {
            throw ValidationError(CLI.text("invalid --at '\(text)'; use ISO 8601, e.g. 2026-11-05T10:30:00+08:00", "--at 的 '\(text)' 无效；请用 ISO 8601 格式，例如 2026-11-05T10:30:00+08:00", "--at 的 '\(text)' 無效；請用 ISO 8601 格式，例如 2026-11-05T10:30:00+08:00"))
        }
        return date
    }

    /// A follow-up status in English or Chinese, or an error listing the statuses.
    static func status(_ text: String) throws -> IssueStatus {
        guard let status = IssueStatus(term: text) ?? IssueStatus(term: text.replacingOccurrences(of: " ", with: "-")) else {
            throw ValidationError(CLI.text("invalid --status '\(text)'; allowed: open, in-progress, resolved, customer-informed", "--status 的 '\(text)' 无效；可用：未处理、处理中、已解决、已告知客户（或 open、in-progress、resolved、customer-informed）", "--status 的 '\(text)' 無效；可用：未處理、處理中、已解決、已告知客戶（或 open、in-progress、resolved、customer-informed）"))
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
        guard let first = parts.first, !first.isEmpty else { throw ValidationError(CLI.text("invalid --issue '\(text)': the issue's text is empty", "--issue 的 '\(text)' 无效：没有写问题的内容", "--issue 的 '\(text)' 無效：沒有寫問題的內容")) }
        var issue = NewFollowUp(text: first)
        var rest = Array(parts.dropFirst()).filter { !$0.isEmpty }
        if let last = rest.last, rest.count >= 2 || DayNumber.strict(last) != nil || last.hasPrefix("+") {
            if let day = DayNumber.strict(last) {
                issue.due = day.text
            } else if last.hasPrefix("+"), let days = Int(last.dropFirst()), let visit = DayNumber(visitDate) {
                issue.due = visit.adding(days: days).text
            } else {
                throw ValidationError(CLI.text("invalid due date '\(last)' in --issue '\(text)'; use YYYY-MM-DD or +N (days after the visit)", "--issue '\(text)' 的期限 '\(last)' 无效；请用 YYYY-MM-DD 或 +N（拜访后 N 天）", "--issue '\(text)' 的期限 '\(last)' 無效；請用 YYYY-MM-DD 或 +N（走訪後 N 天）"))
            }
            rest.removeLast()
        }
        issue.department = rest.first
        return issue
    }

    /// The id to look `typed` up by: the UUID of the one entry of `kind` whose short reference
    /// (`9c2e41ab`, the same in every store) is `typed`, else `typed` itself (a local number or a
    /// full id). Two entries sharing a reference (rare) are named so the user can pick by number.
    static func entryID(_ typed: String, kind: JournalEntryKind, store: CoachDatabase) throws -> String {
        guard ShortRef.isRef(typed) else { return typed }
        let entries = try store.reviewEntries().filter { $0.kind == kind && ShortRef.of($0.id) == typed.lowercased() }
        guard entries.count <= 1 else {
            let numbers = entries.map { "#\($0.number)" }.joined(separator: ", ")
            throw CLI.Failure(CLI.text(
                "'\(typed)' is the reference of more than one entry (\(numbers)); give the number instead",
                "'\(typed)' 同时是好几笔记录的代码（\(numbers)）；请改用编号",
                "'\(typed)' 同時是好幾筆記錄的代碼（\(numbers)）；請改用編號"))
        }
        return entries.first?.id ?? typed
    }

    /// The names of the accounts in the store, by id.
    static func accountNames(_ store: CoachDatabase) throws -> [String: String] {
        Dictionary(try store.accounts().map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
    }
}
