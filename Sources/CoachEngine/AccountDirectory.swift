public import CoachCore

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
}

/// A coaching session as stored: enough to continue it.
public struct SavedPrepSession: Sendable, Equatable {
    public var key: String
    public var accountID: String
    public var position: Int
    public var answers: [PrepAnswer]

    public init(key: String, accountID: String, position: Int, answers: [PrepAnswer]) {
        self.key = key
        self.accountID = accountID
        self.position = position
        self.answers = answers
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
