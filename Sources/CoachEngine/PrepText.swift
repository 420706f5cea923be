import CoachCore

/// Interface text of the coaching session (the questions themselves come from the corpus).
enum PrepText: LocalizedTextTable {

    static let notInPrep = l("That works during /prep only.", "这个命令只在 /prep 期间有用。", "這個指令只在 /prep 期間有用。")
    /// /cancel, /back, /skip or /repeat with nothing under way.
    static func noFlow(_ cancelling: Bool) -> LocalizedText {
        cancelling
            ? l("Nothing to cancel: no /prep, /log, /learn, /quiz or /drill is under way.",
                "没有进行中的 /prep、/log、/learn、/quiz 或 /drill，无需取消。",
                "沒有進行中的 /prep、/log、/learn、/quiz 或 /drill，不需要取消。")
            : l("That works during /prep, /log, /learn, /quiz or /drill; none is under way.",
                "这个命令在 /prep、/log、/learn、/quiz 或 /drill 进行中才有用；现在没有进行中的。",
                "這個指令在 /prep、/log、/learn、/quiz 或 /drill 進行中才有用；現在沒有進行中的。")
    }
    static let usage = l("Usage: /prep ID (or /open ID first).", "用法：/prep 客户编号（或先 /open 编号）。", "用法：/prep 客戶編號（或先 /open 編號）。")
    static let alreadyRunning = l("A session is running. Finish it, /cancel it, or press Ctrl-C to pause.", "正在进行一次准备。先完成、/cancel 取消，或按 Ctrl-C 暂停。", "正在進行一次準備。先完成、/cancel 取消，或按 Ctrl-C 暫停。")
    static func preparing(_ account: Account) -> LocalizedText {
        l("Preparing the next contact with \(account.name)", "准备与\(inline(account.name))的下一次沟通", "準備與\(inline(account.name))的下一次溝通")
    }
    static let rolesLine = l("Buying roles:", "采购角色：", "採購角色：")
    static let missing = l("missing", "缺", "缺")
    static let notMet = l("not met", "未见", "未見")
    static let flagsLine = l("Watch out:", "注意：", "注意：")
    static func moreFlags(_ count: Int) -> LocalizedText {
        l("(+\(count) more: /flags)", "（还有 \(count) 条：/flags）", "（還有 \(count) 條：/flags）")
    }
    static let detours = l(
        "Answer each question. /back changes the previous answer, /skip, /why, /repeat, /cancel; Ctrl-C pauses and /resume continues later.",
        "逐题回答。/back 修改上一题，/skip 跳过，/why 为什么问，/repeat 重复，/cancel 取消；Ctrl-C 暂停，之后用 /resume 继续。",
        "逐題回答。/back 修改上一題，/skip 略過，/why 為什麼問，/repeat 重複，/cancel 取消；Ctrl-C 暫停，之後用 /resume 繼續。")
    static func checkHeading(_ number: Int, _ title: String) -> LocalizedText {
        l("Self-check \(number)/5: \(title)", "自问自答 \(number)/5：\(title)", "自問自答 \(number)/5：\(title)")
    }
    static let yesNoHint = l("(yes/no)", "（是/否）", "（是/否）")
    static let personHint = l("(number or name, several with commas; \"none\" for nobody)", "（输入编号或姓名，多人用逗号；没有就输入“没有”）", "（輸入編號或姓名，多人用逗號；沒有就輸入「沒有」）")
    static let freeHint = l("(your own words; /skip to skip)", "（用自己的话回答；/skip 跳过）", "（用自己的話回答；/skip 略過）")
    static let enterConfirms = l("Press Enter to confirm what the account file says.", "直接按 Enter 确认档案里的记录。", "直接按 Enter 確認檔案裡的記錄。")
    static func rolesUnknown(_ names: String) -> LocalizedText {
        l("Buying role not known yet: \(names).", "购买角色还不清楚：\(names)。", "採購角色還不清楚：\(names)。")
    }
    static let enterKeeps = l("Press Enter to keep your answer.", "直接按 Enter 保留原来的回答。", "直接按 Enter 保留原來的回答。")
    static let blockHeading = l(
        "What the account file and your earlier preps already say:", "客户档案和你以前的准备里已经有的：", "客戶檔案和你以前的準備裡已經有的：")
    static let blockHint = l(
        "All still true? Press Enter to confirm them all, or type the numbers to change (e.g. 2 5); /skip asks every question.",
        "都还对吗？直接按 Enter 全部确认，或输入要修改的编号（例如 2 5）；/skip 则逐题问。",
        "都還對嗎？直接按 Enter 全部確認，或輸入要修改的編號（例如 2 5）；/skip 則逐題問。")
    static func blockAgain(_ count: Int) -> LocalizedText {
        l("Press Enter if all is still true, or type numbers from 1 to \(count).",
          "都对就直接按 Enter，要改就输入 1 到 \(count) 的编号。",
          "都對就直接按 Enter，要改就輸入 1 到 \(count) 的編號。")
    }
    static func blockConfirmed(_ confirmed: Int, _ left: Int) -> LocalizedText {
        l("\(confirmed) answer(s) confirmed; \(left) question(s) to go.",
          "已确认 \(confirmed) 题；还有 \(left) 题。",
          "已確認 \(confirmed) 題；還有 \(left) 題。")
    }
    static func lastTime(_ question: String, _ answer: String) -> LocalizedText {
        l("Last time you answered “\(question)”: \(answer)", "上次你对“\(question)”的回答：\(answer)", "上次你對「\(question)」的回答：\(answer)")
    }
    static func carried(_ id: String, _ question: String, _ answer: String, from source: String) -> LocalizedText {
        l("Also noted for \(id) (“\(question)”): \(answer), as you answered \(source).",
          "\(id)“\(question)”也记为：\(answer)（同 \(source) 的回答）。",
          "\(id)「\(question)」也記為：\(answer)（同 \(source) 的回答）。")
    }
    static func pausedOffer(_ daysAgo: Int, _ number: Int, _ total: Int) -> LocalizedText {
        let en = daysAgo == 0 ? "today" : daysAgo == 1 ? "yesterday" : "\(daysAgo) days ago"
        let hans = daysAgo == 0 ? "今天" : daysAgo == 1 ? "昨天" : "\(daysAgo) 天前"
        return l("You have a prep from \(en) paused at question \(number) of \(total): /resume continues it, or /prep new starts afresh.",
                 "你有一次\(hans)暂停的准备，停在第 \(number)/\(total) 题：/resume 继续，或 /prep new 重新开始。",
                 "你有一次\(hans)暫停的準備，停在第 \(number)/\(total) 題：/resume 繼續，或 /prep new 重新開始。")
    }
    static func abandoned(_ daysAgo: Int) -> LocalizedText {
        l("A prep paused \(daysAgo) days ago is too old to continue; it is kept as abandoned.",
          "一次 \(daysAgo) 天前暂停的准备已经太旧，不再继续，已标为放弃（内容保留）。",
          "一次 \(daysAgo) 天前暫停的準備已經太舊，不再繼續，已標為放棄（內容保留）。")
    }
    static let replaced = l(
        "The paused prep is kept as abandoned; starting afresh.", "暂停的那次准备已标为放弃（内容保留），重新开始。", "暫停的那次準備已標為放棄（內容保留），重新開始。")
    static let fileSaysNo = l("The account file says: no.", "客户档案的记录：没有。", "客戶檔案的記錄：沒有。")
    static let fileNamesNobody = l("The account file names nobody.", "客户档案里没有记录任何人。", "客戶檔案裡沒有記錄任何人。")
    static func fileMissesRoles(_ roles: String) -> LocalizedText {
        l("The account file has nobody for: \(roles).", "客户档案里还缺：\(roles)。", "客戶檔案裡還缺：\(roles)。")
    }
    static let notYesNo = l("Please answer yes or no (y/n, 是/否).", "请回答是或否（y/n、是/否、有/没有）。", "請回答是或否（y/n、是/否、有/沒有）。")
    static let notPerson = l("Please give a number or a name from the list, or \"none\".", "请输入名单里的编号或姓名，或“没有”。", "請輸入名單裡的編號或姓名，或「沒有」。")
    static let emptyAnswer = l("Type an answer, or /skip.", "请输入回答，或 /skip 跳过。", "請輸入回答，或 /skip 略過。")
    static func notInFile(_ names: String) -> LocalizedText {
        l("Noted; \(names) is not in the account file yet: add them after the visit.", "已记下；\(names) 还不在客户档案里，拜访后记得补上。", "已記下；\(names) 還不在客戶檔案裡，拜訪後記得補上。")
    }
    static let atFirst = l("This is the first question.", "这已经是第一题。", "這已經是第一題。")
    static let backTo = l("Back to the previous question; your answer was:", "回到上一题；你原来的回答：", "回到上一題；你原來的回答：")
    static let askAgain = l("Back to the self-check:", "回到自问自答：", "回到自問自答：")
    static let notNow = l("Finish this session first, /cancel it, or press Ctrl-C to pause it.", "请先完成这次准备、/cancel 取消，或按 Ctrl-C 暂停。", "請先完成這次準備、/cancel 取消，或按 Ctrl-C 暫停。")
    static let cancelled = l("Session cancelled; the answers given so far stay recorded.", "已取消；已回答的内容仍保存着。", "已取消；已回答的內容仍保存著。")
    static func paused(_ number: Int, _ total: Int) -> LocalizedText {
        l("Paused at question \(number) of \(total). /resume continues, also after quitting.",
          "已暂停在第 \(number)/\(total) 题。用 /resume 继续，退出后也可以。",
          "已暫停在第 \(number)/\(total) 題。用 /resume 繼續，離開後也可以。")
    }
    static let nothingToResume = l("No paused session to resume. Start one with /prep ID.", "没有可继续的准备。用 /prep 编号 开始。", "沒有可繼續的準備。用 /prep 編號 開始。")
    static func resuming(_ account: Account, _ answered: Int) -> LocalizedText {
        l("Resuming the session for \(account.name): \(answered) answer(s) so far.", "继续\(inline(account.name))的准备：已回答 \(answered) 题。", "繼續\(inline(account.name))的準備：已回答 \(answered) 題。")
    }
    static let summaryHeading = l("Your answers", "你的回答", "你的回答")
    static let summaryHint = l("Type a number to change that answer, or press Enter (or \"ok\") to finish.", "输入编号修改该题，或直接按 Enter（或“好”）完成。", "輸入編號修改該題，或直接按 Enter（或「好」）完成。")
    static let forAccount = l("the account", "整个客户", "整個客戶")
    static func outlineReady(_ count: Int, _ id: String) -> LocalizedText {
        l("Your question outline has \(count) questions: /outline shows them; `coach outline \(id) --format md` prints a pocket card.",
          "问话提纲共 \(count) 个问题：/outline 查看；`coach outline \(id) --format md` 可打印成口袋卡。",
          "問話提綱共 \(count) 個問題：/outline 查看；`coach outline \(id) --format md` 可印成口袋卡。")
    }
    static let saved = l("Session saved. Good luck with the visit.", "本次准备已保存。拜访顺利！", "本次準備已儲存。拜訪順利！")
    static let outlineHeading = l("Question outline", "问话提纲", "問話提綱")
    static let generalQuestions = l("About the account", "关于整个客户", "關於整個客戶")
    static let fromFileOnly = l("(from the account file; run /prep to include your answers)", "（只根据客户档案；做一次 /prep 会加入你的回答）", "（只根據客戶檔案；做一次 /prep 會加入你的回答）")
    static let noStrategies = l("No strategy applies beyond the basics: prepare your outline and the five self-checks.", "除了基本功（提纲和五个自问自答），没有特别的策略。", "除了基本功（提綱和五個自問自答），沒有特別的策略。")
    static let whyHeading = l("Why this is asked", "为什么要问这个", "為什麼要問這個")
}
