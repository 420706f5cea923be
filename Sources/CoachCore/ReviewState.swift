/// Where a quiz item stands in a trainee's spaced repetition: its Leitner box and when it is due.
public struct ReviewState: Sendable, Hashable, Codable {
    public var itemID: String
    /// 1 (just learnt or got wrong) … 5 (well known).
    public var box: Int
    /// The day it was last answered, `YYYY-MM-DD`.
    public var lastReviewed: String
    /// The first day it is due again, `YYYY-MM-DD`.
    public var dueOn: String

    public init(itemID: String, box: Int, lastReviewed: String, dueOn: String) {
        self.itemID = itemID
        self.box = box
        self.lastReviewed = lastReviewed
        self.dueOn = dueOn
    }

    /// Whether the item is due on `today` (`YYYY-MM-DD`): its interval has passed.
    public func isDue(today: String) -> Bool {
        guard let due = DayNumber(dueOn), let day = DayNumber(today) else { return true }
        return day >= due
    }
}
