public import CoachCore

/// Interface text of the visit journal, follow-ups, the manager's review and comments.
enum JournalText: LocalizedTextTable {

    // MARK: /log

    static let logUsage = l(
        "Open an account first (/open ID), or type /log ID.",
        "请先打开客户（/open 编号），或输入 /log 编号。",
        "請先開啟客戶（/open 編號），或輸入 /log 編號。")
    static func logHeading(_ account: Account) -> LocalizedText {
        l("Visit log for \(account.name): short answers are fine. /skip skips a question, /back goes back, /cancel drops the log.",
          "记录对\(inline(account.name))的拜访：简短回答即可。/skip 跳过，/back 返回上一题，/cancel 放弃本次记录。",
          "記錄對\(inline(account.name))的走訪：簡短回答即可。/skip 略過，/back 回上一題，/cancel 放棄這次記錄。")
    }
    static func askDate(_ today: String) -> LocalizedText {
        l("When was the visit? Press Enter for today (\(today)), or type yesterday or YYYY-MM-DD.",
          "哪天拜访的？直接按 Enter 表示今天（\(today)），也可以输入“昨天”或 YYYY-MM-DD 格式的日期。",
          "哪天走訪的？直接按 Enter 表示今天（\(today)），也可以輸入「昨天」或 YYYY-MM-DD 格式的日期。")
    }
    static let askPeople = l(
        "Whom did you meet? Numbers or names, several with commas; new names are fine.",
        "见了谁？输入编号或姓名，多人用逗号隔开；名单外的新名字也可以。",
        "見了誰？輸入編號或姓名，多人用逗號隔開；名單外的新名字也可以。")
    static let askDiscussed = l("What was discussed?", "谈了些什么？", "談了些什麼？")
    static let askOpinions = l("The customer's opinions and suggestions?", "客户有哪些意见和建议？", "客戶有哪些意見和建議？")
    static let askIssues = l(
        "Issues the customer raised, one per line; add \"| department | due date\" when you know them (e.g. \"Invoice totals do not match | Finance | 2026-12-10\"). An empty line ends.",
        "客户提出的问题，每行一个；知道的话加上“| 部门 | 期限”（例如“月结账单对不上 | 财务部 | 2026-12-10”）。输入空行结束。",
        "客戶提出的問題，每行一個；知道的話加上「| 部門 | 期限」（例如「月結帳單對不上 | 財務部 | 2026-12-10」）。輸入空行結束。")
    static let askCommitments = l(
        "What did you commit to, and what are the next steps?", "你做了哪些承诺？下一步怎么做？", "你做了哪些承諾？下一步怎麼做？")
    static let askFindings = l(
        "Which outline questions did you ask, and what did you learn? One per line: the question's number and the answer (e.g. \"2 the budget is set in February\"), or just what you learnt. An empty line ends.",
        "问了提纲里的哪些问题？了解到什么？每行一条：问题编号加答案（例如“2 预算二月定”），或直接写了解到的情况。输入空行结束。",
        "問了提綱裡的哪些問題？了解到什麼？每行一條：問題編號加答案（例如「2 預算二月定」），或直接寫了解到的情況。輸入空行結束。")
    static func outlineTop(_ count: Int) -> LocalizedText {
        l("Top of your question outline (/outline shows all \(count)):",
          "问话提纲的前几题（/outline 可看全部 \(count) 题）：",
          "問話提綱的前幾題（/outline 可看全部 \(count) 題）：")
    }
    static func badDate(_ text: String) -> LocalizedText {
        l("'\(text)' is not a day: press Enter for today, or type yesterday or YYYY-MM-DD.",
          "“\(text)”不是日期：直接按 Enter 表示今天，或输入“昨天”或 YYYY-MM-DD 格式的日期。",
          "「\(text)」不是日期：直接按 Enter 表示今天，或輸入「昨天」或 YYYY-MM-DD 格式的日期。")
    }
    static func futureDate(_ day: String) -> LocalizedText {
        l("\(day) has not come yet: log a visit once it has happened.",
          "\(day) 还没到：拜访之后再记录。",
          "\(day) 還沒到：走訪之後再記錄。")
    }
    static let emptyAnswer = l("Type an answer, or /skip.", "请输入回答，或 /skip 跳过。", "請輸入回答，或 /skip 略過。")
    static func whichPerson(_ typed: String, _ candidates: String) -> LocalizedText {
        l("Who is '\(typed)'? It fits \(candidates): type the full name or the number.",
          "“\(typed)”是哪一位？可能是\(candidates)：请输入全名或编号。",
          "「\(typed)」是哪一位？可能是\(candidates)：請輸入全名或編號。")
    }
    static func notInFile(_ names: String) -> LocalizedText {
        l("Noted; not in the account file yet: \(names).", "已记下；还不在客户档案里：\(names)。", "已記下；還不在客戶檔案裡：\(names)。")
    }
    static func issueNoted(_ number: Int, _ issue: NewFollowUp, _ language: Language) -> String {
        "  + \(number). " + issueText(issue, language)
    }
    /// `text → department, due 2026-12-10`.
    static func issueText(_ issue: NewFollowUp, _ language: Language) -> String {
        var details: [String] = []
        if let department = issue.department { details.append("→ \(department)") }
        if let due = issue.due { details.append(l("due \(due)", "期限 \(due)", "期限 \(due)")[language]) }
        return ([issue.text] + [details.joined(separator: language == .en ? ", " : "，")]).filter { !$0.isEmpty }.joined(separator: " ")
    }
    static func badDue(_ text: String) -> LocalizedText {
        l("'\(text)' is not a due date (YYYY-MM-DD, or +N for N days after the visit); noted without one.",
          "“\(text)”不是期限（YYYY-MM-DD，或 +N 表示拜访后 N 天）；先记下，不设期限。",
          "「\(text)」不是期限（YYYY-MM-DD，或 +N 表示走訪後 N 天）；先記下，不設期限。")
    }
    static let atFirst = l("This is the first question.", "这已经是第一题。", "這已經是第一題。")
    static func summaryHeading(_ account: Account, _ day: String) -> LocalizedText {
        l("Your visit log: \(account.name), \(day)", "你的拜访记录：\(account.name)，\(day)", "你的走訪記錄：\(account.name)，\(day)")
    }
    static let summaryHint = l(
        "Type a number to change that part, press Enter (or \"ok\") to save, /cancel to drop the log.",
        "输入编号修改该项，直接按 Enter（或“好”）保存，/cancel 放弃。",
        "輸入編號修改該項，直接按 Enter（或「好」）儲存，/cancel 放棄。")
    static let cancelled = l("Visit log dropped; nothing was saved.", "已放弃这次记录，没有保存任何内容。", "已放棄這次記錄，沒有儲存任何內容。")
    static let notNow = l("Finish the visit log first, or /cancel it.", "请先完成这次拜访记录，或 /cancel 放弃。", "請先完成這次走訪記錄，或 /cancel 放棄。")
    static func kept(_ accountID: String) -> LocalizedText {
        l("Visit log paused; your answers so far are kept. /log \(accountID) continues it.",
          "拜访记录已暂停，已填写的内容都已保留。输入 /log \(accountID) 可以接着写。",
          "走訪記錄已暫停，已填寫的內容都已保留。輸入 /log \(accountID) 可以接著寫。")
    }
    static func resuming(_ started: String, done: Int, of count: Int) -> LocalizedText {
        l("Continuing the visit log you started on \(started): \(done) of \(count) parts done. /cancel discards it.",
          "接着写你在 \(started) 开始的拜访记录：\(count) 项已完成 \(done) 项。输入 /cancel 可以放弃。",
          "接著寫你在 \(started) 開始的走訪記錄：\(count) 項已完成 \(done) 項。輸入 /cancel 可以放棄。")
    }
    static func offerMet(_ name: String) -> LocalizedText {
        l("The account file says you have not met \(name). Mark \(name) as met? (yes/no)",
          "客户档案记着你还没见过\(name)。要标记为已见过吗？（是/否）",
          "客戶檔案記著你還沒見過\(name)。要標記為已見過嗎？（是/否）")
    }
    static func offerNew(_ name: String, _ account: Account) -> LocalizedText {
        l("\(name) is not in the account file. Add \(name) to \(account.name) as a new person (role unknown)? (yes/no)",
          "\(name)不在客户档案里。要把\(name)作为新面孔加到\(account.name)（角色待定）吗？（是/否）",
          "\(name)不在客戶檔案裡。要把\(name)當作新面孔加到\(account.name)（角色待定）嗎？（是/否）")
    }
    static func draftElsewhere(_ accountID: String, _ saved: String) -> LocalizedText {
        l("A draft of this visit log from another window is open (last saved \(saved)). Finish it there, or /log take \(accountID) to take it over here (the other window then cannot save it).",
          "另一个窗口正在写这篇拜访记录的草稿（最后保存于 \(saved)）。请在那个窗口完成，或输入 /log take \(accountID) 在这里接手（之后那个窗口就不能再保存它）。",
          "另一個視窗正在寫這篇走訪記錄的草稿（最後儲存於 \(saved)）。請在那個視窗完成，或輸入 /log take \(accountID) 在這裡接手（之後那個視窗就不能再儲存它）。")
    }
    static func takenOver(_ accountID: String) -> LocalizedText {
        l("The draft for \(accountID) is now this window's; the other window can no longer save it.",
          "\(accountID) 的草稿现在归这个窗口；另一个窗口不能再保存它。",
          "\(accountID) 的草稿現在歸這個視窗；另一個視窗不能再儲存它。")
    }
    static let yesOrNo = l("Please answer yes or no.", "请回答是或否。", "請回答是或否。")
    static let accountUnchanged = l("The account file stays as it was.", "客户档案保持不变。", "客戶檔案維持不變。")

