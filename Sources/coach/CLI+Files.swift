import CoachCore
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension CLI {
    /// The bytes of a file the user named, or `Failure` saying (in their language) why not: missing,
    /// a folder or device rather than a file, or not readable.
    static func readFile(_ path: String, language: Language) throws -> Data {
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
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Failure(say(
                language, en: "cannot read '\(path)': permission denied; check its owner and mode.",
                zhHans: "无法读取“\(path)”：没有权限；请检查文件的所有者和权限。",
                zhHant: "無法讀取「\(path)」：沒有權限；請檢查檔案的擁有者和權限。"))
        }
        return data
    }
}
