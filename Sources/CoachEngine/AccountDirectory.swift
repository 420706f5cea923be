public import CoachCore
public import Foundation

/// The accounts the conversation can open, provided by the host (the store, or files in tests).
public protocol AccountDirectory: Sendable {
    /// Every account id, sorted.
    func accountIDs() -> [String]
    /// The current version of an account.
    func account(id: String) -> Account?
    /// The number of the account's current version, if the directory keeps versions.
    func version(id: String) -> Int?
}

extension AccountDirectory {
    public func version(id: String) -> Int? { nil }
}

/// Coaching sessions that can be resumed, provided by the host.
public protocol PrepSessionSource: Sendable {
    /// The newest session not finished or cancelled, for this account (or any account when nil).
    func resumableSession(accountID: String?) -> SavedPrepSession?
    /// The salesperson's answers in their newest finished session (on `accountID`, or on any
    /// account when nil), to be confirmed instead of asked again.
    func earlierAnswers(salesperson: String, accountID: String?) -> [PrepAnswer]
}

extension PrepSessionSource {
    public func earlierAnswers(salesperson: String, accountID: String?) -> [PrepAnswer] { [] }

    /// The newest unfinished session of `salesperson` (sources that do not know who is coached
    /// return any).
    public func resumableSession(accountID: String?, salesperson: String) -> SavedPrepSession? {
        guard let saved = resumableSession(accountID: accountID) else { return nil }
        return saved.salesperson == nil || saved.salesperson == salesperson ? saved : nil
    }
}

/// A coaching session as stored: enough to continue it.
public struct SavedPrepSession: Sendable, Equatable {
    public var key: String
    public var accountID: String
    public var position: Int
    public var answers: [PrepAnswer]
    /// Who was coached, when the source knows.
    public var salesperson: String?
    /// When the session was last written (an answer or the pause).
    public var updatedAt: Date?

    public init(key: String, accountID: String, position: Int, answers: [PrepAnswer], salesperson: String? = nil, updatedAt: Date? = nil) {
        self.key = key
        self.accountID = accountID
        self.position = position
        self.answers = answers
        self.salesperson = salesperson
        self.updatedAt = updatedAt
    }
}

/// No stored sessions (one-shot commands, tests that do not need them).
public struct NoPrepSessions: PrepSessionSource {
    public init() {}
    public func resumableSession(accountID: String?) -> SavedPrepSession? { nil }
}

/// A fixed set of accounts, for tests and one-shot commands.
public struct StaticAccountDirectory: AccountDirectory {
    public var accounts: [Account]

    public init(_ accounts: [Account]) { self.accounts = accounts }

    public func accountIDs() -> [String] { accounts.map(\.id).sorted() }
    public func account(id: String) -> Account? { accounts.first { $0.id == id } }
}
