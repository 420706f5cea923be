public import CoachCore
public import CoachStore

extension StoreError {
    /// The error in `language`, saying what to do next (`description` is the English).
    ///
    /// ```swift
    /// StoreError.unknownAccount(id: "nope", known: []).message(.zhHant)
    /// // 資料庫裡沒有 'nope' 這個客戶；還沒有匯入任何客戶，請用 'coach account import 檔案' 匯入
    /// ```
    public func message(_ language: Language) -> String {
        guard language != .en else { return description }
        return text[language]
    }

    private var text: LocalizedText {
        typealias T = StoreErrorText
        switch self {
        case let .cannotCreateFolder(path, reason):
            return T.l(description,
                       "无法为数据库建立文件夹 '\(path)'：\(reason)；请用 --store 路径 或设定 COACH_STORE，指向可以写入的位置",
                       "無法為資料庫建立資料夾 '\(path)'：\(reason)；請用 --store 路徑 或設定 COACH_STORE，指向可以寫入的位置")
        case let .database(path, code, message, _):
            let place = path.map { " '\($0)'" } ?? ""
            let hint = T.hint(code: code)
            return T.l(description, "数据库\(place)：\(message)；\(hint.zhHans)", "資料庫\(place)：\(message)；\(hint.zhHant)")
        case let .unreadableVersion(accountID, version, reason):
            return T.l(description,
                       "客户 '\(accountID)' 的第 \(version) 版无法读取（\(reason)）；请重新导入客户档案，存一个可读的版本",
                       "客戶 '\(accountID)' 的第 \(version) 版無法讀取（\(reason)）；請重新匯入客戶檔案，存一個可讀的版本")
        case let .cannotEncode(accountID, reason):
            return T.l(description, "客户 '\(accountID)' 无法存入数据库：\(reason)", "客戶 '\(accountID)' 無法存入資料庫：\(reason)")
        case let .unknownAccount(id, known):
            let list = known.isEmpty
                ? T.l("", "还没有导入任何客户，请用 'coach account import 文件' 导入", "還沒有匯入任何客戶，請用 'coach account import 檔案' 匯入")
                : T.l("", "已有的客户编号：\(known.joined(separator: "、"))", "已有的客戶編號：\(known.joined(separator: "、"))")
            return T.l(description, "数据库里没有 '\(id)' 这个客户；\(list.zhHans)", "資料庫裡沒有 '\(id)' 這個客戶；\(list.zhHant)")
        case let .journal(problem):
            return LocalizedText(en: description, zhHans: problem.message(.zhHans), zhHant: problem.message(.zhHant))
        }
    }
}

extension JournalProblem {
    /// The problem in `language` (`description` is the English).
    public func message(_ language: Language) -> String {
        guard language != .en else { return description }
        typealias T = StoreErrorText
        let text: LocalizedText
        switch self {
        case let .unknownLog(id):
            text = T.l(description, "没有 '\(id)' 这篇拜访记录；用 'coach journal' 查看记录和编号", "沒有 '\(id)' 這篇走訪記錄；用 'coach journal' 查看記錄和編號")
        case let .unknownFollowUp(id):
            text = T.l(description, "没有 '\(id)' 这项跟进事项；用 'coach followups --all' 查看事项和编号", "沒有 '\(id)' 這項追蹤事項；用 'coach followups --all' 查看事項和編號")
        case let .unknownSession(id):
            text = T.l(description, "没有 '\(id)' 这次拜访准备；用 'coach review' 查看准备记录和编号", "沒有 '\(id)' 這次拜訪準備；用 'coach review' 查看準備記錄和編號")
        case let .statusNotAllowed(number, from, to):
            if from == to {
                text = T.l(description, "跟进事项 #\(number) 已经是「\(to.label.zhHans)」", "追蹤事項 #\(number) 已經是「\(to.label.zhHant)」")
            } else {
                text = T.l(description,
                           "跟进事项 #\(number) 目前是「\(from.label.zhHans)」：要先解决，才能改为「已告知客户」（未处理 → 处理中 → 已解决 → 已告知客户）；请先用 --status resolved",
                           "追蹤事項 #\(number) 目前是「\(from.label.zhHant)」：要先解決，才能改為「已告知客戶」（未處理 → 處理中 → 已解決 → 已告知客戶）；請先用 --status resolved")
            }
        case let .sessionNotFinished(key, _):
            text = T.l(description, "准备 '\(key)' 还没结束：完成或取消后才能审核", "準備 '\(key)' 還沒結束：完成或取消後才能審核")
        case let .invalidDay(field, value):
            text = T.l(description, "\(field) 的 '\(value)' 不是有效的日期：请用 YYYY-MM-DD，例如 2026-11-29", "\(field) 的 '\(value)' 不是有效的日期：請用 YYYY-MM-DD，例如 2026-11-29")
        case let .unreadable(what, reason):
            text = T.l(description, "\(what) 无法读取（\(reason)）；数据库可能被手动改过", "\(what) 無法讀取（\(reason)）；資料庫可能被手動改過")
        }
        return text[language]
    }
}

/// The words of the store's errors in Chinese.
enum StoreErrorText: LocalizedTextTable {
    /// What to try, from SQLite's result code (its primary code, the low byte).
    static func hint(code: Int32) -> LocalizedText {
        switch code & 0xFF {
        case 5, 6:
            return l("", "另一个 coach 正在写入数据库；请稍等再试", "另一個 coach 正在寫入資料庫；請稍等再試")
        case 8, 3:
            return l("", "数据库是只读的；请检查文件及所在文件夹的权限", "資料庫是唯讀的；請檢查檔案及所在資料夾的權限")
        case 14:
            return l("", "请确认文件夹存在而且可以写入，或用 --store 路径 指定", "請確認資料夾存在而且可以寫入，或用 --store 路徑 指定")
        case 11, 26:
            return l("", "这个文件不是 coach 的数据库，或已损坏；请把它移开，再重新导入客户档案", "這個檔案不是 coach 的資料庫，或已損壞；請把它移開，再重新匯入客戶檔案")
        case 13:
            return l("", "磁盘已满；请腾出空间再试", "磁碟已滿；請騰出空間再試")
        case 10:
            return l("", "磁盘无法读写；请检查磁盘再试", "磁碟無法讀寫；請檢查磁碟再試")
        case 19:
            return l("", "这个修改与已存的内容冲突；这是程序的错误，请连同执行的命令一起回报", "這個修改與已存的內容衝突；這是程式的錯誤，請連同執行的命令一起回報")
        default:
            return l("", "如果一再发生，请把数据库移开，再重新导入客户档案", "如果一再發生，請把資料庫移開，再重新匯入客戶檔案")
        }
    }
}
