public import CoachCore

/// A slash command of the REPL: its name, what its argument completes to, and its help.
public struct CommandSpec: Sendable {
    /// What Tab offers after the command name.
    public enum Argument: Sendable {
        case none, account, language, command, rule, file, card
        /// `list`, `next` or a lesson number.
        case lesson
        /// A topic or area that has quiz questions.
        case quizTopic
    }

    public var name: String
    public var aliases: [String]
    public var argument: Argument
    public var usage: String
    public var summary: LocalizedText
    public var detail: LocalizedText

    public init(_ name: String, aliases: [String] = [], argument: Argument = .none, usage: String? = nil, summary: LocalizedText, detail: LocalizedText) {
        self.name = name
        self.aliases = aliases
        self.argument = argument
        self.usage = usage ?? name
        self.summary = summary
        self.detail = detail
    }
}

extension CommandSpec {
    /// Every command the REPL understands, in the order `/help` lists them.
    public static let all: [CommandSpec] = [
        CommandSpec(
            "/help", aliases: ["/?"], argument: .command, usage: "/help [COMMAND]",
            summary: LocalizedText(en: "list commands, or explain one", zhHans: "列出命令，或说明某个命令", zhHant: "列出指令，或說明某個指令"),
            detail: LocalizedText(
                en: "/help lists every command with one line each. /help /open (or /help open) explains one command. Anything you type without a leading / is a question for the coach.",
                zhHans: "/help 列出所有命令，每个一行。/help /open（或 /help open）说明单个命令。不以 / 开头的输入都当作向教练提问。",
                zhHant: "/help 列出所有指令，每個一行。/help /open（或 /help open）說明單一指令。不以 / 開頭的輸入都當作向教練提問。")),
        CommandSpec(
            "/topics",
            summary: LocalizedText(en: "what the coach can answer, by topic", zhHans: "教练能回答的主题", zhHant: "教練能回答的主題"),
            detail: LocalizedText(
                en: "Lists the topics of the method the coach knows, grouped by area. Ask about any of them in your own words.",
                zhHans: "按领域列出教练掌握的方法主题。用你自己的话问其中任何一个都可以。",
                zhHant: "依領域列出教練掌握的方法主題。用你自己的話問其中任何一個都可以。")),
        CommandSpec(
            "/more",
            summary: LocalizedText(en: "the whole rule behind the last answer", zhHans: "上一个回答的完整规则", zhHant: "上一個回答的完整規則"),
            detail: LocalizedText(
                en: "Answers are short: what to do. /more shows the whole rule: why it works, an example and common mistakes.",
                zhHans: "回答只给要点（怎么做）。/more 显示完整规则：为什么、举例和常见误区。",
                zhHant: "回答只給重點（怎麼做）。/more 顯示完整規則：為什麼、舉例和常見誤區。")),
        CommandSpec(
            "/source",
            summary: LocalizedText(en: "the file of the rule behind the last answer", zhHans: "上一个回答所依据的规则原文", zhHant: "上一個回答所依據的規則原文"),
            detail: LocalizedText(
                en: "/source prints the corpus file the last answer (or /rule, /more) comes from, as it is written: front matter and the three languages.",
                zhHans: "/source 原样打印上一个回答（或 /rule、/more）所依据的语料库文件：前言和三种语言的正文。",
                zhHant: "/source 原樣印出上一個回答（或 /rule、/more）所依據的語料庫檔案：前言和三種語言的正文。")),
        CommandSpec(
            "/rule", argument: .rule, usage: "/rule ID",
            summary: LocalizedText(en: "show one rule of the corpus in full", zhHans: "完整显示语料库中的一条规则", zhHant: "完整顯示語料庫中的一條規則"),
            detail: LocalizedText(
                en: "/rule ID shows a rule by its id (Tab completes ids), with the file it comes from.",
                zhHans: "/rule ID 按编号显示规则（Tab 可补全编号），并注明来源文件。",
                zhHant: "/rule ID 依編號顯示規則（Tab 可補全編號），並註明來源檔案。")),
        CommandSpec(
            "/card", argument: .card, usage: "/card [ID]",
            summary: LocalizedText(en: "print a pocket card (self-checks, the \"they don't know\" principle, role strategies)", zhHans: "打印口袋卡（五个自问自答、不知道原则、角色策略）", zhHant: "列印口袋卡（五個自問自答、不知道原則、角色策略）"),
            detail: LocalizedText(
                en: "/card lists the pocket cards; /card ID prints one, ready to copy or print.",
                zhHans: "/card 列出口袋卡；/card ID 打印其中一张，可直接复制或打印。",
                zhHant: "/card 列出口袋卡；/card ID 印出其中一張，可直接複製或列印。")),
        CommandSpec(
            "/accounts",
            summary: LocalizedText(en: "list the accounts in the store", zhHans: "列出库里的客户", zhHant: "列出資料庫裡的客戶"),
            detail: LocalizedText(
                en: "Lists every account with its id, name and owner. Import files with /account import FILE or `coach account import`.",
                zhHans: "列出所有客户的编号、名称和负责人。用 /account import 文件 或 `coach account import` 导入。",
                zhHant: "列出所有客戶的編號、名稱和負責人。用 /account import 檔案 或 `coach account import` 匯入。")),
        CommandSpec(
            "/account", argument: .file, usage: "/account import FILE...",
            summary: LocalizedText(en: "import or update account files", zhHans: "导入或更新客户档案", zhHant: "匯入或更新客戶檔案"),
            detail: LocalizedText(
                en: "/account import FILE... checks every file first; if any has an error, nothing is imported and each error names the file, line and what is allowed. A re-import keeps the previous version.",
                zhHans: "/account import 文件... 先检查所有文件；只要有一个出错就全部不导入，并指出文件、行号和允许的值。重新导入会保留旧版本。",
                zhHant: "/account import 檔案... 先檢查所有檔案；只要有一個出錯就全部不匯入，並指出檔案、行號和允許的值。重新匯入會保留舊版本。")),
        CommandSpec(
            "/open", argument: .account, usage: "/open ID",
            summary: LocalizedText(en: "make an account current (the prompt shows it)", zhHans: "打开一个客户（提示符会显示）", zhHant: "開啟一個客戶（提示字元會顯示）"),
            detail: LocalizedText(
                en: "/open ID makes the account current: answers then name its people, and /flags and /chart work on it. Tab completes account ids.",
                zhHans: "/open ID 打开客户：之后的回答会点出其中的人，/flags 和 /chart 也作用于它。Tab 可补全客户编号。",
                zhHant: "/open ID 開啟客戶：之後的回答會點出其中的人，/flags 和 /chart 也作用於它。Tab 可補全客戶編號。")),
        CommandSpec(
            "/close",
            summary: LocalizedText(en: "close the current account", zhHans: "关闭当前客户", zhHant: "關閉目前客戶"),
            detail: LocalizedText(en: "/close leaves the current account.", zhHans: "/close 离开当前客户。", zhHant: "/close 離開目前客戶。")),
        CommandSpec(
            "/flags",
            summary: LocalizedText(en: "risk flags of the current account", zhHans: "当前客户的风险提示", zhHant: "目前客戶的風險提示"),
            detail: LocalizedText(
                en: "/flags lists what the coach notices in the current account (missing roles, an unmet decision maker, new faces…), most urgent first, with what to do next.",
                zhHans: "/flags 列出当前客户的风险（缺角色、没见过决策者、新面孔……），最急的在前，并说明下一步。",
                zhHant: "/flags 列出目前客戶的風險（缺角色、沒見過決策者、新面孔……），最急的在前，並說明下一步。")),
        CommandSpec(
            "/chart",
            summary: LocalizedText(en: "the org chart of the current account, by buying role", zhHans: "当前客户的组织架构图（按采购角色）", zhHant: "目前客戶的組織架構圖（依採購角色）"),
            detail: LocalizedText(
                en: "/chart draws who reports to whom, each buying role in its own colour and letter, with influence, support and contact.",
                zhHans: "/chart 画出汇报关系，每个采购角色用不同颜色和字母标示，并注明影响度、支持度和接触度。",
                zhHant: "/chart 畫出匯報關係，每個採購角色用不同顏色和字母標示，並註明影響度、支持度和接觸度。")),
        CommandSpec(
            "/prep", argument: .account, usage: "/prep [ID]",
            summary: LocalizedText(en: "prepare the next contact: the five self-checks, strategies, question outline", zhHans: "准备下一次沟通：五个自问自答、策略、问话提纲", zhHant: "準備下一次溝通：五個自問自答、策略、問話提綱"),
            detail: LocalizedText(
                en: "/prep ID (or /prep for the open account) briefs you on the account, then asks the five self-check questions one at a time, made concrete from the account file. During the session: /back changes the previous answer, /skip, /why explains the question, /repeat, /cancel; a question typed instead of an answer is answered and the same question asked again. Every answer is saved as you give it; Ctrl-C pauses and /resume continues, even after quitting. At the end: a summary to confirm or edit, the strategies for each person, and your question outline.",
                zhHans: "/prep 编号（或对已打开的客户直接 /prep）先简报客户情况，再结合客户档案逐题问五个自问自答。过程中：/back 修改上一题，/skip 跳过，/why 说明为什么问，/repeat 重复，/cancel 取消；回答时如果输入的是问题，教练会先回答再重问同一题。每个回答输入即保存；Ctrl-C 暂停，/resume 继续（退出后也可以）。最后：确认或修改回答汇总，给出针对每个人的策略和问话提纲。",
                zhHant: "/prep 編號（或對已開啟的客戶直接 /prep）先簡報客戶情況，再結合客戶檔案逐題問五個自問自答。過程中：/back 修改上一題，/skip 略過，/why 說明為什麼問，/repeat 重複，/cancel 取消；回答時如果輸入的是問題，教練會先回答再重問同一題。每個回答輸入即儲存；Ctrl-C 暫停，/resume 繼續（離開後也可以）。最後：確認或修改回答彙整，給出針對每個人的策略和問話提綱。")),
        CommandSpec(
            "/resume", argument: .account, usage: "/resume [ID]",
            summary: LocalizedText(en: "continue a paused coaching session", zhHans: "继续暂停的准备", zhHant: "繼續暫停的準備"),
            detail: LocalizedText(
                en: "/resume continues the newest unfinished /prep session (of the open account, or of ID), with every answer given so far.",
                zhHans: "/resume 继续最近一次没做完的 /prep（当前客户或指定编号），之前的回答都在。",
                zhHant: "/resume 繼續最近一次沒做完的 /prep（目前客戶或指定編號），之前的回答都在。")),
        CommandSpec(
            "/strategies",
            summary: LocalizedText(en: "strategies for each person of the open account", zhHans: "当前客户每个人的策略", zhHant: "目前客戶每個人的策略"),
            detail: LocalizedText(
                en: "/strategies lists the strategy rules that apply to the open account, person by person, most urgent first (after /prep, your answers count too).",
                zhHans: "/strategies 按人列出适用于当前客户的策略，最急的在前（做过 /prep 后也会考虑你的回答）。",
                zhHant: "/strategies 依人列出適用於目前客戶的策略，最急的在前（做過 /prep 後也會考慮你的回答）。")),
        CommandSpec(
            "/outline",
            summary: LocalizedText(en: "the question outline for the open account", zhHans: "当前客户的问话提纲", zhHant: "目前客戶的問話提綱"),
            detail: LocalizedText(
                en: "/outline shows up to sixty questions to carry to the next contact, grouped by person, the most important first. `coach outline ID --format md` prints it as a pocket card.",
                zhHans: "/outline 显示最多六十个问题，按人分组，重要的在前，带去下次沟通。`coach outline 编号 --format md` 可打印成口袋卡。",
                zhHant: "/outline 顯示最多六十個問題，依人分組，重要的在前，帶去下次溝通。`coach outline 編號 --format md` 可印成口袋卡。")),
        CommandSpec(
            "/log", argument: .account, usage: "/log [ID]",
            summary: LocalizedText(en: "log a visit: who you met, what was said, issues, next steps", zhHans: "记录拜访：见了谁、谈了什么、问题、下一步", zhHant: "記錄走訪：見了誰、談了什麼、問題、下一步"),
            detail: LocalizedText(
                en: "/log (for the open account, or /log ID) asks briefly for the date, who you met, what was discussed, the customer's opinions and suggestions, the issues raised (one per line, \"| department | due date\" optional; each becomes a follow-up you own), your commitments and next steps, and which outline questions you asked and what you learnt. A summary lets you change any part before saving. Each answer is kept as you give it: if the coach stops (Ctrl-C, a crash) before you save, /log on the same account continues where you left off, and /cancel drops it. If you met someone the account file marks as not met, or someone new, the coach offers to update the account. `coach journal` lists the logs; `coach journal edit N` changes one and keeps the earlier text.",
                zhHans: "/log（针对当前客户，或 /log 编号）简短地问：日期、见了谁、谈了什么、客户的意见和建议、提出的问题（每行一个，可加“| 部门 | 期限”，每个都会成为你负责的跟进事项）、你的承诺和下一步、问了哪些提纲问题以及了解到什么。保存前会显示汇总，可以修改任何一项。每个回答一输入就会保留：还没保存教练就停了（Ctrl-C 或程序崩溃），对同一个客户再输入 /log 就能接着写，/cancel 则放弃。如果见到了档案里标为没见过的人或新面孔，教练会问你要不要更新客户档案。`coach journal` 列出所有记录；`coach journal edit 编号` 修改记录并保留原文。",
                zhHant: "/log（針對目前客戶，或 /log 編號）簡短地問：日期、見了誰、談了什麼、客戶的意見和建議、提出的問題（每行一個，可加「| 部門 | 期限」，每個都會成為你負責的追蹤事項）、你的承諾和下一步、問了哪些提綱問題以及了解到什麼。儲存前會顯示彙整，可以修改任何一項。每個回答一輸入就會保留：還沒儲存教練就停了（Ctrl-C 或程式當掉），對同一個客戶再輸入 /log 就能接著寫，/cancel 則放棄。如果見到了檔案裡標為沒見過的人或新面孔，教練會問你要不要更新客戶檔案。`coach journal` 列出所有記錄；`coach journal edit 編號` 修改記錄並保留原文。")),
        CommandSpec(
            "/followups", usage: "/followups [all|N STATUS]",
            summary: LocalizedText(en: "your customers' issues still to follow up, overdue first", zhHans: "你要跟进的客户问题，逾期的在前", zhHant: "你要追蹤的客戶問題，逾期的在前"),
            detail: LocalizedText(
                en: "/followups lists the issues you own that the customer has not yet been told the result of, overdue first (due date, or {overdue-days} days after being raised). /followups all lists everyone's, closed ones too; --overdue, --who NAME and --account ID narrow the list. /followups N STATUS moves one on: open → in-progress → resolved → customer-informed; it is closed only once the customer is informed (--department, --due and --owner pass it on or set its date). The options are those of `coach followups`.",
                zhHans: "/followups 列出由你负责、还没告知客户结果的问题，逾期的在前（按期限；没设期限的按提出后 {overdue-days} 天算）。/followups all 列出所有人的，连已结案的一起；--overdue、--who 姓名、--account 编号 缩小范围。/followups 编号 状态 更新进度：未处理 → 处理中 → 已解决 → 已告知客户；告知客户后才算结案（--department、--due、--owner 可转交部门、设期限、换负责人）。选项和 `coach followups` 相同。",
                zhHant: "/followups 列出由你負責、還沒告知客戶結果的問題，逾期的在前（依期限；沒設期限的以提出後 {overdue-days} 天計）。/followups all 列出所有人的，連已結案的一起；--overdue、--who 姓名、--account 編號 縮小範圍。/followups 編號 狀態 更新進度：未處理 → 處理中 → 已解決 → 已告知客戶；告知客戶後才算結案（--department、--due、--owner 可轉交部門、設期限、換負責人）。選項和 `coach followups` 相同。")),
        CommandSpec(
            "/review", usage: "/review [PERIOD] [--who NAME]",
            summary: LocalizedText(en: "for managers: review and verify visit logs and coaching sessions", zhHans: "主管用：审核拜访记录和拜访准备", zhHant: "主管用：審核走訪記錄和拜訪準備"),
            detail: LocalizedText(
                en: "/review lists this month's visit logs and coaching sessions (or /review last month, /review 2026-Q4, --who NAME). /review show log|session N shows one in full: answers, flags at the time, strategies, outline, or the visit log with its follow-ups. /review verify log|session N COMMENT [--by NAME] marks it verified; the salesperson sees your comment. A verified log is locked: later edits become new versions and the verified one is kept.",
                zhHans: "/review 列出本月的拜访记录和拜访准备（也可以 /review last month、/review 2026-Q4、--who 姓名）。/review show log|session 编号 查看详情：回答、当时的风险提示、策略、提纲，或拜访记录及其跟进事项。/review verify log|session 编号 评语 [--by 姓名] 标为已审核，业务员会看到你的评语。审核过的记录会锁定：之后的修改成为新版本，审核过的版本原样保留。",
                zhHant: "/review 列出本月的走訪記錄和拜訪準備（也可以 /review last month、/review 2026-Q4、--who 姓名）。/review show log|session 編號 查看詳情：回答、當時的風險提示、策略、提綱，或走訪記錄及其追蹤事項。/review verify log|session 編號 評語 [--by 姓名] 標為已審核，業務員會看到你的評語。審核過的記錄會鎖定：之後的修改成為新版本，審核過的版本原樣保留。")),
        CommandSpec(
            "/comments",
            summary: LocalizedText(en: "read your manager's new comments", zhHans: "查看主管的新评语", zhHant: "查看主管的新評語"),
            detail: LocalizedText(
                en: "/comments shows the comments your manager left when verifying your visit logs and coaching sessions, then marks them read. When you open the coach, it says how many are new.",
                zhHans: "/comments 显示主管审核你的拜访记录和拜访准备时留下的评语，并标为已读。打开教练时会提示有几条新评语。",
                zhHant: "/comments 顯示主管審核你的走訪記錄和拜訪準備時留下的評語，並標為已讀。開啟教練時會提示有幾則新評語。")),
        CommandSpec(
            "/today",
            summary: LocalizedText(en: "today's agenda: birthdays, festivals, visits due, follow-ups", zhHans: "今天的日程：生日、节日、该拜访的客户、跟进事项", zhHant: "今天的日程：生日、節日、該拜訪的客戶、追蹤事項"),
            detail: LocalizedText(
                en: "/today lists, most urgent first: today's birthdays (call them), the week's birthdays (MMS + flowers), festivals in the coming two weeks, accounts due or overdue for a visit by their tier, overdue follow-ups, paused preps and unread comments. The coach opens with two lines of it. Visit intervals per tier are in corpus/care/cadence.yaml; the last visit comes from your visit logs. From the shell: coach today [--date D] [--json].",
                zhHans: "/today 按紧急程度列出：今天生日的人（打电话问候）、本周生日（彩信加鲜花）、两周内的节日、按分级该拜访或已逾期的客户、逾期的跟进事项、暂停的准备和未读评语。打开教练时先显示两行摘要。各级拜访间隔在 corpus/care/cadence.yaml，上次拜访取自你的拜访记录。命令行：coach today [--date D] [--json]。",
                zhHant: "/today 依緊急程度列出：今天生日的人（打電話問候）、本週生日（彩信加鮮花）、兩週內的節日、依分級該拜訪或已逾期的客戶、逾期的追蹤事項、暫停的準備和未讀評語。開啟教練時先顯示兩行摘要。各級拜訪間隔在 corpus/care/cadence.yaml，上次拜訪取自你的走訪記錄。命令列：coach today [--date D] [--json]。")),
        CommandSpec(
            "/why",
            summary: LocalizedText(en: "during /prep: why this question is asked", zhHans: "准备中：为什么问这一题", zhHant: "準備中：為什麼問這一題"),
            detail: LocalizedText(en: "/why shows the rule behind the current self-check question, then asks it again.", zhHans: "/why 显示当前自问自答背后的规则，然后重问。", zhHant: "/why 顯示目前自問自答背後的規則，然後重問。")),
        CommandSpec(
            "/back",
            summary: LocalizedText(en: "during /prep: change the previous answer", zhHans: "准备中：修改上一题", zhHant: "準備中：修改上一題"),
            detail: LocalizedText(en: "/back returns to the previous question and shows your answer; answer again to change it.", zhHans: "/back 回到上一题并显示原来的回答；重新回答即可修改。", zhHant: "/back 回到上一題並顯示原來的回答；重新回答即可修改。")),
        CommandSpec(
            "/skip",
            summary: LocalizedText(en: "during /prep: skip this question", zhHans: "准备中：跳过这一题", zhHant: "準備中：略過這一題"),
            detail: LocalizedText(en: "/skip moves on without an answer; the summary shows it as skipped.", zhHans: "/skip 不回答直接下一题；汇总里会标为跳过。", zhHant: "/skip 不回答直接下一題；彙整裡會標為略過。")),
        CommandSpec(
            "/repeat",
            summary: LocalizedText(en: "during /prep: ask the question again", zhHans: "准备中：重问这一题", zhHant: "準備中：重問這一題"),
            detail: LocalizedText(en: "/repeat shows the current question again.", zhHans: "/repeat 再显示一次当前问题。", zhHant: "/repeat 再顯示一次目前問題。")),
        CommandSpec(
            "/cancel",
            summary: LocalizedText(en: "during /prep: abandon the session (answers stay recorded)", zhHans: "准备中：放弃本次准备（已答内容保留）", zhHant: "準備中：放棄本次準備（已答內容保留）"),
            detail: LocalizedText(en: "/cancel ends the session without strategies or outline; what you answered stays in the store.", zhHans: "/cancel 结束本次准备，不生成策略和提纲；已回答的内容仍保存在库里。", zhHant: "/cancel 結束本次準備，不產生策略和提綱；已回答的內容仍儲存在資料庫裡。")),
        CommandSpec(
            "/learn", argument: .lesson, usage: "/learn [next|list|N]",
            summary: LocalizedText(en: "the method course: the next lesson, screen by screen", zhHans: "方法课程：逐页学习下一课", zhHant: "方法課程：逐頁學習下一課"),
            detail: LocalizedText(
                en: "/learn (or /learn next) opens the next lesson you have not done: press Enter for each page, then answer its questions. /learn list shows every lesson with a done mark; /learn N opens lesson N. Ask a question while reading and the coach answers it; /cancel leaves the lesson.",
                zhHans: "/learn（或 /learn next）打开下一节没学过的课：每页按 Enter 继续，最后回答本课的练习题。/learn list 列出所有课程并标出已学的；/learn 编号 打开指定的课。阅读时可以随时提问；/cancel 退出本课。",
                zhHant: "/learn（或 /learn next）開啟下一堂沒學過的課：每頁按 Enter 繼續，最後回答本課的練習題。/learn list 列出所有課程並標出已學的；/learn 編號 開啟指定的課。閱讀時可以隨時提問；/cancel 離開本課。")),
        CommandSpec(
            "/quiz", argument: .quizTopic, usage: "/quiz [TOPIC|AREA]",
            summary: LocalizedText(en: "five questions on the method; what you missed comes back", zhHans: "五道方法测验题，答错的会再出现", zhHant: "五道方法測驗題，答錯的會再出現"),
            detail: LocalizedText(
                en: "/quiz asks five questions from the corpus: those due for review first, then new ones. /quiz strategy.coach-cultivation keeps to one topic, /quiz personality to one area. Answer choices by number and open questions in your own words; each answer shows the model answer and its rule. A wrong answer is asked again later in the quiz and is due for review the next day (Leitner boxes: 0, 1, 3, 7, 14 days). /skip if you don't know; /cancel stops.",
                zhHans: "/quiz 从语料库出五道题：先出到期该复习的，再出新题。/quiz strategy.coach-cultivation 只考一个主题，/quiz personality 只考一个领域。选择题输入编号，问答题用自己的话回答；每题都会给出参考答案和对应规则。答错的题在本次测验稍后会再问一次，第二天也会再来复习（莱特纳卡片盒：0、1、3、7、14 天）。不会就 /skip；/cancel 停止。",
                zhHant: "/quiz 從語料庫出五道題：先出到期該複習的，再出新題。/quiz strategy.coach-cultivation 只考一個主題，/quiz personality 只考一個領域。選擇題輸入編號，問答題用自己的話回答；每題都會附上參考答案和對應規則。答錯的題在本次測驗稍後會再問一次，隔天也會再來複習（萊特納卡片盒：0、1、3、7、14 天）。不會就 /skip；/cancel 停止。")),
        CommandSpec(
            "/drill", argument: .account, usage: "/drill [ID]",
            summary: LocalizedText(en: "practise on an account: name its risks, pick strategies, get scored", zhHans: "拿客户演练：找风险、选策略、看得分", zhHant: "拿客戶演練：找風險、選策略、看得分"),
            detail: LocalizedText(
                en: "/drill shows an account from the store (or /drill ID): you name the risks you see and pick the strategies that fit. The coach compares your picks with the risk flags and strategies it derives, scores precision and recall, and explains every miss with its rule.",
                zhHans: "/drill 从库里挑一个客户（或 /drill 编号）：你找出看到的风险，再挑出适用的策略。教练把你的选择和它推导出的风险提示、策略对照，给出准确率和召回率，并用对应规则解释每一个遗漏。",
                zhHant: "/drill 從資料庫挑一個客戶（或 /drill 編號）：你找出看到的風險，再挑出適用的策略。教練把你的選擇和它推導出的風險提示、策略對照，給出準確率和召回率，並用對應規則解釋每一個遺漏。")),
        CommandSpec(
            "/progress",
            summary: LocalizedText(en: "your training: lessons done, scores per topic, weak topics, reviews due", zhHans: "学习进度：已学课程、各主题成绩、薄弱主题、待复习", zhHant: "學習進度：已學課程、各主題成績、弱項主題、待複習"),
            detail: LocalizedText(
                en: "/progress shows the lessons you have done, your share of right answers per topic, your weakest topics, how many questions are due for review, and your drill scores. `coach progress --json` prints the same for scripts.",
                zhHans: "/progress 显示已学的课程、各主题的答对率、最薄弱的主题、待复习的题数和演练得分。`coach progress --json` 以 JSON 输出同样的内容。",
                zhHant: "/progress 顯示已學的課程、各主題的答對率、最弱的主題、待複習的題數和演練得分。`coach progress --json` 以 JSON 輸出同樣的內容。")),
        CommandSpec(
            "/lang", argument: .language, usage: "/lang [en|zh-Hans|zh-Hant]",
            summary: LocalizedText(en: "switch the interface language", zhHans: "切换界面语言", zhHant: "切換介面語言"),
            detail: LocalizedText(
                en: "/lang zh-Hans, /lang zh-Hant or /lang en switches the language; /lang alone shows the current one. Questions are answered in the language they are asked in.",
                zhHans: "/lang zh-Hans、/lang zh-Hant 或 /lang en 切换语言；只输入 /lang 显示当前语言。问题用什么语言问，就用什么语言回答。",
                zhHant: "/lang zh-Hans、/lang zh-Hant 或 /lang en 切換語言；只輸入 /lang 顯示目前語言。問題用什麼語言問，就用什麼語言回答。")),
        CommandSpec(
            "/quit", aliases: ["/exit", "/q"],
            summary: LocalizedText(en: "leave the session (Ctrl-D works too)", zhHans: "结束会话（也可按 Ctrl-D）", zhHant: "結束對話（也可按 Ctrl-D）"),
            detail: LocalizedText(
                en: "/quit ends the session. Everything you answered is already saved.",
                zhHans: "/quit 结束会话。你回答过的内容都已保存。",
                zhHant: "/quit 結束對話。你回答過的內容都已儲存。")),
    ]

    /// The command named `name` (with or without the slash, or an alias).
    public static func find(_ name: String) -> CommandSpec? {
        let key = name.hasPrefix("/") ? name.lowercased() : "/" + name.lowercased()
        return all.first { $0.name == key || $0.aliases.contains(key) }
    }
}
