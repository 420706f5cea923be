import Foundation
import GRDB

/// A problem with the coach's database, said so the user knows what to do next.
///
/// GRDB's `DatabaseError` is converted at the façade's boundary (`StoreError.database`), with a
/// hint chosen from SQLite's result code.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The folder for the store could not be created.
    case cannotCreateFolder(path: String, reason: String)
    /// SQLite refused an operation; `hint` says what to try.
    case database(path: String?, code: Int32, message: String, hint: String)
    /// A stored version could not be read back (the store was edited by hand or is damaged).
    case unreadableVersion(accountID: String, version: Int, reason: String)
    /// The account could not be encoded for storage.
    case cannotEncode(accountID: String, reason: String)
    /// No account has this id.
    case unknownAccount(id: String, known: [String])
    /// A journal entry (visit log, follow-up, session) is missing or a change is not allowed.
    case journal(JournalProblem)

    public var description: String {
        switch self {
        case let .cannotCreateFolder(path, reason):
            return "cannot create the folder '\(path)' for the store: \(reason); "
                + "pass --store PATH or set COACH_STORE to a writable place"
        case let .database(path, _, message, hint):
            let place = path.map { " '\($0)'" } ?? ""
            return "store\(place): \(message); \(hint)"
        case let .unreadableVersion(accountID, version, reason):
            return "version \(version) of account '\(accountID)' cannot be read (\(reason)); "
                + "import the account file again to store a readable version"
        case let .cannotEncode(accountID, reason):
            return "account '\(accountID)' cannot be stored: \(reason)"
        case let .journal(problem):
            return problem.description
        case let .unknownAccount(id, known):
            let list = known.isEmpty
                ? "the store has no accounts yet; import one with 'coach account import FILE'"
                : "known ids: \(known.joined(separator: ", "))"
            return "no account '\(id)' in the store; \(list)"
        }
    }

    /// Converts GRDB's error, adding a hint for the result codes a user can do something about.
    static func converting(_ error: DatabaseError, path: String?) -> StoreError {
        let hint: String
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            hint = "another coach is writing to the store; wait a moment and try again"
        case .SQLITE_READONLY, .SQLITE_PERM:
            hint = "the store is read-only; check the permissions of the file and its folder"
        case .SQLITE_CANTOPEN:
            hint = "check that the folder exists and is writable, or pass --store PATH"
        case .SQLITE_CORRUPT, .SQLITE_NOTADB:
            hint = "the file is not a coach store or is damaged; move it aside and import the account files again"
        case .SQLITE_FULL:
            hint = "the disk is full; free some space and try again"
        case .SQLITE_IOERR:
            hint = "the disk could not be read or written; check the disk and try again"
        case .SQLITE_CONSTRAINT:
            hint = "the change conflicts with what is stored; this is a bug, please report it with the command you ran"
        default:
            hint = "if it persists, move the store aside and import the account files again"
        }
        return .database(path: path, code: error.extendedResultCode.rawValue, message: error.message ?? "\(error)", hint: hint)
    }
}