    static func stepLabel(_ step: LogFlow.Step) -> LocalizedText {
        switch step {
        case .date: l("Date", "日期", "日期")
        case .people: l("Met", "见了谁", "見了誰")
        case .discussed: l("Discussed", "谈了什么", "談了什麼")
        case .opinions: l("Opinions and suggestions", "意见和建议", "意見和建議")
        case .issues: l("Issues raised", "提出的问题", "提出的問題")
        case .commitments: l("Commitments and next steps", "承诺和下一步", "承諾和下一步")
        case .findings: l("Outline questions and what you learnt", "问了哪些提纲问题、了解到什么", "問了哪些提綱問題、了解到什麼")
        }
    }
    static let newPerson = l("new", "新", "新")

    // MARK: Follow-ups

    static func followUpsHeading(open: Int, overdue: Int) -> LocalizedText {
        l("Your follow-ups: \(open) open, \(overdue) overdue", "你的跟进事项：\(open) 项未结，\(overdue) 项逾期", "你的追蹤事項：\(open) 項未結，\(overdue) 項逾期")
    }
    static let noFollowUps = l(
        "No open follow-ups. Issues you log with /log show here until the customer is told the result.",
        "没有未结的跟进事项。用 /log 记下的客户问题会列在这里，直到告知客户处理结果为止。",
        "沒有未結的追蹤事項。用 /log 記下的客戶問題會列在這裡，直到告知客戶處理結果為止。")
    static func overdueBy(_ days: Int) -> LocalizedText {
        l("overdue \(days)d", "逾期 \(days) 天", "逾期 \(days) 天")
    }
    static func dueIn(_ days: Int) -> LocalizedText {
        days == 0 ? l("due today", "今天到期", "今天到期") : l("due in \(days)d", "\(days) 天后到期", "\(days) 天後到期")
    }
    /// The mark of an account file's issue in the follow-up table, where a number would be.
    static let fromFile = l("file", "档案", "檔案")
    static func raisedOn(_ day: String) -> LocalizedText { l("raised \(day)", "\(day) 提出", "\(day) 提出") }
    static func fromFileHint(_ mark: String) -> LocalizedText {
        l("Lines marked \(mark) are the open issues of the account files: change them in the file and import it again (`coach account import FILE`).",
          "标着「\(mark)」的是客户档案里的未结问题：请在档案里修改，再重新导入（`coach account import 文件`）。",
          "標著「\(mark)」的是客戶檔案裡的未結問題：請在檔案裡修改，再重新匯入（`coach account import 檔案`）。")
    }
    static let followUpsHint = l(
        "/followups N STATUS moves one on (in-progress, resolved, customer-informed); it is closed once the customer is told the result.",
        "/followups 编号 状态 更新进度（处理中、已解决、已告知客户）；告知客户结果后才算结案。",
        "/followups 編號 狀態 更新進度（處理中、已解決、已告知客戶）；告知客戶結果後才算結案。")
    static let followUpUsage = l(
        "Usage: /followups [all] [--overdue] [--who NAME] [--account ID] lists them; /followups N STATUS moves one on (in-progress, resolved, customer-informed); --department, --due and --owner pass it on or set its date, as in coach followups.",
        "用法：`/followups [all] [--overdue] [--who 姓名] [--account 编号]` 列出跟进事项；`/followups 编号 状态` 更新进度（处理中、已解决、已告知客户），可加 `--department`、`--due`、`--owner` 转交部门、设期限、换负责人，和 `coach followups` 一样。",
        "用法：`/followups [all] [--overdue] [--who 姓名] [--account 編號]` 列出追蹤事項；`/followups 編號 狀態` 更新進度（處理中、已解決、已告知客戶），可加 `--department`、`--due`、`--owner` 轉交部門、設期限、換負責人，和 `coach followups` 一樣。")
    static func followUpsOf(_ owner: String?, count: Int, open: Int, overdue: Int) -> LocalizedText {
        let whose = owner.map { l($0, $0, $0) } ?? l("Everyone", "全体", "全體")
        return l("\(whose.en): \(count) follow-up(s), \(open) open, \(overdue) overdue",
                 "\(whose.zhHans)：跟进事项 \(count) 项，未结 \(open) 项，逾期 \(overdue) 项",
                 "\(whose.zhHant)：追蹤事項 \(count) 項，未結 \(open) 項，逾期 \(overdue) 項")
    }
    static func badDay(_ typed: String, option: String) -> LocalizedText {
        l("invalid \(option) '\(typed)'; use today, yesterday or a day as YYYY-MM-DD",
          "\(option) 的 '\(typed)' 不是有效的日期；请用今天、昨天或 YYYY-MM-DD",
          "\(option) 的 '\(typed)' 不是有效的日期；請用今天、昨天或 YYYY-MM-DD")
    }
    static func unknownFollowUp(_ id: String) -> LocalizedText {
        l("No follow-up #\(id) of yours; /followups lists them.", "你没有编号 #\(id) 的跟进事项；/followups 可列出全部。", "你沒有編號 #\(id) 的追蹤事項；/followups 可列出全部。")
    }
    static func statusNotAllowed(_ number: Int, _ from: IssueStatus, _ to: IssueStatus, _ language: Language) -> String {
        if from == to {
            return l("#\(number) is already \(to.label.en).", "#\(number) 已经是“\(to.label.zhHans)”。", "#\(number) 已經是「\(to.label.zhHant)」。")[language]
        }
        return l("#\(number) is \(from.label.en): tell the customer once it is resolved (set it to resolved first).",
                 "#\(number) 目前是“\(from.label.zhHans)”：问题解决后才能告知客户（先设为“\(IssueStatus.resolved.label.zhHans)”）。",
                 "#\(number) 目前是「\(from.label.zhHant)」：問題解決後才能告知客戶（先設為「\(IssueStatus.resolved.label.zhHant)」）。")[language]
    }

