import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether the store and the files SQLite keeps beside it can be written, judged by their mode
/// bits as well as by `access(2)`: a store made 0400 stays read-only even for root, who could
/// write it anyway.
enum StoreAccess {
    /// Why the existing store at `store` must be opened read-only, or nil when it can be written.
    /// A `-wal` or `-shm` of the user's own that is not writable (left by a read-only run) is given
    /// the store's mode first; one that is another user's makes the store read-only.
    static func readOnlyReason(store: String) -> ReadOnlyReason? {
        guard isWritable(store) else { return .file }
        let folder = URL(fileURLWithPath: store).deletingLastPathComponent().path
        guard isWritable(folder) else { return .folder }
        var info = stat()
        guard stat(store, &info) == 0 else { return nil }
        for sidecar in [store + "-wal", store + "-shm"] {
            var side = stat()
            guard lstat(sidecar, &side) == 0 else { continue }
            if isWritable(sidecar) { continue }
            // Only a regular file of the user's own is repaired; a symlink or another user's file is not touched.
            guard (side.st_mode & S_IFMT) == S_IFREG, side.st_uid == geteuid() || geteuid() == 0,
                  chmod(sidecar, info.st_mode & 0o666) == 0, isWritable(sidecar) else { return .sidecar(path: sidecar) }
        }
        return nil
    }

    /// Whether `path` can be written by this process and its mode allows writing by someone.
    static func isWritable(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        let writeBits = mode_t(S_IWUSR | S_IWGRP | S_IWOTH)
        return access(path, W_OK) == 0 && (info.st_mode & writeBits) != 0
    }
}
