import ArgumentParser
import CoachApp
import CoachCore
import CoachEngine
import CoachOptions
import CoachStore
import Foundation

/// `coach review [PERIOD | --period 2026-11|2026-Q4] [--who NAME] [--json]`.
struct ReviewListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: HelpText.text("List the visit logs and coaching sessions of a period (default: this month), by day.")
    )

    @OptionGroup var global: GlobalOptions

    /// The period, salesperson, account and unverified filter, parsed as `/review` parses them.
    @OptionGroup var options: ReviewListOptions

    @Flag(name: .long, help: .l("Print the entries as JSON, each with its verifications."))
    var json = false

    @Flag(name: .long, help: .l("Trainees' progress instead (lessons done, scores, weak topics, reviews due, drills); with --who, one trainee."))
    var training = false

    func run() throws {
        let who = options.who, account = options.account, unverified = options.unverified
        if training { return try ProgressCommand.report(global: global, who: who, all: who == nil, json: json) }
        let language = try global.language()
        let days = options.chosenPeriod.range(today: JournalCLI.today())
        let store = try global.openStore()
        // A prep paused past the corpus's limit reads as abandoned (prep.yaml).
        let corpus = try CLI.loadCorpus(global)
        var entries = corpus.prep.reading(try store.reviewEntries(days: days, who: who, accountID: account), now: Date(), timeZone: .current)
        if unverified { entries = entries.filter { $0.latestVerification == nil } }
        if json {
            print(try JSONOutput.encode(ListJSON(period: days?.label ?? "all", who: who, entries: entries)))
            return
        }
        // Early in a month the default period is still empty: point to last month's entries.
        var earlier: (period: String, count: Int)?
        if entries.isEmpty, let days, options.periodIsDefault, let previous = DayRange.parse("last month", today: JournalCLI.today()) {
            var before = try store.reviewEntries(days: previous, who: who, accountID: account)
            if unverified { before = before.filter { $0.latestVerification == nil } }
            if !before.isEmpty, previous.label != days.label { earlier = (previous.label, before.count) }
        }
        CLI.show(JournalView.reviewList(
            entries, period: days?.label, who: who, language: language, timeZone: .current, commandLine: true, earlier: earlier))
        // The manager's summary also names overlapping visits (two salespeople at one account).
        if let days, account == nil {
            let window = corpus.method.overlapDays
            let overlaps = try JournalReport.overlaps(database: store, days: days, who: who, window: window)
            if !overlaps.isEmpty { print(JournalReport.overlapLine(overlaps, window: window)[language]) }
        }
    }

    /// `{"period": "2026-11", "who": null, "entries": [...]}`.
    struct ListJSON: Encodable {
        var period: String
        var who: String?
        var entries: [ReviewEntry]

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(period, forKey: .period)
            try container.encode(who, forKey: .who)
            try container.encode(entries, forKey: .entries)
        }

        enum CodingKeys: String, CodingKey { case period, who, entries }
    }
}