    // MARK: Review

    static let reviewUsage = l(
        "Usage: /review [PERIOD] [--who NAME] [--account ID] [--unverified] lists logs and sessions (PERIOD: this month, last month, 2026-11, 2026-Q4…); /review show log|session N; /review verify log|session N COMMENT [--by NAME] [--again]. The same options as coach review.",
        "用法：/review [期间] [--who 姓名] [--account 编号] [--unverified] 列出拜访记录和准备（期间：本月、上个月、2026-11、2026-Q4…）；/review show 走访|准备 编号；/review verify 走访|准备 编号 评语 [--by 姓名] [--again]。选项和 coach review 相同。",
        "用法：/review [期間] [--who 姓名] [--account 編號] [--unverified] 列出走訪記錄和準備（期間：本月、上個月、2026-11、2026-Q4…）；/review show 走訪|準備 編號；/review verify 走訪|準備 編號 評語 [--by 姓名] [--again]。選項和 coach review 相同。")
    /// The word for an entry in a review listing, one that `/review show` accepts.
    static func entryWord(_ kind: JournalEntryKind) -> LocalizedText {
        kind == .log ? l("log", "走访", "走訪") : l("session", "准备", "準備")
    }
    static func versionShort(_ version: Int) -> LocalizedText {
        l("v\(version)", "第 \(version) 版", "第 \(version) 版")
    }
    /// A coaching session's stored status (`finished`, `paused`…) as the screens say it.
    static func sessionStatus(_ status: String) -> LocalizedText {
        switch status {
        case "in-progress": l(status, "进行中", "進行中")
        case "paused": l(status, "已暂停", "已暫停")
        case "finished": l(status, "已完成", "已完成")
        case "cancelled": l(status, "已取消", "已取消")
        case "abandoned": l(status, "已放弃", "已放棄")
        default: l(status, status, status)
        }
    }
    static func reviewHeading(_ period: String, _ who: String?, logs: Int, sessions: Int, verified: Int) -> LocalizedText {
        let person = who.map { " · \($0)" } ?? ""
        return l("Review \(period)\(person): \(logs) visit log(s), \(sessions) session(s), \(verified) verified",
                 "审核 \(period)\(person)：拜访记录 \(logs) 篇，准备 \(sessions) 次，已审核 \(verified) 项",
                 "審核 \(period)\(person)：走訪記錄 \(logs) 篇，準備 \(sessions) 次，已審核 \(verified) 項")
    }
    static func noEntries(_ period: String) -> LocalizedText {
        l("No visit logs or coaching sessions in \(period).", "\(period) 没有拜访记录或准备。", "\(period) 沒有走訪記錄或準備。")
    }
    static let reviewHint = l(
        "/review show log|session N shows one in full; /review verify log|session N COMMENT marks it verified (N: the number or the ref).",
        "/review show 走访|准备 编号 查看详情；/review verify 走访|准备 编号 评语 标为已审核（编号或代码都可以）。",
        "/review show 走訪|準備 編號 查看詳情；/review verify 走訪|準備 編號 評語 標為已審核（編號或代碼都可以）。")
    static let reviewHintCommandLine = l(
        "coach review show log|session N shows one in full; coach review verify log|session N --comment TEXT marks it verified (N: the number or the ref).",
        "coach review show log|session 编号 查看详情；coach review verify log|session 编号 --comment 评语 标为已审核（编号或代码都可以）。",
        "coach review show log|session 編號 查看詳情；coach review verify log|session 編號 --comment 評語 標為已審核（編號或代碼都可以）。")
    static let allPeriods = l("all periods", "全部期间", "全部期間")
    static func earlierEntries(_ period: String, _ count: Int, commandLine: Bool) -> LocalizedText {
        let command = commandLine ? "coach review --period \(period)" : "/review \(period)"
        return l("\(period) has \(count) entries: \(command)",
                 "\(period) 有 \(count) 项：\(command)",
                 "\(period) 有 \(count) 項：\(command)")
    }
    static func verifiedBy(_ name: String, _ day: String) -> LocalizedText {
        l("verified by \(name) \(day)", "\(name) 已审核 \(day)", "\(name) 已審核 \(day)")
    }
    static let notVerified = l("not verified", "未审核", "未審核")
    static func editedSince(_ version: Int) -> LocalizedText {
        l("edited since (now v\(version))", "审核后又修改过（现为第 \(version) 版）", "審核後又修改過（現為第 \(version) 版）")
    }
    static func unknownEntry(_ kind: JournalEntryKind, _ id: String) -> LocalizedText {
        l("No \(kind.label.en) '\(id)'; /review lists them with their numbers.",
          "没有\(kind.label.zhHans)“\(id)”；/review 会列出编号。",
          "沒有\(kind.label.zhHant)「\(id)」；/review 會列出編號。")
    }
    /// The entry's current version has a verification: nothing is added without `--again`.
    static func alreadyVerified(_ kind: JournalEntryKind, number: Int, version: Int?, by person: String, day: String, again: String = "--again") -> LocalizedText {
        let shown = version.map { " (v\($0))" } ?? ""
        let chinese = version.map { "（第 \($0) 版）" } ?? " "
        let label = kind.label
        return l("\(label.en.prefix(1).uppercased() + label.en.dropFirst()) #\(number)\(shown) is already verified (\(person), \(day)); nothing was added. Add \(again) to add another verification and comment.",
                 "\(label.zhHans) #\(number)\(chinese)已经审核过（\(person)，\(day)），没有重复添加。要再加一次审核和评语，请在命令后面加上 `\(again)`。",
                 "\(label.zhHant) #\(number)\(chinese)已經審核過（\(person)，\(day)），沒有重複新增。要再加一次審核和評語，請在命令後面加上 `\(again)`。")
    }

