public import CoachCore
public import CoachEngine
public import CoachStore

/// The conversation's accounts, read from the store each time (so imports show at once).
public struct StoreAccountDirectory: AccountDirectory {
    public let database: CoachDatabase

    public init(database: CoachDatabase) { self.database = database }

    public func accountIDs() -> [String] { (try? database.accountIDs()) ?? [] }

    public func account(id: String) -> Account? { (try? database.account(id: id)) ?? nil }

    public func version(id: String) -> Int? {
        ((try? database.accounts()) ?? []).first { $0.id == id }?.version
    }
}

/// Resumable coaching sessions, read from the store.
public struct StoreSessionSource: PrepSessionSource {
    public let database: CoachDatabase

    public init(database: CoachDatabase) { self.database = database }

    public func resumableSession(accountID: String?) -> SavedPrepSession? {
        guard let stored = (try? database.resumableSession(accountID: accountID)) ?? nil else { return nil }
        return Self.saved(stored)
    }

    public func resumableSession(accountID: String?, salesperson: String) -> SavedPrepSession? {
        guard let stored = (try? database.resumableSession(accountID: accountID, salesperson: salesperson)) ?? nil else { return nil }
        return Self.saved(stored)
    }

    public func earlierAnswers(salesperson: String, accountID: String?) -> [PrepAnswer] {
        let sessions = (try? database.sessions(accountID: accountID)) ?? []
        return sessions.first { $0.salesperson == salesperson && $0.status == .finished }?.answers ?? []
    }

    static func saved(_ stored: StoredSession) -> SavedPrepSession {
        SavedPrepSession(
            key: stored.key, accountID: stored.accountID, position: stored.position, answers: stored.answers,
            salesperson: stored.salesperson, updatedAt: stored.updatedAt)
    }
}
