import Foundation
import CReadline
#if canImport(Glibc)
import Glibc
#endif

/// The persistent history file: created owner-only, appended line by line (so two sessions at once
/// do not overwrite each other), consecutive duplicates skipped, capped at `limit` lines.
struct HistoryFile {
    let path: String
    let limit: Int

    func load() {
        createIfMissing()
        stifle_history(Int32(limit))
        read_history(path)
    }

    func add(_ rawLine: String) {
        var line = rawLine
        while line.last == " " || line.last == "\t" { line.removeLast() }
        guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { return }
        if history_length > 0, let last = history_get(history_base + history_length - 1), let text = last.pointee.line,
           String(cString: text) == line {
            return
        }
        add_history(line)
        append_history(1, path)
        history_truncate_file(path, Int32(limit))
    }

    private func createIfMissing() {
        var directory = path
        if let slash = directory.lastIndex(of: "/") {
            directory = String(directory[..<slash])
            makeDirectories(directory)
        }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND, 0o600)
        if descriptor >= 0 { close(descriptor) }
        chmod(path, 0o600)
    }

    private func makeDirectories(_ directory: String) {
        guard !directory.isEmpty else { return }
        var current = directory.hasPrefix("/") ? "" : "."
        for component in directory.split(separator: "/") {
            current += "/" + component
            mkdir(current, 0o700)
        }
    }
}
