public import CoachCore

/// Which visit logs to read: of one account, by one visitor, within days, containing words; nil
/// (or no words) means any.
public struct JournalQuery: Sendable, Hashable {
    /// A word of a text search: folded as `JournalSearchText.words` folds it, and the accounts whose
    /// name contains it (a log of such an account matches the word too).
    public struct Word: Sendable, Hashable {
        public var text: String
        public var accounts: [String]

        public init(text: String, accounts: [String] = []) {
            self.text = text
            self.accounts = accounts
        }
    }

    public var accountID: String?
    public var visitor: String?
    public var days: DayRange?
    /// Every word must occur in the log (its content, account id and name, visitor, follow-ups).
    public var words: [Word]

    public init(accountID: String? = nil, visitor: String? = nil, days: DayRange? = nil, words: [Word] = []) {
        self.accountID = accountID
        self.visitor = visitor
        self.days = days
        self.words = words
    }
}
