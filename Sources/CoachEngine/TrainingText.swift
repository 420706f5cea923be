import CoachCore

/// Interface text of training: lessons, quizzes, drills and progress (the lessons and questions
/// themselves come from the corpus).
enum TrainingText: LocalizedTextTable {

    // MARK: Any flow

    static let stopped = l(
        "Stopped. The answers you gave are saved.", "已停止。已作答的内容都保存了。", "已停止。已作答的內容都儲存了。")
    static let notNow = l(
        "Finish this first, or /cancel it.", "请先完成这一项，或用 /cancel 停止。", "請先完成這一項，或用 /cancel 停止。")
    static let rule = l("Rule", "规则", "規則")

    // MARK: Lessons

    static let noLessons = l(
        "The corpus has no lessons yet (rules with kind: lesson; see corpus/README.md).",
        "语料库里还没有课程（kind: lesson 的规则，见 corpus/README.md）。",
        "語料庫裡還沒有課程（kind: lesson 的規則，見 corpus/README.md）。")
    static func noSuchLesson(_ word: String, _ count: Int) -> LocalizedText {
        l("No lesson '\(word)': the course has lessons 1 to \(count). /learn list shows them.",
          "没有第“\(word)”课：课程共有第 1 到 \(count) 课。/learn list 可以查看。",
          "沒有第「\(word)」課：課程共有第 1 到 \(count) 課。/learn list 可以查看。")
    }
    static func allLessonsDone(_ count: Int) -> LocalizedText {
        l("You have done all \(count) lessons. /learn N goes over one again; /quiz and /drill keep you sharp.",
          "\(count) 课全部学完了。/learn 编号 可以重温某一课；/quiz 和 /drill 帮你保持手感。",
          "\(count) 課全部學完了。/learn 編號 可以重溫某一課；/quiz 和 /drill 幫你保持手感。")
    }
    static func courseHeading(_ done: Int, _ total: Int) -> LocalizedText {
        l("The method course: \(done) of \(total) lessons done", "大客户方法课程：已学 \(done)/\(total) 课", "大客戶方法課程：已學 \(done)/\(total) 課")
    }
    static let listHint = l(
        "/learn N opens a lesson; /learn next the next one not done.",
        "/learn 编号 打开某一课；/learn next 打开下一节没学的课。",
        "/learn 編號 開啟某一課；/learn next 開啟下一堂還沒學的課。")
    static func screenHeading(_ lesson: Int, _ lessons: Int, _ screen: Int, _ screens: Int, _ title: String) -> LocalizedText {
        l("Lesson \(lesson) of \(lessons), page \(screen)/\(screens): \(title)",
          "第 \(lesson)/\(lessons) 课 · 第 \(screen)/\(screens) 页：\(title)",
          "第 \(lesson)/\(lessons) 課 · 第 \(screen)/\(screens) 頁：\(title)")
    }
    static let enterNextScreen = l(
        "Press Enter for the next page. Ask a question any time; /cancel leaves the lesson.",
        "按 Enter 看下一页。随时可以提问；/cancel 退出本课。",
        "按 Enter 看下一頁。隨時可以提問；/cancel 離開本課。")
    static func enterQuestions(_ count: Int) -> LocalizedText {
        l(count == 1 ? "Press Enter for the question on this lesson." : "Press Enter for the \(count) questions on this lesson.",
          "按 Enter 开始本课的 \(count) 道题。",
          "按 Enter 開始本課的 \(count) 道題。")
    }
    static let enterFinish = l("Press Enter to finish the lesson.", "按 Enter 结束本课。", "按 Enter 結束本課。")
    static let backToLesson = l(
        "Back to the lesson: press Enter for the next page.", "回到课程：按 Enter 看下一页。", "回到課程：按 Enter 看下一頁。")
    static func lessonQuestions(_ lesson: Int, _ count: Int) -> LocalizedText {
        l("Questions on lesson \(lesson) (\(count))", "第 \(lesson) 课练习（\(count) 题）", "第 \(lesson) 課練習（\(count) 題）")
    }
    static func lessonDone(_ lesson: Int, _ right: Int, _ questions: Int) -> LocalizedText {
        l("Lesson \(lesson) done: \(right) of \(questions) right.",
          "第 \(lesson) 课学完了：答对 \(right)/\(questions) 题。",
          "第 \(lesson) 課學完了：答對 \(right)/\(questions) 題。")
    }
    static func nextLesson(_ number: Int, _ title: String) -> LocalizedText {
        l("Next: lesson \(number), \(title) (/learn next). Questions you missed come back in /quiz.",
          "下一课：第 \(number) 课，\(title)（/learn next）。答错的题会在 /quiz 里再出现。",
          "下一課：第 \(number) 課，\(title)（/learn next）。答錯的題會在 /quiz 裡再出現。")
    }
    static let courseDone = l(
        "That completes the course. Practise with /quiz, and try an account with /drill.",
        "整个课程学完了。用 /quiz 练习，用 /drill 拿客户实战演练。",
        "整個課程學完了。用 /quiz 練習，用 /drill 拿客戶實戰演練。")

