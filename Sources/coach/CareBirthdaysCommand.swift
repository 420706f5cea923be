import ArgumentParser
import CoachApp
import CoachCore
import CoachOptions
import Foundation

/// `coach care birthdays [--month 2026-09 | --week [D] | --from D --to D] [--format text|md|csv|json]`.
struct CareBirthdaysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "birthdays",
        abstract: HelpText.text("Birthdays in a month (the 1st-of-month list), a week (the Monday check) or a range, solar and lunar."),
        discussion: HelpText.text("""
            Lunar birthdays are converted with the Chinese calendar for the year: a leap-month birthday \
            is kept in the regular month in years without that leap month; day 30 falls on day 29 in a \
            29-day month; a lunar date may fall twice in a range or not at all. Also lists A-tier \
            people whose birthday or its calendar is missing (text, md and csv). \
            JSON: {"from", "to", "birthdays": [{"account", "person", "date", "calendar", "lunar"}]}.
            """)
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, md, csv, json
    }

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: .l("A month, YYYY-MM (default: this month), or this month / next month."))
    var month: String?

    @Flag(name: .long, help: .l("The week (Monday to Sunday) of --date or today."))
    var week = false

    @Option(name: .long, help: .l("With --week: a day in the week (default: today)."))
    var date: String?

    @Option(name: .long, help: .l("First day of a range, YYYY-MM-DD (with --to)."))
    var from: String?

    @Option(name: .long, help: .l("Last day of a range, YYYY-MM-DD."))
    var to: String?

    @Option(name: .long, help: .l("text, md, csv or json."))
    var format: Format = .text

    @Flag(name: .long, help: .l("Same as --format json."))
    var json = false

    func validate() throws {
        let chosen = [month != nil, week, from != nil || to != nil].filter { $0 }.count
        if chosen > 1 { throw ValidationError(CLI.text("give one of --month, --week or --from/--to", "--month、--week、--from/--to 只能选一个", "--month、--week、--from/--to 只能選一個")) }
        if (from == nil) != (to == nil) { throw ValidationError(CLI.text("--from and --to go together", "--from 和 --to 要一起用", "--from 和 --to 要一起用")) }
        if date != nil && !week { throw ValidationError(CLI.text("--date goes with --week", "--date 要和 --week 一起用", "--date 要和 --week 一起用")) }
    }

    func range() throws -> DayRange {
        let today = JournalCLI.today()
        if week { return DayRange.week(of: try CareCLI.day(date)) }
        if let from, let to {
            guard let first = DayNumber.strict(from), let last = DayNumber.strict(to) else {
                throw ValidationError(CLI.text("invalid --from/--to; use YYYY-MM-DD, e.g. --from 2026-09-01 --to 2026-09-30", "--from/--to 的日期无效；请用 YYYY-MM-DD，例如 --from 2026-09-01 --to 2026-09-30", "--from/--to 的日期無效；請用 YYYY-MM-DD，例如 --from 2026-09-01 --to 2026-09-30"))
            }
            guard first <= last, last.value - first.value < 366 * 3 else {
                throw ValidationError(CLI.text("--from must come before --to, at most three years apart", "--from 要在 --to 之前，相隔最多三年", "--from 要在 --to 之前，相隔最多三年"))
            }
            return DayRange(first: first, last: last)
        }
        guard let month else { return DayRange.month(of: today) }
        if month.lowercased() == "next month" || month == "下個月" || month == "下个月" {
            return DayRange.month(of: today.monthStart(offset: 1))
        }
        guard let range = DayRange.parse(month, today: today), range.first == range.first.monthStart(),
              range.last == range.first.monthStart(offset: 1).adding(days: -1) else {
            throw ValidationError(CLI.text("invalid --month '\(month)'; use YYYY-MM (e.g. 2026-09), this month or next month", "--month 的 '\(month)' 无效；请用 YYYY-MM（例如 2026-09）、本月或下月", "--month 的 '\(month)' 無效；請用 YYYY-MM（例如 2026-09）、本月或下月"))
        }
        return range
    }

    func run() throws {
        let language = try global.language()
        let range = try range()
        let store = try global.openStore()
        let workspace = try CareCLI.workspace(store)
        let entries = BirthdayEntry.entries(accounts: workspace.accounts, in: range, calendar: workspace.calendar)
        let missing = MissingCareData.gaps(in: workspace.accounts)
        let today = JournalCLI.today()
        let text: String
        switch json ? .json : format {
        case .json:
            text = try JSONOutput.encode(CareText.birthdaysJSON(entries, range: range, language: language)) + "\n"
        case .csv:
            text = CareText.birthdaysCSV(entries, missing: missing, language: language)
        case .md:
            text = CareText.birthdaysMarkdown(entries, missing: missing, range: range, week: week, today: today, language: language)
        case .text:
            let color = CLI.colorMode()
            text = CareText.birthdaysText(
                entries, missing: missing, range: range, week: week, today: today, language: language,
                table: { CLI.table(header: $0, rows: $1, color: color) })
        }
        print(text, terminator: "")
    }
}
