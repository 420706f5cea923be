import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A REPL window's id, `host/pid/random`: a `/log` draft belongs to the window that writes it.
/// A draft whose window's process is gone on this host (a crash, kill -9) belongs to no one, so
/// the next window continues it without having to take it over.
enum Window {
    static func newID() -> String {
        "\(ProcessInfo.processInfo.hostName)/\(getpid())/\(UUID().uuidString)"
    }

    /// Whether the window `id` may still be open: on another host we cannot tell, so yes.
    static func mayBeOpen(_ id: String) -> Bool {
        let parts = id.split(separator: "/")
        guard parts.count == 3, String(parts[0]) == ProcessInfo.processInfo.hostName, let pid = Int32(parts[1]) else { return true }
        if pid == getpid() { return true }
        return kill(pid, 0) == 0 || errno == EPERM
    }
}