    // MARK: Questions

    static let allTopics = l("every topic", "全部主题", "全部主題")
    static func area(_ name: String) -> LocalizedText {
        l("the \(name) area", name, name)
    }
    static func quizHeading(_ scope: String, _ count: Int, _ due: Int, _ new: Int) -> LocalizedText {
        l("Quiz on \(scope): \(count) question\(count == 1 ? "" : "s") (\(due) due for review, \(new) new)",
          "测验（\(scope)）：\(count) 题（\(due) 题到期复习，\(new) 题新题）",
          "測驗（\(scope)）：\(count) 題（\(due) 題到期複習，\(new) 題新題）")
    }
    static let quizHint = l(
        "A question you get wrong comes back later. /skip if you don't know; /cancel stops.",
        "答错的题稍后会再问一次。不会就 /skip；/cancel 停止。",
        "答錯的題稍後會再問一次。不會就 /skip；/cancel 停止。")
    static let noQuizItems = l(
        "The corpus has no quiz questions yet (quiz: in a rule's front matter; see corpus/README.md).",
        "语料库里还没有测验题（规则前言里的 quiz:，见 corpus/README.md）。",
        "語料庫裡還沒有測驗題（規則前言裡的 quiz:，見 corpus/README.md）。")
    static func topicWithoutQuestions(_ topic: String) -> LocalizedText {
        l("The corpus has no quiz questions on '\(topic)' yet, so the quiz cannot ask about it.",
          "语料库里还没有关于“\(topic)”的测验题，所以无法出题。",
          "語料庫裡還沒有關於「\(topic)」的測驗題，所以無法出題。")
    }
    static func unknownQuizTopic(_ topic: String) -> LocalizedText {
        l("'\(topic)' is not a topic or area of the corpus. Use a topic id or an area below (/topics lists them all).",
          "“\(topic)”不是语料库的主题或领域。请用下面的主题编号或领域（/topics 列出全部）。",
          "「\(topic)」不是語料庫的主題或領域。請用下面的主題編號或領域（/topics 列出全部）。")
    }
    static let areasWithQuestions = l("Areas with questions", "有题目的领域", "有題目的領域")
    static let topicsWithQuestions = l("Topics with questions", "有题目的主题", "有題目的主題")
    static func questionHeading(_ number: Int, _ count: Int, _ topic: String) -> LocalizedText {
        l("Question \(number)/\(count) · \(topic)", "第 \(number)/\(count) 题 · \(topic)", "第 \(number)/\(count) 題 · \(topic)")
    }
    static func retryHeading(_ number: Int, _ topic: String) -> LocalizedText {
        l("Once more, question \(number) · \(topic)", "再答一次：第 \(number) 题 · \(topic)", "再答一次：第 \(number) 題 · \(topic)")
    }
    static func choiceHint(_ count: Int) -> LocalizedText {
        l("Type the number of your answer (1–\(count)), or /skip.",
          "输入答案的编号（1–\(count)），或 /skip。",
          "輸入答案的編號（1–\(count)），或 /skip。")
    }
    static let freeTextHint = l(
        "Answer in your own words, or /skip.", "用自己的话回答，或 /skip。", "用自己的話回答，或 /skip。")
    static let typeAnAnswer = l("Type your answer, or /skip.", "请输入你的回答，或 /skip。", "請輸入你的回答，或 /skip。")
    static let right = l("Right.", "答对了。", "答對了。")
    static let notQuite = l("Not quite.", "不太对。", "不太對。")
    static let skipped = l("Skipped: counted as not known yet.", "已跳过：算作还不会。", "已略過：算作還不會。")
    static func keyPointsCovered(_ matched: Int, _ total: Int) -> LocalizedText {
        l("You covered \(matched) of \(total) key points.", "你答到了 \(total) 个要点中的 \(matched) 个。", "你答到了 \(total) 個重點中的 \(matched) 個。")
    }
    static let theAnswer = l("The answer", "答案", "答案")
    /// Labels why the option picked is wrong.
    static let whyNot = l("Why not", "为什么不对", "為什麼不對")
    static let modelAnswer = l("A good answer covers", "好的回答包括", "好的回答包括")
    static let comesBack = l(
        "This question comes back later in the quiz.", "这道题稍后会再问一次。", "這道題稍後會再問一次。")
    static func quizDone(_ right: Int, _ count: Int) -> LocalizedText {
        l("Quiz done: \(right) of \(count) right the first time.",
          "测验结束：第一次就答对 \(right)/\(count) 题。",
          "測驗結束：第一次就答對 \(right)/\(count) 題。")
    }
    static let allRight = l(
        "Well done. These come back for review in a few days; /progress shows your scores.",
        "很好。这些题过几天会再来复习；/progress 查看成绩。",
        "很好。這些題過幾天會再來複習；/progress 查看成績。")
    /// The quiz's last line: what to go over and when the missed questions are due, as
    /// /progress counts them (`dueToday` of the `missed` are due again today).
    static func toReview(_ topics: String, dueToday: Int, missed: Int) -> LocalizedText {
        if dueToday == 0 {
            return l("To go over: \(topics). The questions you missed come back tomorrow; /progress shows your weak topics.",
                     "需要加强：\(topics)。答错的题明天会再来复习；/progress 查看薄弱主题。",
                     "需要加強：\(topics)。答錯的題明天會再來複習；/progress 查看弱項主題。")
        }
        if dueToday == missed {
            return l("To go over: \(topics). The questions you missed are due again today: the next /quiz asks them first; /progress shows your weak topics.",
                     "需要加强：\(topics)。答错的题今天仍要复习：下一次 /quiz 会先问；/progress 查看薄弱主题。",
                     "需要加強：\(topics)。答錯的題今天仍要複習：下一次 /quiz 會先問；/progress 查看弱項主題。")
        }
        return l("To go over: \(topics). \(dueToday) of the questions you missed are due again today (the next /quiz asks them first), the others tomorrow; /progress shows your weak topics.",
                 "需要加强：\(topics)。答错的题有 \(dueToday) 题今天仍要复习（下一次 /quiz 会先问），其余明天复习；/progress 查看薄弱主题。",
                 "需要加強：\(topics)。答錯的題有 \(dueToday) 題今天仍要複習（下一次 /quiz 會先問），其餘明天複習；/progress 查看弱項主題。")
    }

