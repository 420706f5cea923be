public import Foundation
import GRDB

/// A team import under way inside one transaction (`CoachDatabase.importAtomically`): each batch
/// it stores is a savepoint of that transaction, so that the whole import is kept when it
/// finishes and nothing of it when it fails.
///
/// Valid only inside the closure it is handed to.
public struct ExchangeImport {
    let database: CoachDatabase
    let db: Database

    /// Which of `hashes` are lines an earlier import (or this one) stored for good, with each
    /// one's type: such a line is counted unchanged without being read again.
    ///
    /// - Complexity: one query per `CoachDatabase.batchSize` hashes.
    public func importedLines(_ hashes: [Data]) throws(StoreError) -> [Data: String] {
        try database.perform { try CoachDatabase.importedLines(hashes, db: db) }
    }

    /// Imports a batch of exported items in a savepoint, as `CoachDatabase.importExchangeItems`
    /// does in a transaction: the batch is stored as a whole, and when the store refuses one item
    /// that attempt is rolled back and the batch stored again with each item in its own savepoint.
    public func importItems(_ items: [ExchangeItem], lineHashes: [Data?] = []) throws(StoreError) -> [Result<ExchangeOutcome, StoreError>] {
        let items = items.map(CoachDatabase.normalizingIDs)
        return try database.perform {
            var results: [Result<ExchangeOutcome, StoreError>]?
            do {
                try db.inSavepoint {
                    results = try database.importBatch(items, lineHashes: lineHashes, db: db, isolating: false)
                    return .commit
                }
            } catch is CoachDatabase.ItemRefused {
                results = nil
            }
            if let results { return results }
            var isolated: [Result<ExchangeOutcome, StoreError>] = []
            try db.inSavepoint {
                isolated = try database.importBatch(items, lineHashes: lineHashes, db: db, isolating: true)
                return .commit
            }
            return isolated
        }
    }
}
