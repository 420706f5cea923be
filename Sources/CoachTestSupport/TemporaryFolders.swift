public import Foundation

/// The temporary folders the tests of this process made, removed when the process exits.
///
/// Many tests build a home, a store or a corpus in a fresh folder through helpers that return
/// only a path; removing each at the end of its test would mean threading a `defer` through every
/// caller. Registering them here removes all of them at exit, whatever the tests did, so a test run
/// leaves nothing in `/tmp` (a run that is killed still can: nothing runs after SIGKILL).
public enum TemporaryFolders {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var folders: [URL] = []
    nonisolated(unsafe) private static var registered = false

    /// A new empty folder `coach-test-<UUID>` under the system's temporary folder.
    public static func make() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("coach-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        lock.lock()
        defer { lock.unlock() }
        folders.append(url)
        if !registered {
            registered = true
            atexit { TemporaryFolders.removeAll() }
        }
        return url
    }

    /// Removes every folder made so far (also called at exit).
    public static func removeAll() {
        lock.lock()
        let made = folders
        folders.removeAll()
        lock.unlock()
        for url in made { try? FileManager.default.removeItem(at: url) }
    }
}
