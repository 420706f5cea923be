import ArgumentParser
import CoachApp
import CoachCore
import CoachStore
import Foundation

/// Helpers shared by `coach care …` and `coach today`.
enum CareCLI {
    /// The care data of the corpus, or a clear error when the corpus has none.
    static func care(_ corpus: Corpus) throws -> CareData {
        guard !corpus.care.isEmpty else {
            throw CLI.Failure("the corpus has no care data (corpus/care/: cadence.yaml, festivals.yaml, greetings.yaml); `coach corpus check` lists what is missing")
        }
        return corpus.care
    }

    /// The accounts and journal facts, read for `$USER`.
    static func workspace(_ store: CoachDatabase) throws -> CareWorkspace {
        do {
            return try CareWorkspace.load(database: store, salesperson: JournalCLI.user, timeZone: .current)
        } catch {
            throw CLI.Failure(error.description)
        }
    }

    /// A day given as `--date`: YYYY-MM-DD, today, yesterday (or 今天…); default today.
    static func day(_ text: String?) throws -> DayNumber {
        guard let text else { return JournalCLI.today() }
        guard let range = DayRange.parse(text, today: JournalCLI.today()), range.first == range.last else {
            throw ValidationError("invalid --date '\(text)'; use YYYY-MM-DD (e.g. 2026-09-25), today or yesterday")
        }
        return range.first
    }

    /// Writes an export owner-only (0600), atomically; refuses the store, anything that is not a
    /// regular file, and an existing file without `--force`.
    static func writeExport(_ text: String, to path: String, force: Bool, store: String) throws {
        let manager = FileManager.default
        let url = URL(fileURLWithPath: path)
        if url.standardizedFileURL.resolvingSymlinksInPath().path == URL(fileURLWithPath: store).standardizedFileURL.resolvingSymlinksInPath().path {
            throw CLI.Failure("refusing to write '\(path)': it is the coach's data store")
        }
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: path, isDirectory: &isDirectory) {
            let attributes = try? manager.attributesOfItem(atPath: path)
            if isDirectory.boolValue || (attributes?[.type] as? FileAttributeType) != .typeRegular {
                throw CLI.Failure("refusing to write '\(path)': it is not a regular file")
            }
            if !force { throw CLI.Failure("'\(path)' exists; pass --force to replace it") }
        }
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        guard manager.createFile(atPath: temporary.path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
            throw CLI.Failure("cannot write '\(path)': the folder \(folder.path) is not writable")
        }
        if rename(temporary.path, path) != 0 {
            let reason = String(cString: strerror(errno))
            try? manager.removeItem(at: temporary)
            throw CLI.Failure("cannot write '\(path)': \(reason)")
        }
    }
}
