public import CoachCore
public import Foundation
import GRDB

extension CoachDatabase {
    /// Why a batch import stored nothing.
    struct BatchStopped: Error {}

    /// Imports several accounts in one transaction: every account or none.
    ///
    /// `shouldStop` is asked before each account (Ctrl-C): when it answers true the transaction
    /// is rolled back and the result is nil, so an interrupted import leaves the store as it was.
    ///
    /// ```swift
    /// let imports = try store.importAccounts([(account, "accounts/east.yaml")], by: "li", at: now) {
    ///     Interrupt.isRequested
    /// }
    /// ```
    public func importAccounts(
        _ accounts: [(account: Account, source: String)], by user: String, at date: Date,
        shouldStop: () -> Bool = { false }
    ) throws(StoreError) -> [AccountImport]? {
        var contents: [String] = []
        for (account, _) in accounts { contents.append(try Self.encode(account)) }
        return try perform {
            do {
                return try dbWriter.write { db in
                    var imports: [AccountImport] = []
                    for ((account, source), content) in zip(accounts, contents) {
                        if shouldStop() { throw BatchStopped() }
                        imports.append(try storeAccount(db, account, content: content, source: source, by: user, at: date))
                    }
                    if shouldStop() { throw BatchStopped() }
                    return imports
                }
            } catch is BatchStopped {
                return nil
            }
        }
    }
}
