public import Foundation

/// Where the coach keeps its files, following the XDG base directory rules.
public struct Paths: Sendable {
    public var environment: [String: String]

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
    }

    /// `$XDG_DATA_HOME/visitcoach`, else `~/.local/share/visitcoach`.
    public var dataDirectory: String {
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty { return xdg + "/visitcoach" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.local/share/visitcoach"
    }

    /// `$COACH_CACHE_DIR`, else `$XDG_CACHE_HOME/visitcoach`, else `~/.cache/visitcoach`: where the
    /// compiled corpus snapshot is kept (owner-only; safe to delete at any time).
    public var cacheDirectory: String {
        if let path = environment["COACH_CACHE_DIR"], !path.isEmpty { return path }
        if let xdg = environment["XDG_CACHE_HOME"], !xdg.isEmpty { return xdg + "/visitcoach" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.cache/visitcoach"
    }

    /// `$COACH_HISTORY`, else `history` next to the store (in the folder of `store`, the path
    /// `storeFile(option:)` gave), so `--store` keeps a store's history with it.
    public func historyFile(store: String) -> String {
        if let path = environment["COACH_HISTORY"], !path.isEmpty { return path }
        guard let slash = store.lastIndex(of: "/") else { return "history" }
        let folder = store[..<slash]
        return (folder.isEmpty ? "" : String(folder)) + "/history"
    }

    /// `--store`, else `$COACH_STORE`, else `coach.sqlite` in the data directory.
    public func storeFile(option: String?) -> String {
        if let option, !option.isEmpty { return option }
        if let path = environment["COACH_STORE"], !path.isEmpty { return path }
        return dataDirectory + "/coach.sqlite"
    }

    /// `--corpus`, else `$COACH_CORPUS`, else the first `corpus/` with a `topics.tsv` found walking up
    /// from the executable's folder, then from the current directory.
    public func corpusDirectory(option: String?, executable: String = CommandLine.arguments.first ?? "") -> String? {
        if let option, !option.isEmpty { return option }
        if let path = environment["COACH_CORPUS"], !path.isEmpty { return path }
        let fileManager = FileManager.default
        var starts: [URL] = []
        let executableURL = URL(fileURLWithPath: executable).resolvingSymlinksInPath()
        starts.append(executableURL.deletingLastPathComponent())
        starts.append(URL(fileURLWithPath: fileManager.currentDirectoryPath))
        for start in starts {
            var directory = start
            for _ in 0..<8 {
                let candidate = directory.appendingPathComponent("corpus")
                if fileManager.fileExists(atPath: candidate.appendingPathComponent("topics.tsv").path) {
                    return candidate.path
                }
                let shared = directory.appendingPathComponent("share/visitcoach/corpus")
                if fileManager.fileExists(atPath: shared.appendingPathComponent("topics.tsv").path) {
                    return shared.path
                }
                let parent = directory.deletingLastPathComponent()
                if parent.path == directory.path { break }
                directory = parent
            }
        }
        return nil
    }
}
