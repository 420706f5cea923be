import CoachApp
import CoachCore
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension CLI {
    /// A file the user named, opened to be read a line at a time and a block at a time
    /// (`ExportLineReader`), or `Failure` saying why not, as `readFile` says it.
    static func openLines(_ path: String, language: Language) throws -> ExportLineReader {
        try checkFile(path, language: language)
        guard let reader = ExportLineReader(path: path) else { throw permissionDenied(path, language: language) }
        return reader
    }

    /// The first `count` bytes of a file the user named (fewer when it is shorter).
    static func readBeginning(_ path: String, bytes count: Int, language: Language) throws -> Data {
        try checkFile(path, language: language)
        guard let handle = FileHandle(forReadingAtPath: path) else { throw permissionDenied(path, language: language) }
        defer { try? handle.close() }
        return (try? handle.read(upToCount: count)) ?? Data()
    }

    /// `Failure` when `path` is missing, or a folder or device rather than a file.
    static func checkFile(_ path: String, language: Language) throws {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw Failure(say(
                language, en: "cannot read '\(path)': no such file; check the name.",
                zhHans: "无法读取“\(path)”：文件不存在；请检查文件名。", zhHant: "無法讀取「\(path)」：檔案不存在；請檢查檔名。"))
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            throw Failure(say(
                language, en: "cannot read '\(path)': it is a folder or device, not a file; name an export file.",
                zhHans: "无法读取“\(path)”：这是文件夹或设备，不是文件；请指定导出文件。",
                zhHant: "無法讀取「\(path)」：這是資料夾或裝置，不是檔案；請指定匯出檔案。"))
        }
    }

    static func permissionDenied(_ path: String, language: Language) -> Failure {
        Failure(say(
            language, en: "cannot read '\(path)': permission denied; check its owner and mode.",
            zhHans: "无法读取“\(path)”：没有权限；请检查文件的所有者和权限。",
            zhHant: "無法讀取「\(path)」：沒有權限；請檢查檔案的擁有者和權限。"))
    }
}
