public import ArgumentParser
public import CoachCore

/// What a review list is narrowed to: `coach review [list] …` and `/review …` parse these alike.
///
/// ```swift
/// let options = try ReviewListOptions.parse(["last", "month", "--who", "Wang"])
/// options.chosenPeriod.text   // "last month"
/// ```
public struct ReviewListOptions: ParsableArguments, Sendable {
    @Argument(help: .l("The period in words (last month, 2026-Q4, 上個月); the same as --period."))
    public var periodWords: [String] = []

    @Option(name: .long, help: .l("2026-11, 2026-Q4, this month, last month, this quarter, a day, or 'all'."), transform: ReviewPeriod.parse)
    public var period: ReviewPeriod?

    @Option(name: .long, help: .l("Only this salesperson."))
    public var who: String?

    @Option(name: .long, help: .l("Only this account."))
    public var account: String?

    @Flag(name: .long, help: .l("Only entries not verified yet."))
    public var unverified = false

    public init() {}

    public func validate() throws {
        guard !periodWords.isEmpty else { return }
        if period != nil { throw OptionsError.periodTwice }
        let text = periodWords.joined(separator: " ")
        guard ReviewPeriod(argument: text) != nil else {
            throw ValidationError("The value '\(text)' is invalid for '<period>': \(OptionsError.notAPeriod)")
        }
    }

    /// The period asked for, as words or with `--period`; this month when neither.
    public var chosenPeriod: ReviewPeriod {
        period ?? ReviewPeriod(argument: periodWords.joined(separator: " ")) ?? .thisMonth
    }

    /// Whether no period was typed (this month by default).
    public var periodIsDefault: Bool { period == nil && periodWords.isEmpty }
}
