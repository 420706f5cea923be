public import CoachCore

/// What went wrong with a journal write or lookup, said so the user knows what to type instead.
/// Carried by `StoreError.journal`.
public enum JournalProblem: Sendable, Equatable, CustomStringConvertible {
    /// No visit log has this number or id.
    case unknownLog(String)
    /// No follow-up has this number or id.
    case unknownFollowUp(String)
    /// No coaching session has this number or key.
    case unknownSession(String)
    /// The status change is not allowed (customer-informed comes after resolved).
    case statusNotAllowed(followUp: Int, from: IssueStatus, to: IssueStatus)
    /// A session still in progress or paused cannot be verified yet.
    case sessionNotFinished(key: String, status: String)
    /// A date that is not a real `YYYY-MM-DD` day.
    case invalidDay(field: String, value: String)
    /// Stored journal content could not be read back.
    case unreadable(what: String, reason: String)
    /// A record from outside (the team server) failed a check and was not stored.
    case invalidRecord(what: String, reason: String)
    /// Another window writes the salesperson's draft visit log for this account.
    case draftInAnotherWindow(accountID: String)

    public var description: String { text.en }

    /// The problem in each language.
    public var text: LocalizedText {
        typealias T = LocalizedText
        switch self {
        case let .unknownLog(id):
            return T(en: "no visit log '\(id)'; 'coach journal' lists the logs with their numbers",
                     zhHans: "没有拜访记录“\(id)”；'coach journal' 会列出所有记录及编号",
                     zhHant: "沒有走訪記錄「\(id)」；'coach journal' 會列出所有記錄及編號")
        case let .unknownFollowUp(id):
            return T(en: "no follow-up '\(id)'; 'coach followups --all' lists them with their numbers",
                     zhHans: "没有跟进事项“\(id)”；'coach followups --all' 会列出所有事项及编号",
                     zhHant: "沒有追蹤事項「\(id)」；'coach followups --all' 會列出所有事項及編號")
        case let .unknownSession(id):
            return T(en: "no coaching session '\(id)'; 'coach review' lists the sessions with their numbers",
                     zhHans: "没有辅导记录“\(id)”；'coach review' 会列出所有辅导及编号",
                     zhHant: "沒有輔導記錄「\(id)」；'coach review' 會列出所有輔導及編號")
        case let .statusNotAllowed(number, from, to):
            if from == to {
                return T(en: "follow-up #\(number) is already \(to.rawValue)",
                         zhHans: "跟进事项 #\(number) 已经是“\(to.label.zhHans)”", zhHant: "追蹤事項 #\(number) 已經是「\(to.label.zhHant)」")
            }
            return T(en: "follow-up #\(number) is \(from.rawValue): it can become customer-informed only once it is resolved "
                        + "(open → in-progress → resolved → customer-informed); set --status resolved first",
                     zhHans: "跟进事项 #\(number) 是“\(from.label.zhHans)”：解决之后才能改为“\(to.label.zhHans)”"
                        + "（未处理 → 处理中 → 已解决 → 已告知客户）；请先设为 --status resolved",
                     zhHant: "追蹤事項 #\(number) 是「\(from.label.zhHant)」：解決之後才能改為「\(to.label.zhHant)」"
                        + "（未處理 → 處理中 → 已解決 → 已告知客戶）；請先設為 --status resolved")
        case let .sessionNotFinished(key, status):
            return T(en: "session '\(key)' is \(status): a session can be verified once it is finished or cancelled",
                     zhHans: "辅导“\(key)”的状态是 \(status)：完成或取消后才能审核",
                     zhHant: "輔導「\(key)」的狀態是 \(status)：完成或取消後才能審核")
        case let .invalidDay(field, value):
            return T(en: "invalid \(field) '\(value)': use a real day as YYYY-MM-DD, e.g. 2026-11-29",
                     zhHans: "\(field)“\(value)”无效：请用真实的日期，格式 YYYY-MM-DD，例如 2026-11-29",
                     zhHant: "\(field)「\(value)」無效：請用真實的日期，格式 YYYY-MM-DD，例如 2026-11-29")
        case let .invalidRecord(what, reason):
            return T(en: "\(what) was not stored: \(reason)",
                     zhHans: "\(what)没有存入：\(reason)",
                     zhHant: "\(what)沒有存入：\(reason)")
        case let .draftInAnotherWindow(accountID):
            return T(en: "another window is writing a visit log for \(accountID) too and keeps the draft: this log stays here and is saved when you finish it (/log take keeps the draft in this window instead)",
                     zhHans: "另一个窗口也在写 \(accountID) 的拜访记录，草稿由它保存：这篇记录留在这里，写完就会保存（输入 /log take 改由这个窗口保存草稿）",
                     zhHant: "另一個視窗也在寫 \(accountID) 的走訪記錄，草稿由它保存：這篇記錄留在這裡，寫完就會儲存（輸入 /log take 改由這個視窗保存草稿）")
        case let .unreadable(what, _):
            return T(en: "\(what) cannot be read; the store may have been edited by hand or written by a newer coach",
                     zhHans: "\(what)无法读取；数据库可能被手动修改过，或由较新版本的 coach 写入",
                     zhHant: "\(what)無法讀取；資料庫可能被手動修改過，或由較新版本的 coach 寫入")
        }
    }
}
