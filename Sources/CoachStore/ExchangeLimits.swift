public import Foundation

/// What a line of a team export may hold: the ranges `coach import` checks every field against
/// before anything is stored (`ExchangeItem.problem(within:)`).
///
/// ```swift
/// let limits = ExchangeLimits(now: clock.now(), questionCount: corpus.prepQuestionCount)
/// if let problem = item.problem(within: limits) { print("team.jsonl:12:1: error: \(problem)") }
/// ```
public struct ExchangeLimits: Sendable {
    /// The importing machine's time: nothing may be dated more than `futureSlack` after it.
    public var now: Date
    /// The prep questions a session can be at (its `position` is 0…this, this being the summary);
    /// nil when the corpus is not known, then `maximumPosition`.
    public var questionCount: Int?

    public init(now: Date, questionCount: Int? = nil) {
        self.now = now
        self.questionCount = questionCount
    }

    /// How far ahead of `now` a date may be (clocks of a team's machines differ a little).
    public static let futureSlack: TimeInterval = 24 * 60 * 60
    /// The earliest date a record can carry: 2000-01-01T00:00:00Z.
    public static let earliest = Date(timeIntervalSince1970: 946_684_800)
    /// The latest year a calendar day (visit date, due date) may be in.
    public static let latestYear = 2100
    /// Characters in a free text (what was discussed, an answer, a comment).
    public static let maximumText = 20_000
    /// Characters in a name, id, title or other short field.
    public static let maximumName = 500
    /// Elements in a list (answers, versions, people, findings, status changes).
    public static let maximumItems = 2_000
    /// A session's position when the corpus is not known.
    public static let maximumPosition = 1_000
    /// A version number.
    public static let maximumVersion = 1_000_000

    /// The latest position a session may be at.
    var latestPosition: Int { questionCount.map { max($0, 0) } ?? Self.maximumPosition }
    /// The latest date allowed.
    var latestDate: Date { now.addingTimeInterval(Self.futureSlack) }
}
