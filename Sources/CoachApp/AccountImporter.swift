public import CoachCore
import CoachCorpus
public import CoachStore
public import Foundation

/// Imports account files all-or-nothing: every file is checked first; if any has an error,
/// nothing is imported and every diagnostic is returned. Ctrl-C (`Interrupt`) is honoured between
/// files and between accounts, and the accounts are stored in one transaction, so an interrupted
/// import stores nothing.
///
/// ```swift
/// let report = try AccountImporter.importFiles(["a.yaml", "b.yaml"], into: store, by: "li", at: Date(), language: .zhHans)
/// if !report.succeeded { print(AccountImporter.summary(report.diagnostics, language: .zhHans)) }
/// ```
public enum AccountImporter {
    public struct Report: Sendable {
        public var diagnostics: [Diagnostic]
        public var imports: [AccountImport]
        /// Set when Ctrl-C or a termination signal stopped the import (nothing was stored).
        public var interrupted: Interrupt.Reason?
        public var succeeded: Bool { diagnostics.isEmpty && interrupted == nil }
    }

    /// Parses every file, then stores them all in one transaction; any error stores nothing.
    public static func importFiles(
        _ paths: [String], into database: CoachDatabase, by user: String, at date: Date, language: Language = .en
    ) throws(StoreError) -> Report {
        let checked = check(paths, language: language)
        if let reason = checked.interrupted { return Report(diagnostics: [], imports: [], interrupted: reason) }
        guard checked.diagnostics.isEmpty else { return Report(diagnostics: checked.diagnostics, imports: []) }
        return try store(checked.accounts, into: database, by: user, at: date)
    }

    /// Stores checked accounts in one transaction, each with the file it came from; Ctrl-C
    /// before the transaction commits stores none of them.
    public static func store(
        _ accounts: [(account: Account, path: String)], into database: CoachDatabase, by user: String, at date: Date
    ) throws(StoreError) -> Report {
        let stored = try database.importAccounts(
            accounts.map { (account: $0.account, source: $0.path) }, by: user, at: date,
            shouldStop: { Interrupt.isRequested })
        guard let stored else { return Report(diagnostics: [], imports: [], interrupted: Interrupt.pending ?? .interrupt) }
        return Report(diagnostics: [], imports: stored)
    }

    /// What checking a list of files found.
    public struct Checked: Sendable {
        public var accounts: [(account: Account, path: String)]
        public var diagnostics: [Diagnostic]
        public var interrupted: Interrupt.Reason?
    }

    /// Parses every file (stopping at Ctrl-C between files) and checks that no two share an id.
    public static func check(_ paths: [String], language: Language) -> Checked {
        var result = Checked(accounts: [], diagnostics: [], interrupted: nil)
        var seen: [String: String] = [:]
        for path in paths {
            if let reason = Interrupt.pending {
                result.interrupted = reason
                return result
            }
            do {
                let account = try AccountFile.load(path: path, language: language)
                if let first = seen[account.id] {
                    result.diagnostics.append(Diagnostic(
                        file: path, line: 1, column: 1,
                        message: AccountFileProblem.duplicateAccountID(account.id, otherFile: first).message(language)))
                } else {
                    seen[account.id] = path
                }
                result.accounts.append((account, path))
            } catch {
                result.diagnostics += error.diagnostics
            }
        }
        if let reason = Interrupt.pending { result.interrupted = reason }
        return result
    }

    /// The line after the diagnostics: how many errors in which files, and that nothing was
    /// imported (`3 errors in east.yaml; nothing was imported…`).
    public static func summary(_ diagnostics: [Diagnostic], language: Language) -> String {
        ImportSummaryText.nothingImported(errorCounts(diagnostics))[language]
    }

    /// The line after a file's diagnostics when it was only read, not imported (`coach outline FILE`).
    public static func errorsLine(_ diagnostics: [Diagnostic], language: Language) -> String {
        ImportSummaryText.errors(in: errorCounts(diagnostics))[language]
    }

    /// The files with errors, in the order first seen, with their counts.
    static func errorCounts(_ diagnostics: [Diagnostic]) -> [(file: String, count: Int)] {
        var counts: [(file: String, count: Int)] = []
        var index: [String: Int] = [:]
        for diagnostic in diagnostics where diagnostic.severity == .error {
            if let position = index[diagnostic.file] {
                counts[position].count += 1
            } else {
                index[diagnostic.file] = counts.count
                counts.append((diagnostic.file, 1))
            }
        }
        return counts
    }

    /// The one-line notice for an import stopped by Ctrl-C (nothing was imported).
    public static func interruptedNotice(_ language: Language) -> String { ImportSummaryText.interrupted[language] }

    /// The user name recorded with imports: `$USER`, else `unknown`.
    public static func currentUser(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        environment["USER"].flatMap { $0.isEmpty ? nil : $0 } ?? environment["LOGNAME"] ?? "unknown"
    }
}

/// The texts around an account import's diagnostics, in the three languages.
enum ImportSummaryText {
    static func errors(in counts: [(file: String, count: Int)]) -> LocalizedText {
        let total = counts.reduce(0) { $0 + $1.count }
        let files = counts.map(\.file)
        let noun = total == 1 ? "error" : "errors"
        if files.count == 1 {
            return LocalizedText(
                en: "\(total) \(noun) in \(files[0])",
                zhHans: "\(files[0]) 中有 \(total) 个错误",
                zhHant: "\(files[0]) 中有 \(total) 個錯誤")
        }
        return LocalizedText(
            en: "\(total) \(noun) in \(files.count) files (\(files.joined(separator: ", ")))",
            zhHans: "\(files.count) 个文件中有 \(total) 个错误（\(files.joined(separator: "、"))）",
            zhHant: "\(files.count) 個檔案中有 \(total) 個錯誤（\(files.joined(separator: "、"))）")
    }

    static func nothingImported(_ counts: [(file: String, count: Int)]) -> LocalizedText {
        let errors = errors(in: counts)
        return LocalizedText(
            en: "\(errors.en); nothing was imported. Fix them and import again.",
            zhHans: "\(errors.zhHans)，没有导入任何内容。请修正后重新导入。",
            zhHant: "\(errors.zhHant)，沒有匯入任何內容。請修正後重新匯入。")
    }

    static let interrupted = LocalizedText(
        en: "Interrupted (Ctrl-C): nothing was imported.",
        zhHans: "已中断（Ctrl-C）：没有导入任何内容。",
        zhHant: "已中斷（Ctrl-C）：沒有匯入任何內容。")
}