    // MARK: Drill

    static func drillHeading(_ name: String, _ id: String) -> LocalizedText {
        l("Drill: \(name) (\(id))", "演练：\(name)（\(id)）", "演練：\(name)（\(id)）")
    }
    static func tier(_ tier: String) -> LocalizedText { l("tier \(tier)", "\(tier) 级", "\(tier) 級") }
    static let stage = l("stage", "阶段", "階段")
    static let products = l("products", "产品", "產品")
    static let purchasingPower = l("purchasing power", "购买力", "購買力")
    static let reorganized = l("reorganised", "组织有调整", "組織有調整")
    static let notReorganized = l("not reorganised", "组织没有调整", "組織沒有調整")
    static let changes = l("Changes", "变化", "變化")
    static let people = l("People", "人员", "人員")
    static let influence = l("influence", "影响力", "影響力")
    static let support = l("support", "支持度", "支持度")
    static let contact = l("contact", "接触度", "接觸度")
    static let met = l("met", "见过", "見過")
    static let notMet = l("not met", "没见过", "沒見過")
    static let newFace = l("new", "新面孔", "新面孔")
    static let openIssues = l("Open issues", "未结问题", "未結問題")
    static let risksQuestion = l(
        "Step 1/2: which risks do you see in this account?", "第 1/2 步：这个客户有哪些风险？", "第 1/2 步：這個客戶有哪些風險？")
    static let risksHint = l(
        "Type the numbers, separated by commas, or name the risks in your own words; \"none\" if you see none.",
        "输入编号，用逗号隔开，或用自己的话说出风险；看不出就输入“没有”。",
        "輸入編號，用逗號隔開，或用自己的話說出風險；看不出就輸入「沒有」。")
    static func notUnderstood(_ parts: String) -> LocalizedText {
        l("Not understood: \(parts). Use the numbers of the list.",
          "没看懂：\(parts)。请用列表里的编号。",
          "看不懂：\(parts)。請用列表裡的編號。")
    }
    static let youNamed = l("You named", "你选的风险", "你選的風險")
    static let strategiesQuestion = l(
        "Step 2/2: which strategies fit this account now?", "第 2/2 步：这个客户现在适合哪些策略？", "第 2/2 步：這個客戶現在適合哪些策略？")
    static let strategiesHint = l(
        "Type the numbers, separated by commas; \"none\" if none fits.",
        "输入编号，用逗号隔开；都不适合就输入“没有”。",
        "輸入編號，用逗號隔開；都不適合就輸入「沒有」。")
    static func drillScore(_ percent: Int) -> LocalizedText {
        l("Drill score: \(percent)/100", "演练得分：\(percent)/100", "演練得分：\(percent)/100")
    }
    static func risksScore(_ hits: Int, _ expected: Int, _ chosen: Int, _ precision: Int, _ recall: Int) -> LocalizedText {
        l("Risks: you found \(hits) of \(expected); \(hits) of your \(chosen) are right (precision \(precision)%, recall \(recall)%).",
          "风险：找出 \(expected) 个中的 \(hits) 个；你选的 \(chosen) 个里对了 \(hits) 个（准确率 \(precision)%，召回率 \(recall)%）。",
          "風險：找出 \(expected) 個中的 \(hits) 個；你選的 \(chosen) 個裡對了 \(hits) 個（準確率 \(precision)%，召回率 \(recall)%）。")
    }
    static func strategiesScore(_ hits: Int, _ expected: Int, _ chosen: Int, _ precision: Int, _ recall: Int) -> LocalizedText {
        l("Strategies: you found \(hits) of \(expected); \(hits) of your \(chosen) fit (precision \(precision)%, recall \(recall)%).",
          "策略：找出 \(expected) 个中的 \(hits) 个；你选的 \(chosen) 个里有 \(hits) 个适用（准确率 \(precision)%，召回率 \(recall)%）。",
          "策略：找出 \(expected) 個中的 \(hits) 個；你選的 \(chosen) 個裡有 \(hits) 個適用（準確率 \(precision)%，召回率 \(recall)%）。")
    }
    static let missedRisks = l("Risks you missed:", "漏掉的风险：", "漏掉的風險：")
    static let wrongRisks = l("Named, but the account file does not show them:", "选了，但客户档案里看不出来：", "選了，但客戶檔案裡看不出來：")
    static let missedStrategies = l("Strategies you missed:", "漏掉的策略：", "漏掉的策略：")
    static let wrongStrategies = l("Picked, but their conditions do not hold on this account:", "选了，但这个客户不符合它的条件：", "選了，但這個客戶不符合它的條件：")
    static func forPeople(_ names: String) -> LocalizedText {
        l(" (for \(names))", "（针对\(names)）", "（針對\(names)）")
    }
    static let drillSaved = l(
        "Saved. /drill tries another account; /progress shows your scores.",
        "已保存。/drill 换个客户再练；/progress 查看成绩。",
        "已儲存。/drill 換個客戶再練；/progress 查看成績。")

