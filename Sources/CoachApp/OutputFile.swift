public import CoachCore
public import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where `-o` writes an export, report or chart: never the store, never a device, directory or
/// fifo, never an existing file unless forced; written owner-only (0600) and atomically.
///
/// ```swift
/// try OutputFile.write(text, to: "team.jsonl", force: false, store: paths.storeFile(option: nil), language: .en)
/// ```
public enum OutputFile {
    /// Why a file was not written; `message` is in the user's language.
    public struct Refusal: Error, CustomStringConvertible, Sendable {
        public var message: String
        public var description: String { message }
    }

    /// `-o -` means standard output.
    public static func isStandardOutput(_ path: String) -> Bool { path == "-" }

    /// Writes `text` to `path`: first to a new 0600 file beside it, then renamed over it.
    public static func write(_ text: String, to path: String, force: Bool, store: String?, language: Language) throws(Refusal) {
        func refuse(_ en: String, _ zhHans: String, _ zhHant: String) -> Refusal {
            Refusal(message: LocalizedText(en: en, zhHans: zhHans, zhHant: zhHant)[language])
        }
        guard !path.isEmpty else {
            throw refuse("-o needs a file name (or - for standard output).", "-o 需要文件名（或用 - 表示标准输出）。", "-o 需要檔案名稱（或用 - 表示標準輸出）。")
        }
        if let store, isStoreFile(path, store: store) {
            throw refuse(
                "'\(path)' is the coach's store (or one of its files); choose another file name.",
                "“\(path)”是教练的数据库（或其附属文件）；请换一个文件名。",
                "「\(path)」是教練的資料庫（或其附屬檔案）；請換一個檔案名稱。")
        }
        var info = stat()
        if stat(path, &info) == 0 {
            guard (info.st_mode & S_IFMT) == S_IFREG else {
                throw refuse(
                    "'\(path)' is not a regular file (a device, folder or pipe); -o writes only files. Use -o - for standard output.",
                    "“\(path)”不是普通文件（设备、文件夹或管道）；-o 只写入文件。要输出到标准输出请用 -o -。",
                    "「\(path)」不是一般檔案（裝置、資料夾或管道）；-o 只寫入檔案。要輸出到標準輸出請用 -o -。")
            }
            guard force else {
                throw refuse(
                    "'\(path)' already exists; add --force to replace it.",
                    "“\(path)”已存在；要替换它请加上 --force。",
                    "「\(path)」已存在；要取代它請加上 --force。")
            }
        }
        // A report, chart or export is read later on a terminal or in a viewer: no controls in it
        // (JSON already escapes them; CR LF line ends and tabs are kept).
        let text = TerminalSafe.output(text)
        let target = URL(fileURLWithPath: path)
        let folder = target.deletingLastPathComponent().path
        let temporary = folder + "/.\(target.lastPathComponent).\(RecordIDs.random.next()).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else {
            let reason = String(cString: strerror(errno))
            throw refuse(
                "cannot write '\(path)': \(reason); check that the folder exists and you may write to it.",
                "无法写入“\(path)”：\(reason)；请确认文件夹存在且你有写入权限。",
                "無法寫入「\(path)」：\(reason)；請確認資料夾存在且你有寫入權限。")
        }
        var failure: Int32 = 0
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: false)
        do {
            try handle.write(contentsOf: Data(text.utf8))
        } catch {
            failure = EIO
        }
        if failure == 0, fsync(descriptor) != 0 { failure = errno }
        fchmod(descriptor, 0o600)
        close(descriptor)
        if failure == 0, rename(temporary, path) != 0 { failure = errno }
        if failure != 0 {
            unlink(temporary)
            let reason = String(cString: strerror(failure))
            throw refuse(
                "cannot write '\(path)': \(reason); nothing was changed.",
                "无法写入“\(path)”：\(reason)；没有做任何改动。",
                "無法寫入「\(path)」：\(reason)；沒有做任何變更。")
        }
    }

    /// Whether `path` names the store or its `-wal`, `-shm` or `-journal` file, by name (after
    /// resolving the folder) or by identity (the same file through another name).
    static func isStoreFile(_ path: String, store: String) -> Bool {
        let candidates = ["", "-wal", "-shm", "-journal"].map { store + $0 }
        let resolved = resolvedPath(path)
        if candidates.contains(where: { resolvedPath($0) == resolved }) { return true }
        var target = stat()
        guard stat(path, &target) == 0 else { return false }
        return candidates.contains { candidate in
            var info = stat()
            return stat(candidate, &info) == 0 && info.st_dev == target.st_dev && info.st_ino == target.st_ino
        }
    }

    /// The absolute path with its folder's symbolic links resolved.
    static func resolvedPath(_ path: String) -> String {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        let folder = url.deletingLastPathComponent().resolvingSymlinksInPath().path
        return (folder as NSString).appendingPathComponent(url.lastPathComponent)
    }
}
