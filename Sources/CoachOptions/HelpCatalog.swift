// The command line's help in Traditional Chinese, keyed by the English text in the commands'
// source (Simplified is derived: HelpText.simplified). A help text missing here shows in English;
// CommandLineHelpTests fails on any English left in the Chinese help.

public enum HelpCatalog {
    public static let zhHant: [String: String] = [
        "The period in words (last month, 2026-Q4, 上個月); the same as --period.":
            "用文字寫的期間（last month、2026-Q4、上個月）；和 --period 相同。",
        "The comment in words; the same as --comment.":
            "直接寫出的評語；和 --comment 相同。",
        "The new status in words; the same as --status.":
            "直接寫出的新狀態；和 --status 相同。",
        "'all': the same as --all.":
            "'all'（或「全部」）：和 --all 相同。",
        "Draw the account's org chart: reports-to tree with buying roles, influence, support and contact.":
            "畫出客戶的組織架構圖：上下級樹狀圖，標出採購角色、影響力、支持度和接觸程度。",
        "An account id in the store, or an account file.":
            "資料庫裡的客戶編號，或一個客戶檔案。",
        "txt, dot or svg.":
            "txt、dot 或 svg。",
        "Write to this file (owner-only, 0600) instead of standard output; - is standard output.":
            "寫入這個檔案（只有本人可讀寫，0600），而不是標準輸出；- 表示標準輸出。",
        "Let -o replace an existing file.":
            "允許 -o 覆蓋已有的檔案。",
        "Import account files and look at accounts: versions, risk flags, the org chart.":
            "匯入客戶檔案並查看客戶：版本、風險提示、組織架構圖。",
        "Show an account's risk flags, most urgent first, each with what to do next.":
            "列出客戶的風險提示，最急的在前，每條附上下一步怎麼做。",
        "The day to judge overdue issues against, YYYY-MM-DD (default: today).":
            "判斷問題是否逾期所依據的日期，YYYY-MM-DD（預設：今天）。",
        "Print the flags as JSON: {\"account\": ID, \"flags\": [{\"id\", \"person\", \"message\"}]}.":
            "以 JSON 輸出風險提示：{\"account\": 編號, \"flags\": [{\"id\", \"person\", \"message\"}]}。",
        "Show an account's versions: when, who, from which file, and what changed.":
            "列出客戶的各個版本：何時、由誰、來自哪個檔案、改了什麼。",
        "The account id.":
            "客戶編號。",
        "Print the history as JSON.":
            "以 JSON 輸出歷史。",
        "Show the merged version proposed after a colleague edited the account at the same time; --accept stores it.":
            "顯示同事同時修改客戶後建議的合併版本；--accept 把它存下來。",
        "Store the proposed version as the account's next version.":
            "把建議的版本存為客戶的下一個版本。",
        "Import or update account files (all are checked first; any error imports nothing).":
            "匯入或更新客戶檔案（先全部檢查；有任何錯誤就什麼都不匯入）。",
        "Account files (YAML).":
            "客戶檔案（YAML）。",
        "Who is importing, recorded with each version (default: $USER).":
            "由誰匯入，記在每個版本上（預設：$USER）。",
        "Print the result as JSON.":
            "以 JSON 輸出結果。",
        "List the accounts in the store: id, name, owner, tier, version, last update.":
            "列出資料庫裡的客戶：編號、名稱、負責人、等級、版本、最後更新。",
        "Print the list as JSON.":
            "以 JSON 輸出清單。",
        "Show an account: its facts, people and open issues.":
            "顯示一個客戶：基本資料、人員和未結問題。",
        "Print the account as JSON.":
            "以 JSON 輸出客戶。",
        "Answer one question from the corpus (in the language it is asked in, or --lang).":
            "用語料庫回答一個問題（用提問的語言，或 --lang 指定的語言）。",
        "Print the answers as JSON.":
            "以 JSON 輸出回答。",
        "How many answers to list in JSON (best first).":
            "JSON 裡列出幾個回答（最相關的在前）。",
        "An account id in the store: names of its people in the question are recognised.":
            "資料庫裡的客戶編號：問題裡提到的該客戶人員會被認出。",
        "The question, in English, Simplified or Traditional Chinese.":
            "問題，可用英文、簡體或繁體中文。",
        "Birthdays in a month (the 1st-of-month list), a week (the Monday check) or a range, solar and lunar.":
            "某月（每月 1 號的名單）、某週（週一核對）或某段期間的生日，含國曆和農曆。",
        "A month, YYYY-MM (default: this month), or this month / next month.":
            "月份，YYYY-MM（預設：本月），或 this month / next month。",
        "The week (Monday to Sunday) of --date or today.":
            "--date 或今天所在的那一週（週一到週日）。",
        "With --week: a day in the week (default: today).":
            "與 --week 一起用：那一週裡的某一天（預設：今天）。",
        "First day of a range, YYYY-MM-DD (with --to).":
            "期間的第一天，YYYY-MM-DD（與 --to 一起用）。",
        "Last day of a range, YYYY-MM-DD.":
            "期間的最後一天，YYYY-MM-DD。",
        "text, md, csv or json.":
            "text、md、csv 或 json。",
        "Same as --format json.":
            "等同 --format json。",
        "An iCalendar file (.ics) of birthdays (lunar ones converted for each year), festivals and visit due dates.":
            "生日（農曆生日逐年換算）、節日和應拜訪日期的 iCalendar 檔案（.ics）。",
        "The file is written owner-only (0600); import it into a phone or desktop calendar. Events keep their UID, so a newer file updates them.":
            "檔案只有本人可讀寫（0600）；匯入手機或電腦的行事曆即可。每個事件保留固定的 UID，新檔案會更新舊事件。",
        "First day, YYYY-MM-DD (default: today).":
            "第一天，YYYY-MM-DD（預設：今天）。",
        "How many months, 1 to 36.":
            "幾個月，1 到 36。",
        "ics (iCalendar, RFC 5545).":
            "ics（iCalendar，RFC 5545）。",
        "Write to this file (owner-only); without it, to standard output.":
            "寫入這個檔案（只有本人可讀寫）；不指定就寫到標準輸出。",
        "Replace the output file if it exists.":
            "輸出檔案已存在時覆蓋它。",
        "The care routine: the month's and week's birthdays (solar and lunar), festival greetings, a calendar file.":
            "客戶關懷的例行工作：本月和本週的生日（國曆和農曆）、節日問候、行事曆檔案。",
        "Whom to greet on a festival or birthday (tier A first), each with a drafted message. The coach never sends: you do.":
            "節日或生日該問候誰（A 級在前），每人附一則草稿。教練不會代發：由你自己發。",
        "The day to greet on, YYYY-MM-DD (default: today).":
            "問候的日期，YYYY-MM-DD（預設：今天）。",
        "Print JSON: {\"date\", \"occasions\", \"greetings\": [{\"account\", \"person\", \"tier\", \"occasion\", \"style\", \"text\"}], \"notes\"}.":
            "以 JSON 輸出：{\"date\", \"occasions\", \"greetings\": [{\"account\", \"person\", \"tier\", \"occasion\", \"style\", \"text\"}], \"notes\"}。",
        "Open the coaching session (the default).":
            "開啟教練對話（預設）。",
        "VisitCoach: prepares key-account salespeople for their next customer contact.":
            "VisitCoach：幫大客戶業務準備下一次與客戶的溝通。",
        "Check the knowledge corpus.":
            "檢查知識語料庫。",
        "Load every corpus file, report errors with file:line:column, then coverage per topic and language.":
            "載入每個語料庫檔案，以 檔案:行:列 報告錯誤，再列出每個主題、每種語言的覆蓋情況。",
        "Print the report as JSON.":
            "以 JSON 輸出報告。",
        "Measure answer quality on a TSV of questions (lang, question, topics; 'none' = out of scope).":
            "用一個問題 TSV 檔衡量回答品質（語言、問題、主題；'none' 表示超出範圍）。",
        "Question files: tab-separated lang, question, comma-separated topics or 'none'.":
            "問題檔：以 Tab 分隔的語言、問題、以逗號分隔的主題或 'none'。",
        "List every miss with what the coach answered.":
            "列出每個答錯的問題和教練的回答。",
        "Override ranking weights for tuning, e.g. asks=3,body=0.5.":
            "調整排序權重，例如 asks=3,body=0.5。",
        "A name for the question set in the report (e.g. tuning, held-out).":
            "報告裡這組問題的名稱（例如 tuning、held-out）。",
        "Also write every question's top ten candidates as JSON lines to this file (for offline experiments).":
            "同時把每個問題的前十個候選以 JSON Lines 寫入這個檔案（供離線實驗）。",
        "Write accounts (every version), coaching sessions, visit logs, follow-ups and verifications as JSON Lines.":
            "以 JSON Lines 匯出客戶（每個版本）、準備記錄、走訪記錄、追蹤事項和審核。",
        "Only entries from this day or period on (e.g. 2026-11-01, this month).":
            "只匯出從這天或這段期間起的記錄（例如 2026-11-01、this month）。",
        "Only this salesperson's sessions, logs and follow-ups.":
            "只匯出這位業務的準備、走訪記錄和追蹤事項。",
        "Follow-ups of customers' issues: list them (overdue first) and move them on.":
            "客戶問題的追蹤事項：列出（逾期的在前）並更新進度。",
        "List follow-ups, overdue first: your open ones, or everyone's with --all.":
            "列出追蹤事項，逾期的在前：你未結的，或加 --all 列出所有人的。",
        "Everyone's follow-ups, closed ones too.":
            "所有人的追蹤事項，包括已結案的。",
        "Only overdue ones.":
            "只列逾期的。",
        "The follow-ups this person owns (default: yours, $USER; with --all: everyone's).":
            "這個人負責的追蹤事項（預設：你的，$USER；加 --all：所有人的）。",
        "Only this account.":
            "只限這個客戶。",
        "Print them as JSON, each with its status history and an \"overdue\" field.":
            "以 JSON 輸出，每項附狀態歷史和 \"overdue\" 欄位。",
        "Move a follow-up on, pass it to a department, or set its due date.":
            "更新追蹤事項的進度、轉給某個部門，或設定期限。",
        "customer-informed is allowed only once the follow-up is resolved. --department '' or --due '' clears them.":
            "追蹤事項解決之後才能設為 customer-informed（已告知客戶）。--department '' 或 --due '' 會清除它們。",
        "The follow-up's number (from 'coach followups') or stable id.":
            "追蹤事項的編號（見 'coach followups'）或固定 id。",
        "open, in-progress, resolved or customer-informed (Chinese terms work too).":
            "open、in-progress、resolved 或 customer-informed（也可用中文：未處理、處理中、已解決、已告知客戶）。",
        "The department it was passed to.":
            "轉交的部門。",
        "The day it should be settled by: YYYY-MM-DD.":
            "應解決的期限：YYYY-MM-DD。",
        "Pass it to another owner.":
            "轉給另一位負責人。",
        "The day the change took effect (default: today).":
            "變更生效的日期（預設：今天）。",
        "Who made the change (default: $USER).":
            "由誰變更（預設：$USER）。",
        "Print the follow-up after the change as JSON.":
            "以 JSON 輸出變更後的追蹤事項。",
        "Interface language: en, zh-Hans or zh-Hant (default: from LC_ALL/LC_MESSAGES/LANG).":
            "介面語言：en、zh-Hans 或 zh-Hant（預設：依 LC_ALL/LC_MESSAGES/LANG）。",
        "The data store (default: $COACH_STORE, else $XDG_DATA_HOME/visitcoach/coach.sqlite).":
            "資料庫檔案（預設：$COACH_STORE，否則 $XDG_DATA_HOME/visitcoach/coach.sqlite）。",
        "The corpus folder (default: $COACH_CORPUS, else the bundled corpus/).":
            "語料庫資料夾（預設：$COACH_CORPUS，否則隨附的 corpus/）。",
        "Import a team export (JSON Lines from 'coach export'); what is already here is kept.":
            "匯入團隊匯出檔（'coach export' 產生的 JSON Lines）；這裡已有的內容都會保留。",
        "Export files (JSON Lines).":
            "匯出檔（JSON Lines）。",
        "Print the counts per type and outcome, and the problems, as JSON.":
            "以 JSON 輸出各類型、各結果的數量和遇到的問題。",
        "Log a visit from the command line; each --issue becomes a follow-up owned by the visitor.":
            "從命令列記錄一次走訪；每個 --issue 都會成為走訪者負責的追蹤事項。",
        "The account visited (its id).":
            "走訪的客戶（編號）。",
        "Who visited (default: $USER).":
            "誰去走訪（預設：$USER）。",
        "The day of the visit: YYYY-MM-DD, today or yesterday (default: today).":
            "走訪日期：YYYY-MM-DD、today 或 yesterday（預設：今天）。",
        "A person met (repeat, or separate with commas).":
            "見到的人（可重複，或用逗號分隔）。",
        "What was discussed.":
            "談了什麼。",
        "The customer's opinions and suggestions.":
            "客戶的意見和建議。",
        "An issue raised: 'TEXT | DEPARTMENT | DUE' (department and due optional; DUE is YYYY-MM-DD or +N days). Repeat for more.":
            "客戶提出的問題：'內容 | 部門 | 期限'（部門和期限可省略；期限為 YYYY-MM-DD 或 +N 天）。多個就重複。",
        "Commitments and next steps.":
            "承諾和下一步。",
        "What was learnt: 'OUTLINE QUESTION => ANSWER' or just the answer. Repeat for more.":
            "了解到的情況：'提綱問題 => 回答'，或只寫回答。多條就重複。",
        "A stable id for the log (default: a new UUID). A name that is not a UUID is kept as the UUID derived from it and still finds the log; adding an id that exists changes nothing.":
            "記錄的固定 id（預設：新的 UUID）。不是 UUID 的名稱會換算成對應的 UUID 保存，仍然找得到這篇記錄；加入已存在的 id 不會有任何改變。",
        "When it was logged, ISO 8601 (default: now).":
            "記錄的時間，ISO 8601（預設：現在）。",
        "Print the stored log and its follow-ups as JSON.":
            "以 JSON 輸出儲存的記錄和它的追蹤事項。",
        "The visit journal: list visit logs, add one from a script, edit one (earlier text is kept).":
            "走訪日誌：列出走訪記錄、從腳本新增一篇、修改一篇（原來的內容會保留）。",
        "Change parts of a visit log; the change is a new version and earlier versions are kept.":
            "修改走訪記錄的部分內容；修改成為新版本，舊版本都保留。",
        "The log's number (from 'coach journal'), its 8-character ref (the same in every store) or its id.":
            "記錄的編號（見 'coach journal'）、8 位代碼（每個資料庫都一樣）或固定 id。",
        "The day of the visit.":
            "走訪日期。",
        "The people met (repeat, or separate with commas); replaces the list.":
            "見到的人（可重複，或用逗號分隔）；取代原來的名單。",
        "What was learnt ('QUESTION => ANSWER' or the answer); replaces the list.":
            "了解到的情況（'問題 => 回答' 或只寫回答）；取代原來的清單。",
        "Who is editing (default: $USER).":
            "由誰修改（預設：$USER）。",
        "Print the log after the edit as JSON.":
            "以 JSON 輸出修改後的記錄。",
        "List visit logs, newest first: by account, visitor, dates and words.":
            "列出走訪記錄，最新的在前：可依客戶、走訪者、日期和字詞篩選。",
        "Only this account (its id).":
            "只限這個客戶（編號）。",
        "Only this visitor.":
            "只限這位走訪者。",
        "From this day or the start of this period (e.g. 2026-11-01, last month).":
            "從這天或這段期間的開頭起（例如 2026-11-01、last month）。",
        "Up to this day or the end of this period (e.g. today, last week).":
            "到這天或這段期間的結尾為止（例如 today、last week）。",
        "Only logs containing every word of TEXT.":
            "只列出包含 TEXT 裡每個字詞的記錄。",
        "text, md, json or csv.":
            "text、md、json 或 csv。",
        "Only the newest N logs that match.":
            "只列出符合條件的最新 N 篇。",
        "One line per log: date, number, account, visitor, what was discussed.":
            "每篇一行：日期、編號、客戶、走訪者、談了什麼。",
        "Oldest first instead of newest first.":
            "最舊的在前，而不是最新的在前。",
        "Show one visit log in full: every version, its follow-ups and the manager's review.":
            "完整顯示一篇走訪記錄：每個版本、它的追蹤事項和主管的審核。",
        "The log's number, its 8-character ref (the same in every store) or its id.":
            "記錄的編號、8 位代碼（每個資料庫都一樣）或固定 id。",
        "Show this earlier version's text instead of the newest.":
            "顯示這個舊版本的內容，而不是最新版。",
        "Print the log as JSON.":
            "以 JSON 輸出記錄。",
        "Learn the method: the next lesson, screen by screen, then its questions.":
            "學習方法：下一課，一頁一頁看，最後做練習題。",
        "The session continues as usual afterwards: /quiz, /drill and /progress work there too.":
            "學完後對話照常繼續：/quiz、/drill 和 /progress 也都能用。",
        "A lesson number, 'next' (the default: the next lesson not done) or 'list'.":
            "課程編號、'next'（預設：下一課還沒學的）或 'list'。",
        "Print the question outline of an account (md prints well as a pocket card).":
            "印出客戶的問話提綱（md 格式適合印成口袋卡）。",
        "md, txt or json.":
            "md、txt 或 json。",
        "At most this many questions (default 60).":
            "最多幾個問題（預設 60）。",
        "An account id in the store, or the path of an account file.":
            "資料庫裡的客戶編號，或客戶檔案的路徑。",
        "Prepare the next contact with an account: the five self-checks, strategies, question outline.":
            "準備與客戶的下一次溝通：五個自問自答、策略、問話提綱。",
        "A file is imported into the store first (a new version if it changed), so the session can refer to it.":
            "給的是檔案時會先匯入資料庫（內容有變就成為新版本），讓這次準備可以引用。",
        "Training progress: lessons done, scores per topic, weak topics, reviews due, drills.":
            "學習進度：已學的課、各主題得分、弱項主題、該複習的題、實戰演練。",
        "Without --who, the progress of the current user ($USER), the name the REPL records training under.":
            "不加 --who 時顯示目前使用者（$USER）的進度，也就是對話裡記錄學習時用的名字。",
        "The trainee (default: $USER).":
            "學員（預設：$USER）。",
        "Every trainee in the store, one line each (for managers).":
            "資料庫裡的每位學員，每人一行（給主管看）。",
        "Print JSON.":
            "以 JSON 輸出。",
        "The monthly or quarterly visit report: visits, accounts not visited, issues, overdue follow-ups, risks, verification, birthdays handled, visits overdue by tier.":
            "月度或季度走訪報告：走訪、沒走訪到的客戶、問題、逾期的追蹤事項、風險、審核、生日關懷、各等級逾期未拜訪的客戶。",
        "monthly or quarterly.":
            "monthly（月度）或 quarterly（季度）。",
        "2026-11 (monthly) or 2026-Q4 (quarterly); also this month, last month, this quarter, last quarter (default: the current one).":
            "2026-11（月度）或 2026-Q4（季度）；也可用 this month、last month、this quarter、last quarter（預設：目前這期）。",
        "Only this salesperson.":
            "只限這位業務。",
        "md, html, csv or json.":
            "md、html、csv 或 json。",
        "For managers: list a period's visit logs and coaching sessions, show one, verify it with a comment.":
            "給主管用：列出某段期間的走訪記錄和準備記錄、查看其中一篇、加上評語審核。",
        "List the visit logs and coaching sessions of a period (default: this month), by day.":
            "依日期列出某段期間（預設：本月）的走訪記錄和準備記錄。",
        "2026-11, 2026-Q4, this month, last month, this quarter, a day, or 'all'.":
            "2026-11、2026-Q4、this month、last month、this quarter、某一天，或 'all'。",
        "Only entries not verified yet.":
            "只列還沒審核的。",
        "Print the entries as JSON, each with its verifications.":
            "以 JSON 輸出，每篇附上它的審核。",
        "Trainees' progress instead (lessons done, scores, weak topics, reviews due, drills); with --who, one trainee.":
            "改列學員的學習進度（已學的課、得分、弱項主題、該複習的題、演練）；加 --who 只列一位。",
        "Show a visit log (with its versions and follow-ups) or a coaching session (answers, flags at the time, strategies, outline).":
            "查看一篇走訪記錄（含各版本和追蹤事項）或一次準備記錄（回答、當時的風險提示、策略、提綱）。",
        "log or session.":
            "log（走訪記錄）或 session（準備記錄）。",
        "Its number, its 8-character ref (the same in every store), or a log's id / a session's key.":
            "它的編號、8 位代碼（每個資料庫都一樣），或走訪記錄的 id／準備記錄的 key。",
        "Print it as JSON.":
            "以 JSON 輸出。",
        "Mark a visit log or finished coaching session verified, with a comment the salesperson will see.":
            "把走訪記錄或已完成的準備記錄標為已審核，附上業務會看到的評語。",
        "The comment for the salesperson.":
            "給業務的評語。",
        "The manager (default: $USER).":
            "主管（預設：$USER）。",
        "When it was verified, ISO 8601 (default: now).":
            "審核的時間，ISO 8601（預設：現在）。",
        "Verify again although this version is verified already (adds a second comment).":
            "這個版本已審核過仍再審核一次（會多一則評語）。",
        "Print the verification as JSON.":
            "以 JSON 輸出審核。",
        "List the strategies that apply to an account, person by person, most urgent first.":
            "逐人列出適用於某客戶的策略，最急的在前。",
        "Print the strategies as JSON.":
            "以 JSON 輸出策略。",
        "Leave out your latest finished prep of the account; only the account file counts.":
            "不考慮你對這個客戶最近一次完成的準備；只看客戶檔案。",
        "The daily agenda: birthdays today and this week, festivals ahead, visits due or overdue, overdue follow-ups, paused preps, unread comments.":
            "每日待辦：今天和本週的生日、即將到來的節日、該拜訪或逾期未拜訪的客戶、逾期的追蹤事項、暫停的準備、未讀的評語。",
        "The day, YYYY-MM-DD (default: today).":
            "日期，YYYY-MM-DD（預設：今天）。",
        "Print JSON for scripts.":
            "以 JSON 輸出，供腳本使用。",
        "Show help information.":
            "顯示說明。",
        "Show the version.":
            "顯示版本。",
        "txt draws the tree in the terminal (roles in colour and as letters [D] [T] [F] [U] [C] [?]); dot prints Graphviz source; svg runs Graphviz's 'dot -Tsvg' (install graphviz and a CJK font such as fonts-noto-cjk).":
            "txt 在終端機畫出樹狀圖（角色以顏色和字母 [D] [T] [F] [U] [C] [?] 標示）；dot 輸出 Graphviz 原始碼；svg 會執行 Graphviz 的 'dot -Tsvg'（需安裝 graphviz 和中文字型，例如 fonts-noto-cjk）。",
        "ID|FILE arguments take a path to an account file (parsed, not stored) or the id of an account in the store.":
            "ID|FILE 參數可以是客戶檔案的路徑（只讀取，不存入資料庫），或資料庫裡的客戶編號。",
        "Flag ids: missing-role:decision-maker|technical|user|coach, decision-maker-not-met, high-influence-low-contact:NAME, new-face:NAME, unknown-influence:NAME, opposed:NAME, reorganized, purchasing-power-changed, open-issue-overdue (open or in progress for more than the overdue-days of corpus/method.yaml).":
            "風險提示的 id：missing-role:decision-maker|technical|user|coach、decision-maker-not-met、high-influence-low-contact:姓名、new-face:姓名、unknown-influence:姓名、opposed:姓名、reorganized、purchasing-power-changed、open-issue-overdue（未處理或處理中超過 corpus/method.yaml 的 overdue-days 天數）。這些 id 只出現在 --json 裡。",
        "Each import that changes an account stores a new version with the time, who imported it, the file and a one-line summary of what changed; see 'coach account history ID'.":
            "每次匯入若改變了客戶，就存成新版本，記下時間、匯入者、檔案和一行變更摘要；見 'coach account history 編號'。",
        "Lunar birthdays are converted with the Chinese calendar for the year: a leap-month birthday is kept in the regular month in years without that leap month; day 30 falls on day 29 in a 29-day month; a lunar date may fall twice in a range or not at all. Also lists A-tier people whose birthday or its calendar is missing (text, md and csv). JSON: {\"from\", \"to\", \"birthdays\": [{\"account\", \"person\", \"date\", \"calendar\", \"lunar\"}]}.":
            "農曆生日依當年的農曆換算：閏月生日在沒有該閏月的年份按平月算；三十日在小月落在廿九；一個農曆日期在一段期間裡可能出現兩次，也可能不出現。也會列出生日或曆法沒填的 A 級聯絡人（text、md 和 csv）。JSON：{\"from\", \"to\", \"birthdays\": [{\"account\", \"person\", \"date\", \"calendar\", \"lunar\"}]}。",
        "Festivals and their texts come from corpus/care/festivals.yaml and greetings.yaml; each person's 'greetings: formal|warm|none' picks the text (formal by default, none: no draft). The message addresses the person by surname and title (王總經理), else 先生/女士.":
            "節日和問候語來自 corpus/care/festivals.yaml 和 greetings.yaml；每個人的 'greetings: formal|warm|none' 決定用哪一種（預設 formal，none 表示不擬稿）。稱呼用姓加職稱（王總經理），沒有職稱就用先生／女士。",
        "One JSON object per line, each with a \"type\" (account-version, session, log, follow-up, verification) and a stable \"id\", so 'coach import' on another machine can gather a team's work and importing the same file twice changes nothing.":
            "每行一個 JSON 物件，各有 \"type\"（account-version、session、log、follow-up、verification）和固定的 \"id\"，所以在另一台電腦上用 'coach import' 就能匯總團隊的工作，同一個檔案匯入兩次也不會有任何改變。",
        "Status: open → in-progress → resolved → customer-informed; a follow-up is closed only once the customer has been told the result. Overdue: past its due date (or, without one, the overdue-days of corpus/method.yaml after it was raised) and not closed.":
            "狀態：未處理（open）→ 處理中（in-progress）→ 已解決（resolved）→ 已告知客戶（customer-informed）；告知客戶結果後才算結案。逾期：過了期限（沒設期限的，以提出後 corpus/method.yaml 的 overdue-days 天數計）且還沒結案。",
        "Each line is imported on its own: a line that cannot be read is reported with its line number and the rest imports (the exit status is then 1). Importing the same file twice changes nothing. To import account files (YAML), use 'coach account import'.":
            "每一行各自匯入：讀不懂的行會報告行號，其餘照常匯入（這時結束狀態為 1）。同一個檔案匯入兩次不會有任何改變。匯入客戶檔案（YAML）請用 'coach account import'。",
        "With --id, adding the same log again changes nothing, so a script can run twice. Example: coach journal add --account east-post --date 2026-11-03 --met 陳志明,林美玲 --discussed \"年度宣傳計劃\" --issue \"月結帳單對不上 | 財務部 | 2026-11-20\" --learnt \"預算誰定? => 總經理二月定\"":
            "加了 --id 時，同一篇記錄再加一次不會有任何改變，腳本可以放心重跑。例如：coach journal add --account east-post --date 2026-11-03 --met 陳志明,林美玲 --discussed \"年度宣傳計劃\" --issue \"月結帳單對不上 | 財務部 | 2026-11-20\" --learnt \"預算誰定? => 總經理二月定\"",
        "Dates: YYYY-MM-DD, today, yesterday, this week, last week, this month, last month, this quarter, last quarter, YYYY-MM, YYYY-Qn. In the REPL, /log records a visit with short prompts.":
            "日期：YYYY-MM-DD、today、yesterday、this week、last week、this month、last month、this quarter、last quarter、YYYY-MM、YYYY-Qn。在對話裡用 /log 以簡短的提問記錄走訪。",
        "A log a manager verified stays verified as it was: the edit is a new version, and 'coach review show log N' shows both. --met and --learnt replace the whole list.":
            "主管審核過的記錄保持審核時的樣子：修改成為新版本，'coach review show log 編號' 會兩個都顯示。--met 和 --learnt 會取代整個清單。",
        "--search finds every word given, in Chinese or English, in what was discussed, the opinions, commitments, findings, people met and issues; Simplified finds Traditional. --limit keeps the newest N of the logs that match; --short prints one line per log. --format json prints each log with every version, its follow-ups and verifications.":
            "--search 在談了什麼、意見、承諾、了解到的情況、見到的人和問題裡找出給的每個字詞，中英文都可以；簡體也找得到繁體。--limit 只留符合條件的最新 N 篇；--short 每篇一行。--format json 輸出每篇記錄的每個版本、追蹤事項和審核。",
        "html is one self-contained page (inline CSS and SVG charts, nothing fetched), to open in a browser or mail to leadership. csv has one row per figure: section,account,salesperson,item,value. A birthday counts as handled when a visit log of its account on that day names the person; visit intervals per tier come from corpus/care/cadence.yaml.":
            "html 是一個獨立的網頁（內嵌 CSS 和 SVG 圖表，不連網），可以用瀏覽器開啟或寄給主管。csv 每個數字一行：section,account,salesperson,item,value。某天有一篇該客戶的走訪記錄提到這個人，生日才算關懷過；各等級的拜訪間隔來自 corpus/care/cadence.yaml。",
        "KIND is log or session; ID is the number 'coach review' shows (or a log's id, a session's key). A verified log is locked: later edits are new versions and the verified one is kept. The salesperson sees the comment when they open the coach.":
            "KIND 是 log（走訪記錄）或 session（準備記錄）；ID 是 'coach review' 顯示的編號（或走訪記錄的 id、準備記錄的 key）。審核過的記錄會鎖定：之後的修改成為新版本，審核過的那版保留。業務開啟教練時會看到評語。",
        "JSON: {\"date\", \"items\": [{\"kind\", \"account\", \"person\", \"due\", \"text\"}]}, kinds birthday, festival, visit-due, visit-overdue, follow-up-overdue, paused-prep, comment. Visit intervals per tier are in corpus/care/cadence.yaml; the last visit comes from the journal.":
            "JSON：{\"date\", \"items\": [{\"kind\", \"account\", \"person\", \"due\", \"text\"}]}，kind 為 birthday、festival、visit-due、visit-overdue、follow-up-overdue、paused-prep、comment。各等級的拜訪間隔在 corpus/care/cadence.yaml；上次拜訪取自走訪日誌。",
    ]

