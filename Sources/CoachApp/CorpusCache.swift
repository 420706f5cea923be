public import CoachCore
import CoachCorpus
public import CoachRetrieval
import Foundation

/// Loads the corpus from its compiled snapshot when that snapshot matches the corpus files, else
/// parses `corpus/`, builds the index and writes a new snapshot.
///
/// The snapshot's key hashes every file under the corpus folder (path and bytes), the snapshot
/// format version and the running binary's build id, so an edited corpus file, a new build or a
/// new format are picked up on the next start with no extra command. The cache folder is
/// owner-only (0700, files 0600); a folder that cannot be created or written, or one that belongs
/// to someone else, only means the corpus is parsed every time. A damaged snapshot is never
/// trusted: it fails its checks and the source is parsed.
///
/// ```swift
/// let loaded = try CorpusCache.load(directory: "corpus", cacheDirectory: Paths().cacheDirectory)
/// let result = loaded.index.search("老闆一直不見我怎麼辦")
/// ```
public enum CorpusCache {
    /// The largest snapshot file read (a bigger one is ignored).
    static let maximumSnapshotSize = 256 << 20

    /// The corpus at `directory`; errors in the corpus are thrown with every diagnostic.
    ///
    /// - Parameter cacheDirectory: where snapshots live; nil never reads or writes one.
    public static func load(directory: String, cacheDirectory: String?) throws(DiagnosticError) -> LoadedCorpus {
        let root = URL(fileURLWithPath: directory).standardizedFileURL.resolvingSymlinksInPath()
        let key = contentKey(root: root)
        let file = cacheDirectory.map { snapshotFile(for: root, in: $0) }
        if let key, let file, let buffer = readOwnerFile(file), let sections = CorpusSnapshot.sections(of: UnsafeRawBufferPointer(buffer.base), key: key),
           let corpus = try? SnapshotDecoder.decode(Corpus.self, from: buffer, range: sections.corpus) {
            let loaded = LoadedCorpus(corpus: corpus, origin: .snapshot, indexSection: (buffer, sections.index))
            loaded.directory = directory
            return loaded
        }
        let corpus = try SessionFactory.loadCorpus(directory: directory)
        let loaded = LoadedCorpus(corpus: corpus, origin: .parsed, indexSection: nil)
        loaded.directory = directory
        // Written only if the files did not change while they were parsed.
        if let key, let file, let cacheDirectory, contentKey(root: root) == key,
           let bytes = try? CorpusSnapshot.encode(corpus: corpus, index: loaded.index, key: key) {
            writeOwnerFile(bytes, to: file, directory: cacheDirectory)
        }
        return loaded
    }

    /// The snapshot file for the corpus at `root`: one per corpus folder.
    static func snapshotFile(for root: URL, in cacheDirectory: String) -> String {
        var hash = ContentHash()
        hash.add(root.path)
        return cacheDirectory + "/corpus-" + hash.hex.prefix(16) + ".snapshot"
    }

    /// The hash of every file under `root` (relative path and bytes, in path order), the snapshot
    /// format and the build; nil when the folder cannot be read.
    ///
    /// Walks the folder with `opendir`/`readdir` and reads each file into one reused buffer
    /// (symbolic links and other non-regular files are skipped, as the corpus loader does).
    ///
    /// - Complexity: O(bytes of the corpus): reading and hashing ~2 MB takes about a millisecond.
    static func contentKey(root: URL) -> [UInt8]? {
        var paths: [String] = []
        guard listRegularFiles(root.path, relative: "", into: &paths, depth: 0) else { return nil }
        paths.sort()
        var hash = ContentHash()
        hash.add(UInt64(CorpusSnapshot.formatVersion))
        hash.add(buildID)
        hash.add(root.lastPathComponent)
        var buffer = [UInt8](repeating: 0, count: 64 << 10)
        for relative in paths {
            // Non-blocking and checked again once open: a file swapped for a FIFO after the listing
            // must not hang the start.
            let descriptor = open(root.path + "/" + relative, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOFOLLOW)
            guard descriptor >= 0 else { return nil }
            defer { close(descriptor) }
            var info = stat()
            guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
            let size = Int(info.st_size)
            if buffer.count < size { buffer = [UInt8](repeating: 0, count: size) }
            var done = 0
            let complete = buffer.withUnsafeMutableBytes { target -> Bool in
                while done < size {
                    let count = read(descriptor, target.baseAddress! + done, size - done)
                    if count < 0 && errno == EINTR { continue }
                    guard count > 0 else { return false }
                    done += count
                }
                return true
            }
            guard complete else { return nil }
            hash.add(relative)
            buffer.withUnsafeBytes { hash.add(UnsafeRawBufferPointer(rebasing: $0[0..<size])) }
        }
        return hash.bytes
    }