    static let commentNeeded = l(
        "Add a comment for the salesperson, e.g. /review verify log 3 Good visit; ask 吳佩珊 to arrange the meeting.",
        "请附上给业务员的评语，例如 /review verify log 3 拜访不错，请吴佩珊帮忙约会面。",
        "請附上給業務員的評語，例如 /review verify log 3 走訪不錯，請吳佩珊幫忙約會面。")
    static func sessionNotFinished(_ number: Int) -> LocalizedText {
        l("Session #\(number) is not finished yet: verify it once it is finished or cancelled.",
          "准备 #\(number) 还没完成：完成或取消后才能审核。",
          "準備 #\(number) 還沒完成：完成或取消後才能審核。")
    }

    // MARK: Showing entries

    static func logTitle(_ log: VisitLog, accountName: String?) -> LocalizedText {
        let account = accountName.map { "\($0) (\(log.accountID))" } ?? log.accountID
        let number = numberAndRef(log.number, log.uuid)
        return l("Visit log \(number.en) · \(account) · \(log.visitor) · \(log.content.visitDate) · version \(log.version)",
                 "拜访记录 \(number.zhHans) · \(account) · \(log.visitor) · \(log.content.visitDate) · 第 \(log.version) 版",
                 "走訪記錄 \(number.zhHant) · \(account) · \(log.visitor) · \(log.content.visitDate) · 第 \(log.version) 版")
    }
    /// A record's local number with its short reference, the same in every store:
    /// `#4 (ref 9c2e41ab)`, `#4（代碼 9c2e41ab）`.
    public static func numberAndRef(_ number: Int, _ uuid: String) -> LocalizedText {
        let ref = ShortRef.of(uuid)
        return l("#\(number) (ref \(ref))", "#\(number)（代码 \(ref)）", "#\(number)（代碼 \(ref)）")
    }
    static func verifiedVersionHeading(_ version: Int) -> LocalizedText {
        l("The verified version (v\(version)), kept as it was:", "已审核的版本（v\(version)），原样保留：", "已審核的版本（v\(version)），原樣保留：")
    }
    static let versionsLabel = l("Versions", "版本", "版本")
    static let followUpsLabel = l("Follow-ups", "跟进事项", "追蹤事項")
    static let verificationsLabel = l("Manager's review", "主管审核", "主管審核")
    static func sessionTitle(_ session: SessionSnapshot, accountName: String?) -> LocalizedText {
        let account = accountName.map { "\($0) (\(session.accountID))" } ?? session.accountID
        let version = session.accountVersion.map { " v\($0)" } ?? ""
        return l("Coaching session #\(session.number) · \(account)\(version) · \(session.salesperson) · \(session.status)",
                 "拜访准备 #\(session.number) · \(account)\(version) · \(session.salesperson) · \(session.status)",
                 "拜訪準備 #\(session.number) · \(account)\(version) · \(session.salesperson) · \(session.status)")
    }
    static let answersLabel = l("Self-check answers", "自问自答", "自問自答")
    static let flagsLabel = l("Risk flags at the time", "当时的风险提示", "當時的風險提示")
    static let strategiesLabel = l("Strategies", "策略", "策略")
    static func outlineLabel(_ count: Int) -> LocalizedText {
        l("Question outline (\(count))", "问话提纲（\(count)）", "問話提綱（\(count)）")
    }
    static func moreOutline(_ count: Int) -> LocalizedText {
        l("(+\(count) more: coach review show session N)", "（还有 \(count) 题：coach review show session 编号）", "（還有 \(count) 題：coach review show session 編號）")
    }
    static let noneYet = l("none", "无", "無")

