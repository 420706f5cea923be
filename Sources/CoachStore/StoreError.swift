public import CoachCore
import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A problem with the coach's database, said so the user knows what to do next, in their language
/// (`message(_:)`; `description` is the English one). Every message names the file.
///
/// GRDB's `DatabaseError` is converted at the façade's boundary (`StoreError.database`); SQLite's
/// own words never reach the user, only what happened and what to do, chosen from its result code.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The folder for the store could not be created.
    case cannotCreateFolder(path: String, reason: String)
    /// SQLite refused an operation; `code` is SQLite's extended result code, `message` its words
    /// (kept for debugging, not shown), `hint` what to try, in English.
    case database(path: String?, code: Int32, message: String, hint: String)
    /// The store was opened read-only (`reason`) and a write was asked for.
    case readOnly(path: String, reason: ReadOnlyReason)
    /// The store needs upgrading to this coach's schema but cannot be written.
    case cannotUpgrade(path: String, reason: ReadOnlyReason)
    /// A `-wal` or `-shm` beside the store that this user cannot read or write keeps it from opening.
    case blockedBySidecar(path: String, sidecar: String)
    /// The disk holding the store is full.
    case diskFull(path: String?)
    /// A stored record this coach cannot read: written by a newer coach, or edited by hand.
    case unreadableRecord(path: String?, what: String)
    /// A stored version could not be read back (the store was edited by hand or is damaged).
    case unreadableVersion(accountID: String, version: Int, reason: String)
    /// The account could not be encoded for storage.
    case cannotEncode(accountID: String, reason: String)
    /// No account has this id.
    case unknownAccount(id: String, known: [String])
    /// A journal entry (visit log, follow-up, session) is missing or a change is not allowed.
    case journal(JournalProblem)

    public var description: String { message(.en) }

    /// What happened and what to do, in `language`.
    public func message(_ language: Language) -> String {
        Self.text(for: self)[language]
    }

    /// Converts GRDB's error, adding a hint for the result codes a user can do something about.
    static func converting(_ error: DatabaseError, path: String?) -> StoreError {
        let hint: String
        let code = error.extendedResultCode.rawValue
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            hint = "another coach is writing to the store; wait a moment and try again"
        case .SQLITE_READONLY, .SQLITE_PERM:
            hint = "the store is read-only; check the permissions of the file and its folder"
        case .SQLITE_CANTOPEN:
            if Self.diskIsFull(near: path) { return .diskFull(path: path) }
            hint = "check that the folder exists and is writable, or pass --store PATH"
        case .SQLITE_CORRUPT, .SQLITE_NOTADB:
            hint = "the file is not a coach store or is damaged; move it aside and import the account files again"
        case .SQLITE_FULL:
            return .diskFull(path: path)
        case .SQLITE_IOERR:
            if Self.diskIsFull(near: path) { return .diskFull(path: path) }
            hint = "the disk could not be read or written; check the disk and try again"
        case .SQLITE_CONSTRAINT:
            hint = "the change conflicts with what is stored; this is a bug, please report it with the command you ran"
        default:
            hint = "if it persists, move the store aside and import the account files again"
        }
        return .database(path: path, code: code, message: error.message ?? "\(error)", hint: hint)
    }

    /// Whether the file system holding `path` has (almost) no room left: SQLite then says "disk
    /// I/O error" or "unable to open" where the truth is that the disk is full.
    static func diskIsFull(near path: String?) -> Bool {
        guard let path else { return false }
        var info = statvfs()
        var folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        // The nearest folder that exists (the store's folder may not have been created).
        while statvfs(folder, &info) != 0 {
            let parent = URL(fileURLWithPath: folder).deletingLastPathComponent().path
            if parent == folder { return false }
            folder = parent
        }
        return UInt64(info.f_bavail) * UInt64(info.f_frsize) < 64 * 1024
    }

    /// The store's name in a message.
    static func place(_ path: String?) -> LocalizedText {
        guard let path else { return LocalizedText(en: "the store", zhHans: "数据库", zhHant: "資料庫") }
        return LocalizedText(en: "the store '\(path)'", zhHans: "数据库“\(path)”", zhHant: "資料庫「\(path)」")
    }

    static func text(for error: StoreError) -> LocalizedText {
        typealias T = LocalizedText
        switch error {
        case let .cannotCreateFolder(path, _):
            return T(en: "cannot create the folder '\(path)' for the store; pass --store PATH or set COACH_STORE to a writable place",
                     zhHans: "无法为数据库建立文件夹“\(path)”；请用 --store PATH 或设置 COACH_STORE 指向可写入的位置",
                     zhHant: "無法為資料庫建立資料夾「\(path)」；請用 --store PATH 或設定 COACH_STORE 指向可寫入的位置")
        case let .database(path, code, _, _):
            let place = place(path)
            switch code & 0xFF {
            case 5, 6:
                return T(en: "\(place.en) is busy: another coach is writing to it; wait a moment and try again",
                         zhHans: "\(place.zhHans)正忙：另一个 coach 正在写入；请稍等片刻再试",
                         zhHant: "\(place.zhHant)正忙：另一個 coach 正在寫入；請稍候再試")
            case 8, 3:
                return T(en: "\(place.en) is read-only, so nothing can be saved to it; make the file and its folder writable (chmod u+w), or pass --store PATH",
                         zhHans: "\(place.zhHans)是只读的，无法保存任何内容；请让文件和所在文件夹可写入（chmod u+w），或用 --store PATH 指定其他数据库",
                         zhHant: "\(place.zhHant)是唯讀的，無法儲存任何內容；請讓檔案和所在資料夾可寫入（chmod u+w），或用 --store PATH 指定其他資料庫")
            case 14:
                return T(en: "\(place.en) cannot be opened; check that its folder exists and is writable, or pass --store PATH",
                         zhHans: "无法打开\(place.zhHans)；请确认所在文件夹存在且可写入，或用 --store PATH 指定其他数据库",
                         zhHant: "無法開啟\(place.zhHant)；請確認所在資料夾存在且可寫入，或用 --store PATH 指定其他資料庫")
            case 11, 26:
                return T(en: "\(place.en) is not a coach store, or it is damaged; move it aside (the coach then starts a new store) and import the account files again",
                         zhHans: "\(place.zhHans)不是 coach 的数据库，或已损坏；请把它移到别处（coach 会新建数据库），再重新导入客户档案",
                         zhHant: "\(place.zhHant)不是 coach 的資料庫，或已損毀；請把它移到別處（coach 會新建資料庫），再重新匯入客戶檔案")
            case 10:
                return T(en: "\(place.en) could not be read or written (a disk error); check the disk, then try again",
                         zhHans: "\(place.zhHans)无法读取或写入（磁盘错误）；请检查磁盘后再试",
                         zhHant: "\(place.zhHant)無法讀取或寫入（磁碟錯誤）；請檢查磁碟後再試")
            case 19:
                return T(en: "the change conflicts with what \(place.en) holds; this is a bug, please report it with the command you ran",
                         zhHans: "这项修改与\(place.zhHans)中的内容冲突；这是程序错误，请连同你执行的命令一起回报",
                         zhHant: "這項修改與\(place.zhHant)中的內容衝突；這是程式錯誤，請連同你執行的指令一起回報")
            default:
                return T(en: "\(place.en) could not do this (error \(code)); if it persists, move the store aside and import the account files again",
                         zhHans: "\(place.zhHans)无法完成这项操作（错误 \(code)）；如果一再发生，请把数据库移到别处，再重新导入客户档案",
                         zhHant: "\(place.zhHant)無法完成這項操作（錯誤 \(code)）；如果一再發生，請把資料庫移到別處，再重新匯入客戶檔案")
            }
        case let .readOnly(path, reason):
            let place = place(path)
            let why = reason.text(store: path)
            return T(en: "\(place.en) is read-only (\(why.en)), so nothing can be saved; \(reason.fix(store: path).en)",
                     zhHans: "\(place.zhHans)是只读的（\(why.zhHans)），无法保存任何内容；\(reason.fix(store: path).zhHans)",
                     zhHant: "\(place.zhHant)是唯讀的（\(why.zhHant)），無法儲存任何內容；\(reason.fix(store: path).zhHant)")
        case let .cannotUpgrade(path, reason):
            let place = place(path)
            let why = reason.text(store: path)
            return T(en: "\(place.en) was written by an earlier coach and must be upgraded before use, but it is read-only (\(why.en)); \(reason.fix(store: path).en), then run coach again",
                     zhHans: "\(place.zhHans)由较早版本的 coach 写入，使用前需要升级，但它是只读的（\(why.zhHans)）；\(reason.fix(store: path).zhHans)，然后再运行 coach",
                     zhHant: "\(place.zhHant)由較早版本的 coach 寫入，使用前需要升級，但它是唯讀的（\(why.zhHant)）；\(reason.fix(store: path).zhHant)，然後再執行 coach")
        case let .blockedBySidecar(path, sidecar):
            let place = place(path)
            let fix = ReadOnlyReason.sidecar(path: sidecar).fix(store: path)
            return T(en: "\(place.en) cannot be opened: '\(sidecar)' beside it cannot be used (another user's, or read-only); \(fix.en)",
                     zhHans: "无法打开\(place.zhHans)：旁边的“\(sidecar)”无法使用（属于其他用户或只读）；\(fix.zhHans)",
                     zhHant: "無法開啟\(place.zhHant)：旁邊的「\(sidecar)」無法使用（屬於其他使用者或唯讀）；\(fix.zhHant)")
        case let .diskFull(path):
            let place = place(path)
            return T(en: "the disk holding \(place.en) is full; free some space (or pass --store PATH on another disk) and try again — nothing was changed",
                     zhHans: "\(place.zhHans)所在的磁盘已满；请释放一些空间（或用 --store PATH 指定其他磁盘上的数据库）后再试——没有做任何修改",
                     zhHant: "\(place.zhHant)所在的磁碟已滿；請釋放一些空間（或用 --store PATH 指定其他磁碟上的資料庫）後再試——沒有做任何修改")
        case let .unreadableRecord(path, what):
            let place = place(path)
            return T(en: "\(what) in \(place.en) cannot be read: it was written by a newer coach (update the coach) or edited by hand",
                     zhHans: "\(place.zhHans)中的\(what)无法读取：它由较新版本的 coach 写入（请更新 coach），或被手动修改过",
                     zhHant: "\(place.zhHant)中的\(what)無法讀取：它由較新版本的 coach 寫入（請更新 coach），或被手動修改過")
        case let .unreadableVersion(accountID, version, _):
            return T(en: "version \(version) of account '\(accountID)' cannot be read; import the account file again to store a readable version",
                     zhHans: "客户“\(accountID)”的第 \(version) 版无法读取；请重新导入客户档案，存入可读的版本",
                     zhHant: "客戶「\(accountID)」的第 \(version) 版無法讀取；請重新匯入客戶檔案，存入可讀的版本")
        case let .cannotEncode(accountID, _):
            return T(en: "account '\(accountID)' cannot be stored; this is a bug, please report it with the account file",
                     zhHans: "客户“\(accountID)”无法存入数据库；这是程序错误，请连同客户档案一起回报",
                     zhHant: "客戶「\(accountID)」無法存入資料庫；這是程式錯誤，請連同客戶檔案一起回報")
        case let .unknownAccount(id, known):
            if known.isEmpty {
                return T(en: "no account '\(id)' in the store; the store has no accounts yet; import one with 'coach account import FILE'",
                         zhHans: "数据库里没有客户“\(id)”；数据库里还没有客户，请用 'coach account import FILE' 导入",
                         zhHant: "資料庫裡沒有客戶「\(id)」；資料庫裡還沒有客戶，請用 'coach account import FILE' 匯入")
            }
            let list = known.joined(separator: ", ")
            return T(en: "no account '\(id)' in the store; known ids: \(list)",
                     zhHans: "数据库里没有客户“\(id)”；已有的编号：\(list)",
                     zhHant: "資料庫裡沒有客戶「\(id)」；已有的編號：\(list)")
        case let .journal(problem):
            return problem.text
        }
    }
}