    /// Words Simplified Chinese says differently, applied after folding.
    public static let simplifiedWords: [(String, String)] = [
        ("档案", "文件"), ("汇入", "导入"), ("汇出", "导出"), ("资料库", "数据库"), ("资料夹", "文件夹"),
        ("预设", "默认"), ("走访", "拜访"), ("追踪", "跟进"), ("行事历", "日历"), ("业务", "销售"),
        ("国历", "公历"), ("讯息", "信息"), ("品质", "质量"), ("透过", "通过"), ("储存", "保存"),
        ("列印", "打印"), ("印出", "打印"), ("一篇", "一条"), ("介面", "界面"), ("物件", "对象"), ("原始码", "源代码"),
        ("终端机", "终端"), ("字型", "字体"), ("电脑", "电脑"), ("网页", "网页"), ("连网", "联网"),
    ]

    /// ArgumentParser's own words in a help screen.
    public static let frame: [(String, String)] = [
        ("OVERVIEW: ", "概要："), ("USAGE: ", "用法："), ("ARGUMENTS:", "參數："), ("OPTIONS:", "選項："),
        ("SUBCOMMANDS:", "子命令："), ("Show help information.", "顯示說明。"), ("Show subcommand help information.", "顯示子命令的說明。"), ("Show the version.", "顯示版本。"),
        ("See 'coach help <subcommand>' for detailed help.", "用 'coach help <子命令>' 查看詳細說明。"),
        (" (default)  ", "（預設）    "),
    ]
}