    // MARK: Progress

    static func progressHeading(_ trainee: String) -> LocalizedText {
        l("Training progress of \(trainee)", "\(trainee) 的学习进度", "\(trainee) 的學習進度")
    }
    static let nothingYet = l(
        "Nothing yet: /learn starts the course, /quiz asks five questions, /drill tries an account.",
        "还没有记录：/learn 开始上课，/quiz 做五道题，/drill 拿客户演练。",
        "還沒有紀錄：/learn 開始上課，/quiz 做五道題，/drill 拿客戶演練。")
    static func lessonsLine(_ done: Int, _ total: Int) -> LocalizedText {
        l("Lessons: \(done) of \(total) done (/learn list).", "课程：已学 \(done)/\(total) 课（/learn list）。", "課程：已學 \(done)/\(total) 課（/learn list）。")
    }
    static func answersLine(_ answered: Int, _ right: Int, _ percent: Int) -> LocalizedText {
        l("Questions answered: \(answered), \(right) right (\(percent)%). By topic:",
          "答题：\(answered) 题，答对 \(right) 题（\(percent)%）。各主题：",
          "答題：\(answered) 題，答對 \(right) 題（\(percent)%）。各主題：")
    }
    static func weakTopics(_ topics: String) -> LocalizedText {
        l("Weak topics: \(topics). Practise with /quiz TOPIC.",
          "薄弱主题：\(topics)。用 /quiz 主题 专项练习。",
          "弱項主題：\(topics)。用 /quiz 主題 專項練習。")
    }
    static func dueLine(_ count: Int) -> LocalizedText {
        count == 0
            ? l("No reviews due today.", "今天没有要复习的题。", "今天沒有要複習的題。")
            : l("Due for review today: \(count) question\(count == 1 ? "" : "s") (/quiz).", "今天该复习：\(count) 题（/quiz）。", "今天該複習：\(count) 題（/quiz）。")
    }
    static func drillsLine(_ count: Int, _ average: Int, _ lastAccount: String, _ lastPercent: Int) -> LocalizedText {
        l("Drills: \(count), average \(average)/100; last on \(lastAccount): \(lastPercent)/100.",
          "演练：\(count) 次，平均 \(average)/100；最近一次 \(lastAccount)：\(lastPercent)/100。",
          "演練：\(count) 次，平均 \(average)/100；最近一次 \(lastAccount)：\(lastPercent)/100。")
    }
}

extension TrainingText {
    static let traineesHeading = l("Trainees", "学员", "學員")
    static let noTrainees = l(
        "Nobody has trained yet: /learn, /quiz and /drill record progress.",
        "还没有人参加培训：/learn、/quiz 和 /drill 会记录进度。",
        "還沒有人參加培訓：/learn、/quiz 和 /drill 會記錄進度。")
    static let tableHeader: [LocalizedText] = [
        l("trainee", "学员", "學員"),
        l("lessons", "课程", "課程"),
        l("answers", "答题", "答題"),
        l("right", "答对率", "答對率"),
        l("due", "待复习", "待複習"),
        l("drills (avg)", "演练（平均）", "演練（平均）"),
        l("weak topics", "薄弱主题", "弱項主題"),
    ]
}
