import Foundation
import CReadline
#if canImport(Glibc)
import Glibc
#endif

/// The persistent history file: owner-only, appended line by line (so two sessions at once do not
/// overwrite each other), consecutive duplicates skipped, capped at `limit` lines.
///
/// Only a regular file the user owns is ever touched. The path is opened once with `O_NOFOLLOW`
/// (a symlink is refused, never followed), checked with `fstat` (a device, fifo or folder is
/// refused), and from then on read, appended, trimmed and `fchmod`ed through that one descriptor:
/// nothing is done by path after the check, so the file cannot be swapped underneath.
///
/// ```swift
/// switch HistoryFile.open(path: "/home/me/.local/share/visitcoach/history", limit: 2000) {
/// case .success(let history): history.load()
/// case .failure(let problem): warn(problem)   // run without history
/// }
/// ```
final class HistoryFile {
    let path: String
    let limit: Int
    private let descriptor: Int32

    private init(path: String, limit: Int, descriptor: Int32) {
        self.path = path
        self.limit = limit
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// Opens (creating it 0600, and its missing folders 0700) the history file at `path`.
    static func open(path: String, limit: Int) -> Result<HistoryFile, HistoryProblem> {
        if let slash = path.lastIndex(of: "/") { makeDirectories(String(path[..<slash])) }
        // O_NONBLOCK: opening a fifo must not wait for a reader before it can be refused.
        let descriptor = Glibc.open(path, O_RDWR | O_CREAT | O_APPEND | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK | O_NOCTTY, 0o600)
        if descriptor < 0 {
            let code = errno
            if code == ELOOP { return .failure(HistoryProblem(path: path, kind: .symlink)) }
            if code == ENXIO || code == EISDIR { return .failure(HistoryProblem(path: path, kind: .notRegular)) }
            return .failure(HistoryProblem(path: path, kind: .unusable(String(cString: strerror(code)))))
        }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            close(descriptor)
            return .failure(HistoryProblem(path: path, kind: .notRegular))
        }
        guard status.st_uid == geteuid() else {
            close(descriptor)
            return .failure(HistoryProblem(path: path, kind: .notOwned))
        }
        let flags = fcntl(descriptor, F_GETFL)
        if flags >= 0 { _ = fcntl(descriptor, F_SETFL, flags & ~O_NONBLOCK) }
        fchmod(descriptor, 0o600)
        return .success(HistoryFile(path: path, limit: limit, descriptor: descriptor))
    }

    /// Reads the file into readline's history (the last `limit` lines), trimming the file when it
    /// has grown past twice the limit.
    func load() {
        stifle_history(Int32(limit))
        let lines = readLines()
        for line in lines.suffix(limit) { add_history(line) }
        if lines.count > 2 * limit { rewrite(Array(lines.suffix(limit))) }
    }

    /// Adds `rawLine` to readline's history and appends it to the file.
    func add(_ rawLine: String) {
        var line = rawLine
        while line.last == " " || line.last == "\t" { line.removeLast() }
        guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { return }
        if history_length > 0, let last = history_get(history_base + history_length - 1), let text = last.pointee.line,
           String(cString: text) == line {
            return
        }
        add_history(line)
        withLock { write(line + "\n") }
    }

    private func readLines() -> [String] {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var offset: off_t = 0
        while true {
            let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, offset) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            data.append(contentsOf: buffer[0..<count])
            offset += off_t(count)
        }
        return String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    }

    /// Replaces the file's content with `lines`, through the descriptor (under the lock).
    private func rewrite(_ lines: [String]) {
        withLock {
            guard ftruncate(descriptor, 0) == 0 else { return }
            write(lines.map { $0 + "\n" }.joined())
        }
    }

    private func write(_ text: String) {
        var copy = text
        copy.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else { return }
                offset += written
            }
        }
    }

    private func withLock(_ body: () -> Void) {
        while flock(descriptor, LOCK_EX) != 0 && errno == EINTR {}
        body()
        flock(descriptor, LOCK_UN)
    }

    private static func makeDirectories(_ directory: String) {
        guard !directory.isEmpty else { return }
        var current = directory.hasPrefix("/") ? "" : "."
        for component in directory.split(separator: "/") {
            current += "/" + component
            mkdir(current, 0o700)
        }
    }
}

/// Why the history file is not used (the session then runs without persistent history).
public struct HistoryProblem: Error, Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// The path is a symbolic link: it is never followed.
        case symlink
        /// A device, fifo, socket or folder.
        case notRegular
        /// A regular file owned by someone else.
        case notOwned
        /// It could not be opened or created (the system's reason).
        case unusable(String)
    }

    public var path: String
    public var kind: Kind
}
