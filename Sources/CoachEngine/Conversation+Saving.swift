import CoachCore
public import Foundation

/// Saves that failed: the conversation keeps the records and hands them to the host again with
/// the next line, so a full disk or a locked store never loses what was typed.
extension Conversation {
    /// The host could not store `records` (the first failed for `reason`; the rest of its batch
    /// was held back with it). They are kept and written again with the next line. A failed final
    /// save (`/prep`'s results, a `/log`) puts the flow back at its summary, so Enter saves it
    /// again; the user is told exactly what is not saved yet.
    public mutating func notSaved(_ records: [Record], reason: String, now: Date) -> [Output] {
        var held = records
        var outputs: [Output] = []
        var restored = false
        if let index = held.firstIndex(where: Self.isFinal), let summary = modeAtSummary {
            let final = held.remove(at: index)
            // Removing the draft waits for the log it belongs to; confirming again re-sends both.
            held.removeAll { if case .journal(.draftDiscarded) = $0 { true } else { false } }
            mode = summary
            restored = true
            outputs.append(.text(SaveText.finalNotSaved(Self.what(final)[language], reason)[language], .error))
        }
        unsaved += held
        if !held.isEmpty {
            var seen = Set<String>()
            let names = held.map { Self.what($0)[language] }.filter { seen.insert($0).inserted }
            outputs.append(.text(SaveText.kept(UIText.list(names, language), reason)[language], .error))
        }
        // The flow is back at its summary: show it again.
        if restored { outputs += currentFlowQuestion(now: now) }
        return outputs
    }

    /// The question or summary the active flow waits on.
    func currentFlowQuestion(now: Date) -> [Output] {
        mode.active?.current(flowContext(now)) ?? []
    }

    /// Records that end a flow: when they fail, the flow goes back to its summary.
    static func isFinal(_ record: Record) -> Bool {
        switch record {
        case .prepFinished, .journal(.visitLogged): true
        default: false
        }
    }

    /// The active form flow as it stands, when it shows its summary (kept before each line, so a
    /// failed final save can go back to it).
    var formAtSummary: Mode? {
        switch mode {
        case .prep(let flow) where flow.form.phase == .reviewing && !flow.blockOpen: mode
        case .log(let flow) where flow.form.phase == .reviewing && !flow.offering: mode
        default: nil
        }
    }

    /// What a record keeps, as the user would name it.
    static func what(_ record: Record) -> LocalizedText {
        switch record {
        case .importAccounts: SaveText.importing
        case .prepStarted: SaveText.prepStart
        case .prepAnswered(_, let answer, _, _): SaveText.answer(answer.questionID)
        case .prepPaused: SaveText.pause
        case .prepFinished: SaveText.prepResult
        case .prepCancelled: SaveText.cancellation
        case .prepAbandoned: SaveText.abandoning
        case .lessonCompleted: SaveText.lesson
        case .quizAnswered: SaveText.quizAnswer
        case .drillScored: SaveText.drill
        case .journal(let record):
            switch record {
            case .visitLogged: SaveText.visitLog
            case .draftSaved, .draftTakenOver: SaveText.draft
            case .draftDiscarded: SaveText.draftRemoval
            case .accountUpdated: SaveText.accountUpdate
            case .followUpChanged: SaveText.followUp
            case .verified: SaveText.verification
            case .commentsRead: SaveText.commentsRead
            }
        }
    }
}

/// What the coach says when a save fails.
enum SaveText: LocalizedTextTable {
    static func kept(_ what: String, _ reason: String) -> LocalizedText {
        l("Not saved yet: \(what) (\(reason)). Nothing is lost: it is kept here and saved with your next entry; if this goes on, free some disk space or close the other program using the store.",
          "还没保存：\(what)（\(reason)）。内容没有丢失：先留在这里，下一次输入时一起保存；如果一直这样，请腾出磁盘空间或关闭正在占用数据库的程序。",
          "還沒儲存：\(what)（\(reason)）。內容沒有遺失：先留在這裡，下一次輸入時一起儲存；如果一直這樣，請騰出磁碟空間或關閉正在佔用資料庫的程式。")
    }
    static func finalNotSaved(_ what: String, _ reason: String) -> LocalizedText {
        l("\(what) was NOT saved (\(reason)). It is still here: press Enter to save it again, or change an answer first.",
          "\(what)没有保存（\(reason)）。内容都还在：按 Enter 再保存一次，或先修改回答。",
          "\(what)沒有儲存（\(reason)）。內容都還在：按 Enter 再儲存一次，或先修改回答。")
    }
    static let importing = l("the import", "导入", "匯入")
    static let prepStart = l("the start of this prep", "本次准备的开始", "本次準備的開始")
    static func answer(_ id: String) -> LocalizedText { l("your answer to \(id)", "你对 \(id) 的回答", "你對 \(id) 的回答") }
    static let pause = l("where the prep was paused", "准备暂停的位置", "準備暫停的位置")
    static let prepResult = l("The prep's strategies and outline", "本次准备的策略和提纲", "本次準備的策略和提綱")
    static let cancellation = l("the cancellation", "取消", "取消")
    static let abandoning = l("marking the old prep abandoned", "把旧的准备标为放弃", "把舊的準備標為放棄")
    static let lesson = l("the finished lesson", "学完的课程", "學完的課程")
    static let quizAnswer = l("your quiz answer", "你的测验回答", "你的測驗回答")
    static let drill = l("the drill score", "演练得分", "演練得分")
    static let visitLog = l("The visit log", "这篇拜访记录", "這篇走訪記錄")
    static let draft = l("the visit log draft", "拜访记录草稿", "走訪記錄草稿")
    static let draftRemoval = l("removing the draft", "删除草稿", "刪除草稿")
    static let accountUpdate = l("the account update", "客户档案的更新", "客戶檔案的更新")
    static let followUp = l("the follow-up change", "跟进事项的变更", "追蹤事項的變更")
    static let verification = l("the verification", "审核", "審核")
    static let commentsRead = l("comments marked read", "评语标为已读", "評語標為已讀")
}
