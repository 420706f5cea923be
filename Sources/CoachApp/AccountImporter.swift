public import CoachCore
import CoachCorpus
public import CoachStore
public import Foundation

/// Imports account files all-or-nothing: every file is checked first; if any has an error,
/// nothing is imported and every diagnostic is returned.
public enum AccountImporter {
    public struct Report: Sendable {
        public var diagnostics: [Diagnostic]
        public var imports: [AccountImport]
        public var succeeded: Bool { diagnostics.isEmpty }
    }

    public static func importFiles(_ paths: [String], into database: CoachDatabase, by user: String, at date: Date) throws(StoreError) -> Report {
        var parsed: [(Account, String)] = []
        var diagnostics: [Diagnostic] = []
        var seen: [String: String] = [:]
        for path in paths {
            do {
                let account = try AccountFile.load(path: path)
                if let first = seen[account.id] {
                    diagnostics.append(Diagnostic(file: path, line: 1, column: 1, message: "account id '\(account.id)' is also in \(first); each account needs its own id"))
                }
                seen[account.id] = path
                parsed.append((account, path))
            } catch {
                diagnostics += error.diagnostics
            }
        }
        guard diagnostics.isEmpty else { return Report(diagnostics: diagnostics, imports: []) }
        var imports: [AccountImport] = []
        for (account, path) in parsed {
            imports.append(try database.importAccount(account, source: path, by: user, at: date))
        }
        return Report(diagnostics: [], imports: imports)
    }

    /// The user name recorded with imports: `$USER`, else `unknown`.
    public static func currentUser(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        environment["USER"].flatMap { $0.isEmpty ? nil : $0 } ?? environment["LOGNAME"] ?? "unknown"
    }
}
