public import CoachCore

/// Which visit logs to read: of one account, by one visitor, within days; nil means any.
public struct JournalQuery: Sendable, Hashable {
    public var accountID: String?
    public var visitor: String?
    public var days: DayRange?

    public init(accountID: String? = nil, visitor: String? = nil, days: DayRange? = nil) {
        self.accountID = accountID
        self.visitor = visitor
        self.days = days
    }
}