/// Why a store was opened read-only.
public enum ReadOnlyReason: Sendable, Equatable {
    /// The store file is not writable (mode 0400, or another user's).
    case file
    /// Its folder is not writable, so SQLite cannot keep its -wal and -shm files beside it.
    case folder
    /// A `-wal` or `-shm` file beside the store is not writable and could not be given the
    /// store's mode (another user's); `path` is that file.
    case sidecar(path: String)

    /// Why, in a few words.
    public func text(store: String) -> LocalizedText {
        let folder = URL(fileURLWithPath: store).deletingLastPathComponent().path
        switch self {
        case .file:
            return LocalizedText(en: "the file is not writable", zhHans: "文件不可写入", zhHant: "檔案不可寫入")
        case .folder:
            return LocalizedText(en: "its folder '\(folder)' is not writable", zhHans: "所在文件夹“\(folder)”不可写入", zhHant: "所在資料夾「\(folder)」不可寫入")
        case .sidecar(let path):
            return LocalizedText(en: "'\(path)' beside it is not writable", zhHans: "旁边的“\(path)”不可写入", zhHant: "旁邊的「\(path)」不可寫入")
        }
    }

    /// What to do to write again.
    public func fix(store: String) -> LocalizedText {
        let folder = URL(fileURLWithPath: store).deletingLastPathComponent().path
        switch self {
        case .file:
            return LocalizedText(en: "to save, make it writable: chmod u+w '\(store)'",
                                 zhHans: "要保存，请让它可写入：chmod u+w '\(store)'",
                                 zhHant: "要儲存，請讓它可寫入：chmod u+w '\(store)'")
        case .folder:
            return LocalizedText(en: "to save, make the folder writable: chmod u+w '\(folder)'",
                                 zhHans: "要保存，请让文件夹可写入：chmod u+w '\(folder)'",
                                 zhHant: "要儲存，請讓資料夾可寫入：chmod u+w '\(folder)'")
        case .sidecar(let path) where path.hasSuffix("-shm"):
            return LocalizedText(en: "to save, when no coach is running, remove '\(path)' (the coach makes it again; it holds nothing the store needs) or make it yours with mode 600",
                                 zhHans: "要保存，请在没有 coach 运行时删除“\(path)”（coach 会重建，它不含数据库需要的内容），或把它改归你所有并设为 600 权限",
                                 zhHant: "要儲存，請在沒有 coach 執行時刪除「\(path)」（coach 會重建，它不含資料庫需要的內容），或把它改歸你所有並設為 600 權限")
        case .sidecar(let path):
            return LocalizedText(en: "to save, make '\(path)' yours with mode 600 (chown, chmod 600); do not remove it: it may hold changes not yet in the store",
                                 zhHans: "要保存，请把“\(path)”改归你所有并设为 600 权限（chown、chmod 600）；不要删除它：里面可能有尚未写入数据库的修改",
                                 zhHant: "要儲存，請把「\(path)」改歸你所有並設為 600 權限（chown、chmod 600）；不要刪除它：裡面可能有尚未寫入資料庫的修改")
        }
    }
}