    // MARK: Comments

    static func newComments(_ count: Int) -> LocalizedText {
        l("\(count) new comment(s) from your manager: /comments reads them.",
          "主管给你留了 \(count) 条新评语：输入 /comments 查看。",
          "主管給你留了 \(count) 則新評語：輸入 /comments 查看。")
    }
    static let noNewComments = l("No new comments from your manager.", "主管没有新的评语。", "主管沒有新的評語。")
    static func commentHeading(_ comment: ManagerComment, _ day: String) -> LocalizedText {
        let entry = comment.entry
        let by = comment.verification.verifiedBy
        let ref = ShortRef.of(entry.id)
        return l("\(by) on your \(entry.kind.label.en) #\(entry.number) (ref \(ref); \(entry.accountID), \(entry.day)), \(day):",
                 "\(by) 对你的\(entry.kind.label.zhHans) #\(entry.number)（代码 \(ref)；\(entry.accountID)，\(entry.day)）的评语，\(day)：",
                 "\(by) 對你的\(entry.kind.label.zhHant) #\(entry.number)（代碼 \(ref)；\(entry.accountID)，\(entry.day)）的評語，\(day)：")
    }

    /// How a session was last paused, in `coach review show session N`.
    static func pausedBy(_ reason: PauseReason) -> LocalizedText {
        switch reason {
        case .interrupt: l("Paused with Ctrl-C.", "用 Ctrl-C 暂停。", "以 Ctrl-C 暫停。")
        case .quit: l("Paused on leaving the coach.", "退出时暂停。", "離開時暫停。")
        case .signal: l("Paused when the coach was closed (terminal closed or stopped).",
                        "教练被关闭时暂停（终端关闭或被终止）。", "教練被關閉時暫停（終端關閉或被終止）。")
        }
    }
}
