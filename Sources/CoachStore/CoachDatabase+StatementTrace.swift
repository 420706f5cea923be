import GRDB

// For tests (`@testable import CoachStore`): which statements a read runs, to show that it costs a
// few queries per batch rather than some per record.
extension CoachDatabase {
    /// Runs `body` and returns what it returned with the SQL of every statement it ran on this
    /// store's connection (an in-memory store has one; with a pool, other readers go unseen).
    func tracingStatements<T>(_ body: () throws -> T) rethrows -> (result: T, statements: [String]) {
        let log = StatementLog()
        dbWriter.writeWithoutTransaction { db in
            db.trace(options: .statement) { event in
                if case .statement(let statement) = event { log.statements.append(statement.sql) }
            }
        }
        defer { dbWriter.writeWithoutTransaction { db in db.trace(options: .statement, nil) } }
        let result = try body()
        return (result, log.statements)
    }
}

/// The statements seen by `tracingStatements`.
private final class StatementLog: @unchecked Sendable {
    var statements: [String] = []
}