    /// Adds the relative paths of the regular files under `directory` to `paths`; false when a
    /// folder cannot be read (or nests absurdly deep).
    private static func listRegularFiles(_ directory: String, relative: String, into paths: inout [String], depth: Int) -> Bool {
        guard depth < 32, let stream = opendir(directory) else { return false }
        defer { closedir(stream) }
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let path = directory + "/" + name
            let child = relative.isEmpty ? name : relative + "/" + name
            var type = entry.pointee.d_type
            if type == UInt8(DT_UNKNOWN) {
                var info = stat()
                guard lstat(path, &info) == 0 else { return false }
                switch info.st_mode & S_IFMT {
                case S_IFREG: type = UInt8(DT_REG)
                case S_IFDIR: type = UInt8(DT_DIR)
                default: type = UInt8(DT_LNK)
                }
            }
            if type == UInt8(DT_REG) {
                paths.append(child)
            } else if type == UInt8(DT_DIR) {
                guard listRegularFiles(path, relative: child, into: &paths, depth: depth + 1) else { return false }
            }
        }
        return true
    }

    /// Identifies the running binary: its device, inode, size and modification time, so any rebuild
    /// (whose index code or ranking may differ) invalidates the snapshot.
    static let buildID: String = {
        var info = stat()
        let candidates = ["/proc/self/exe", Bundle.main.executablePath, CommandLine.arguments.first].compactMap { $0 }
        for path in candidates where stat(path, &info) == 0 {
            return "\(info.st_dev):\(info.st_ino):\(info.st_size):\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
        }
        return "unknown-build"
    }()

    /// The bytes of `path` if it is a regular file of ours and not too large, mapped once as the
    /// buffer the snapshot is decoded from (a private mapping: the cache file is only ever
    /// replaced by renaming a new one over it, never written in place).
    static func readOwnerFile(_ path: String) -> SnapshotBuffer? {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_uid == geteuid(),
              info.st_size >= 0, Int(info.st_size) <= maximumSnapshotSize else { return nil }
        return SnapshotBuffer(mapping: descriptor, count: Int(info.st_size))
    }

    /// Writes `bytes` to `path` atomically (a 0600 temporary file renamed over it), creating the
    /// owner-only cache folder if needed; any failure leaves things as they were.
    static func writeOwnerFile(_ bytes: [UInt8], to path: String, directory: String) {
        let fileManager = FileManager.default
        if !fileManager.fileExists(atPath: directory) {
            try? fileManager.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        }
        var info = stat()
        guard lstat(directory, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR, info.st_uid == geteuid(),
              info.st_mode & 0o022 == 0 else { return }
        let temporary = path + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return }
        var done = 0
        var failed = false
        while done < bytes.count {
            let count = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + done, bytes.count - done) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else {
                failed = true
                break
            }
            done += count
        }
        if close(descriptor) != 0 { failed = true }
        if failed || rename(temporary, path) != 0 { unlink(temporary) }
    }
}

/// A loaded corpus and, on first use, its retrieval index (decoded from the snapshot, or built).
public final class LoadedCorpus: @unchecked Sendable {
    public enum Origin: Sendable, Equatable {
        /// Read from a snapshot that matched the corpus files.
        case snapshot
        /// Parsed from `corpus/` (the snapshot was missing, stale, damaged or unavailable).
        case parsed
    }

    public let corpus: Corpus
    public let origin: Origin
    /// The corpus folder it was loaded from (where `/source` reads a rule's file).
    public internal(set) var directory: String?
    private let lock = NSLock()
    /// The snapshot file's buffer and where its index section lies, until the index is decoded.
    private var indexSection: (buffer: SnapshotBuffer, range: Range<Int>)?
    private var built: RetrievalIndex?

    init(corpus: Corpus, origin: Origin, indexSection: (buffer: SnapshotBuffer, range: Range<Int>)?) {
        self.corpus = corpus
        self.origin = origin
        self.indexSection = indexSection
    }

    /// The retrieval index with the standard weights: decoded from the snapshot, or built from the
    /// corpus if there is none or it cannot be decoded. Thread-safe; done once.
    public var index: RetrievalIndex {
        lock.lock()
        defer { lock.unlock() }
        if let built { return built }
        var index: RetrievalIndex?
        if let section = indexSection {
            index = (try? SnapshotDecoder.decode(RetrievalIndex.self, from: section.buffer, range: section.range))?.attaching(rulesOf: corpus)
        }
        indexSection = nil
        let result = index ?? RetrievalIndex(corpus: corpus)
        built = result
        return result
    }

    /// The index for a session: ready now if already built, else made on a background thread while
    /// the prompt shows.
    public var pendingIndex: PendingIndex {
        lock.lock()
        let ready = built
        lock.unlock()
        if let ready { return PendingIndex(ready) }
        return PendingIndex(making: { [self] in index })
    }
}
