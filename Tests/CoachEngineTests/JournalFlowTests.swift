import CoachCore
import CoachEngine
import CoachTestSupport
import Foundation
import Testing

/// The journal in the conversation: /log's prompts and records, follow-ups, review, comments.
@Suite struct JournalFlowTests {
    /// A journal with fixed contents.
    struct FixedJournal: JournalSource {
        var followUpList: [FollowUp] = []
        var commentList: [ManagerComment] = []
        var logs: [VisitLogDetail] = []
        var entries: [ReviewEntry] = []

        func comments(for salesperson: String, unreadOnly: Bool) -> [ManagerComment] {
            commentList.filter { $0.entry.person == salesperson && (!unreadOnly || $0.verification.readAt == nil) }
        }
        func followUps(owner: String?, includeClosed: Bool) -> [FollowUp] {
            followUpList.filter { (owner == nil || $0.owner == owner) && (includeClosed || !$0.status.isClosed) }
        }
        func reviewEntries(days: DayRange?, who: String?) -> [ReviewEntry] { entries }
        func visitLog(_ id: String) -> VisitLogDetail? { logs.first { String($0.log.number) == id || $0.log.uuid == id } }
        func session(_ id: String) -> SessionSnapshot? { nil }
    }

    static let epoch = Date(timeIntervalSince1970: 0)

    func conversation(_ journal: FixedJournal = FixedJournal()) throws -> Conversation {
        var environment = Fixtures.environment(database: try Fixtures.demoStore())
        environment.journal = journal
        return Conversation(environment: environment, language: .en)
    }

    func records(_ outputs: [Output]) -> [JournalRecord] {
        outputs.compactMap { if case .record(.journal(let record)) = $0 { record } else { nil } }
    }

    func text(_ outputs: [Output]) -> String {
        outputs.compactMap { output -> String? in
            switch output {
            case .text(let text, _): text
            case .lines(let lines): lines.map(\.plainText).joined(separator: "\n")
            case .layouts(let layouts): layouts.first.map { $0.map(\.plainText).joined(separator: "\n") }
            case .table(let table): table.plainText
            default: nil
            }
        }.joined(separator: "\n")
    }

    func followUp(_ number: Int, raised: String, due: String?, status: IssueStatus = .open, owner: String = "test") -> FollowUp {
        FollowUp(number: number, uuid: "f\(number)", accountID: "east-post", text: "issue \(number)", raised: raised, owner: owner,
                 due: due, status: status, createdAt: Self.epoch, updatedAt: Self.epoch)
    }

    @Test func logNeedsAnOpenAccount() throws {
        var conversation = try conversation()
        #expect(text(conversation.handle("/log", now: Fixtures.now)).contains("Open an account first"))
    }

    @Test func aLoggedVisitIsRecordedAndWhatWasLearntCanUpdateTheAccount() throws {
        var conversation = try conversation()
        _ = conversation.handle("/open east-post", now: Fixtures.now)
        #expect(text(conversation.handle("/log", now: Fixtures.now)).contains("Press Enter for today (2026-11-30)"))
        #expect(conversation.prompt == "log east-post 1/7> ")
        _ = conversation.handle("", now: Fixtures.now)
        let met = conversation.handle("1, 2, 趙敏", now: Fixtures.now)
        #expect(text(met).contains("not in the account file yet: 趙敏"))
        _ = conversation.handle("Budget after the merger", now: Fixtures.now)
        _ = conversation.handle("They want reports by district", now: Fixtures.now)
        let issue = conversation.handle("Invoice totals do not match | Finance | +7", now: Fixtures.now)
        #expect(text(issue).contains("1. Invoice totals do not match → Finance, due 2026-12-07"))
        _ = conversation.handle("Returned mail without reasons", now: Fixtures.now)
        _ = conversation.handle("", now: Fixtures.now)
        _ = conversation.handle("Send a sample report next week", now: Fixtures.now)
        _ = conversation.handle("1 He wants savings in year one", now: Fixtures.now)
        let summary = conversation.handle("", now: Fixtures.now)
        #expect(text(summary).contains("2. Met: 王建國, 陳志明, 趙敏 (new)"))
        #expect(!records(summary).contains { if case .visitLogged = $0 { true } else { false } })

        let saved = conversation.handle("", now: Fixtures.now)
        guard case .visitLogged(let log)? = records(saved).first else {
            Issue.record("no visit recorded: \(saved)")
            return
        }
        #expect(log.accountID == "east-post")
        #expect(log.visitor == "test")
        #expect(log.uuid == Fixtures.firstID, "the id made when /log began")
        #expect(log.content.visitDate == "2026-11-30")
        #expect(log.content.peopleMet == ["王建國", "陳志明", "趙敏"])
        #expect(log.content.discussed == "Budget after the merger")
        #expect(log.content.findings.first?.learnt == "He wants savings in year one")
        #expect(log.content.findings.first?.question.isEmpty == false)
        #expect(log.issues == [
            NewFollowUp(text: "Invoice totals do not match", department: "Finance", due: "2026-12-07"),
            NewFollowUp(text: "Returned mail without reasons"),
        ])
        #expect(text(saved).contains("Mark 王建國 as met?"))

        let next = conversation.handle("yes", now: Fixtures.now)
        #expect(text(next).contains("Add 趙敏 to 華東郵政分公司"))
        let done = conversation.handle("yes", now: Fixtures.now)
        guard case .accountUpdated(let account, let source, let by, _)? = records(done).first else {
            Issue.record("no account update: \(done)")
            return
        }
        #expect(account.person(named: "王建國")?.met == true)
        #expect(account.person(named: "趙敏")?.isNew == true)
        #expect(account.person(named: "趙敏")?.role == .unknown)
        #expect(source == "visit log 2026-11-30 (/log)")
        #expect(by == "test")
        #expect(conversation.prompt == "coach east-post> ")
    }

    /// Who was met, read with the corpus's reader: conjunctions and fillers are no names, a first
    /// name finds the person on file, a described newcomer is one new person named by the description's end.
    @Test(arguments: [
        ("east-post", Language.zhHant, "吳佩珊、張淑芬，還有採購中心新來的劉組長", ["吳佩珊", "張淑芬", "採購中心新來的劉組長"]),
        ("east-post", .zhHant, "吳佩珊和林美玲", ["吳佩珊", "林美玲"]),
        ("riverside-health", .en, "Tom and Sarah", ["Tom Brennan", "Sarah Whitfield"]),
        ("east-post", .en, "1, 2, 趙敏", ["王建國", "陳志明", "趙敏"]),
    ])
    func theLogReadsWhoWasMet(account: String, language: Language, line: String, expected: [String]) throws {
        var environment = Fixtures.environment(database: try Fixtures.demoStore())
        environment.journal = FixedJournal()
        var conversation = Conversation(environment: environment, language: language)
        _ = conversation.handle("/open \(account)", now: Fixtures.now)
        _ = conversation.handle("/log", now: Fixtures.now)
        _ = conversation.handle("", now: Fixtures.now)
        _ = conversation.handle(line, now: Fixtures.now)
        for answer in ["a", "b", "", "c", ""] { _ = conversation.handle(answer, now: Fixtures.now) }
        let saved = conversation.handle("", now: Fixtures.now)
        guard case .visitLogged(let log)? = records(saved).first else {
            Issue.record("no visit recorded: \(text(saved))")
            return
        }
        #expect(log.content.peopleMet == expected)
    }

    @Test func aDescribedNewcomerJoinsTheFileByNameWithTheDescriptionAsNote() throws {
        var environment = Fixtures.environment(database: try Fixtures.demoStore())
        environment.journal = FixedJournal()
        var conversation = Conversation(environment: environment, language: .zhHant)
        _ = conversation.handle("/open east-post", now: Fixtures.now)
        _ = conversation.handle("/log", now: Fixtures.now)
        _ = conversation.handle("", now: Fixtures.now)
        _ = conversation.handle("吳佩珊，還有採購中心新來的劉組長", now: Fixtures.now)
        for answer in ["a", "b", "", "c", "", ""] { _ = conversation.handle(answer, now: Fixtures.now) }
        let done = conversation.handle("是", now: Fixtures.now)
        guard case .accountUpdated(let account, _, _, _)? = records(done).first else {
            Issue.record("no account update: \(text(done))")
            return
        }
        #expect(account.person(named: "劉組長")?.note == "採購中心新來的劉組長")
        #expect(account.person(named: "還有採購中心新來的劉組長") == nil)
    }

    @Test func skipBackAndCancelWorkAndACancelledLogOnlyDropsItsDraft() throws {
        var conversation = try conversation()
        _ = conversation.handle("/open riverside-health", now: Fixtures.now)
        _ = conversation.handle("/log", now: Fixtures.now)
        #expect(text(conversation.handle("2026-12-01", now: Fixtures.now)).contains("has not come yet"))
        #expect(text(conversation.handle("someday", now: Fixtures.now)).contains("'someday' is not a day"))
        _ = conversation.handle("yesterday", now: Fixtures.now)
        #expect(conversation.prompt == "log riverside-health 2/7> ")
        _ = conversation.handle("/skip", now: Fixtures.now)
        #expect(conversation.prompt == "log riverside-health 3/7> ")
        _ = conversation.handle("/back", now: Fixtures.now)
        #expect(conversation.prompt == "log riverside-health 2/7> ")
        let cancelled = conversation.handle("/cancel", now: Fixtures.now)
        #expect(text(cancelled).contains("nothing was saved"))
        #expect(records(cancelled) == [.draftDiscarded(salesperson: "test", accountID: "riverside-health", window: conversation.environment.window)])
        #expect(conversation.prompt == "coach riverside-health> ")
    }

    @Test func followUpsListMineOverdueFirstAndMoveOn() throws {
        let journal = FixedJournal(followUpList: [
            followUp(1, raised: "2026-11-20", due: "2026-12-10"),
            followUp(2, raised: "2026-10-01", due: nil, status: .inProgress),
            followUp(3, raised: "2026-11-01", due: "2026-11-25"),
            followUp(4, raised: "2026-11-01", due: "2026-11-02", status: .customerInformed),
            followUp(5, raised: "2026-11-01", due: "2026-11-02", owner: "someone else"),
        ])
        var conversation = try conversation(journal)
        let listed = text(conversation.handle("/followups", now: Fixtures.now))
        // 3 logged and open, and the 8 open issues of the three demo account files; overdue: #2 and
        // #3, and the 4 file issues raised more than the method's 30 days ago, as the flags have them.
        #expect(listed.contains("Your follow-ups: 11 open, 6 overdue"), "\(listed)")
        #expect(listed.contains("file  2026-10-18  overdue 43d        in progress  east-post"), "\(listed)")
        #expect(listed.contains("file  -           raised 2026-11-20  open         east-post"), "\(listed)")
        let order = ["#2 ", "#3 ", "#1 "].map { listed.range(of: $0)?.lowerBound }
        #expect(order.allSatisfy { $0 != nil })
        #expect(order[0]! < order[1]! && order[1]! < order[2]!)
        #expect(!listed.contains("issue 4") && !listed.contains("issue 5"))
        // `all`, as `coach followups --all`: everyone's, closed ones too.
        let everyone = text(conversation.handle("/followups all", now: Fixtures.now))
        #expect(everyone.contains("issue 4") && everyone.contains("issue 5"))
        #expect(everyone.contains("Everyone: 5 follow-up(s), 4 open, 3 overdue"), "\(everyone)")
        let overdue = text(conversation.handle("/followups --overdue", now: Fixtures.now))
        #expect(overdue.contains("issue 2") && overdue.contains("issue 3") && !overdue.contains("issue 1"), "\(overdue)")
        #expect(!overdue.contains("投遞時效不穩定"), "--overdue lists the journal's follow-ups only")
        let theirs = text(conversation.handle("/followups --who 'someone else'", now: Fixtures.now))
        #expect(theirs.contains("someone else: 1 follow-up(s), 1 open, 1 overdue") && theirs.contains("issue 5"), "\(theirs)")
        let wrong = text(conversation.handle("/followups --late", now: Fixtures.now))
        #expect(wrong.contains("Unknown option '--late'") && wrong.contains("Usage: /followups"), "\(wrong)")

        let refused = conversation.handle("/followups 3 customer informed", now: Fixtures.now)
        #expect(records(refused).isEmpty)
        #expect(text(refused).contains("tell the customer once it is resolved"))
        let moved = conversation.handle("/followups 3 已解決", now: Fixtures.now)
        #expect(records(moved) == [.followUpChanged(id: "3", change: FollowUpUpdate(status: .resolved), day: "2026-11-30", by: "test", at: Fixtures.now)])
        // What `coach followups set` takes, the REPL takes too: pass it on, set its date, no status.
        let passed = conversation.handle("/followups #1 --department 財務部 --due 2026-12-20", now: Fixtures.now)
        #expect(records(passed) == [.followUpChanged(id: "1", change: FollowUpUpdate(department: "財務部", due: "2026-12-20"), day: "2026-11-30", by: "test", at: Fixtures.now)])
        #expect(text(conversation.handle("/followups 1 --due soon", now: Fixtures.now)).contains("invalid --due 'soon'"))
        #expect(text(conversation.handle("/followups 1", now: Fixtures.now)).contains("Nothing to change"))
        #expect(text(conversation.handle("/followups 1 finished", now: Fixtures.now)).contains("The value 'finished' is invalid for '--status'"))
        #expect(text(conversation.handle("/followups 5 resolved", now: Fixtures.now)).contains("No follow-up #5 of yours"))
    }

    @Test func aManagersCommentIsAnnouncedInTheGreetingAndReadWithComments() throws {
        let verification = Verification(
            uuid: "v1", kind: .log, entryID: "log-1", entryVersion: 1, verifiedBy: "王經理", verifiedAt: Fixtures.now,
            comment: "請吳佩珊幫忙約王總")
        let entry = ReviewEntry(kind: .log, id: "log-1", number: 1, accountID: "east-post", person: "test", day: "2026-11-03", updatedAt: Fixtures.now)
        var conversation = try conversation(FixedJournal(commentList: [ManagerComment(verification: verification, entry: entry)]))
        #expect(text(conversation.greeting(now: Fixtures.now)).contains("1 new comment(s) from your manager: /comments reads them."))
        let read = conversation.handle("/comments", now: Fixtures.now)
        #expect(text(read).contains("王經理 on your visit log #1 (ref 1; east-post, 2026-11-03), 2026-11-30:"), "\(text(read))")
        #expect(text(read).contains("請吳佩珊幫忙約王總"))
        #expect(records(read) == [.commentsRead(uuids: ["v1"], at: Fixtures.now)])

        let quiet = try self.conversation()
        #expect(text(quiet.greeting(now: Fixtures.now)).contains("new comment") == false)
    }

    @Test func reviewVerifyRecordsTheManagersComment() throws {
        let log = VisitLog(
            number: 1, uuid: "log-1", accountID: "east-post", visitor: "李明", version: 1,
            content: VisitLogContent(visitDate: "2026-11-03"), createdAt: Self.epoch, editedAt: Self.epoch)
        var conversation = try conversation(FixedJournal(logs: [VisitLogDetail(log: log, versions: [], followUps: [], verifications: [])]))
        #expect(text(conversation.handle("/review verify log 1", now: Fixtures.now)).contains("Add a comment"))
        #expect(text(conversation.handle("/review verify log 9 ok", now: Fixtures.now)).contains("No visit log '9'"))
        let verified = conversation.handle("/review verify log 1 Good visit; ask for the meeting --by 王經理", now: Fixtures.now)
        #expect(records(verified) == [.verified(kind: .log, id: "1", by: "王經理", comment: "Good visit; ask for the meeting", at: Fixtures.now)])
        #expect(text(conversation.handle("/review next year", now: Fixtures.now)).contains("The value 'next year' is invalid for '<period>': use YYYY-MM-DD"))
    }

    /// A prep paused longer than `prep.yaml` keeps a session resumable reads as abandoned in the
    /// manager's list (the coach marks it so only when it would offer it again); a recent one stays paused.
    @Test func aPrepPausedPastTheLimitIsListedAsAbandonedNotPaused() throws {
        let day: TimeInterval = 86_400
        func session(_ number: Int, pausedDaysAgo: Double) -> ReviewEntry {
            ReviewEntry(kind: .session, id: "east-post@\(number)", number: number, accountID: "east-post", person: "李明",
                        day: "2026-11-01", updatedAt: Fixtures.now.addingTimeInterval(-pausedDaysAgo * day), status: "paused")
        }
        var chat = try conversation(FixedJournal(entries: [session(1, pausedDaysAgo: 40), session(2, pausedDaysAgo: 2)]))
        let listed = text(chat.handle("/review all", now: Fixtures.now)).split(separator: "\n")
        #expect(listed.contains { $0.contains("session 1 ") && $0.contains("abandoned") })
        #expect(listed.contains { $0.contains("session 2 ") && $0.contains("paused") })
        #expect(!listed.contains { $0.contains("session 1 ") && $0.contains("paused") })
    }

    /// Log numbers are local; the short reference (the UUID's last eight hex digits) is the same in
    /// every store: shown beside the number and taken wherever a number is.
    @Test func aLogIsListedShownAndVerifiedByItsShortReference() throws {
        let uuid = "3f2b9c1e-5d4a-4b7c-8e6f-00009c2e41ab"
        let log = VisitLog(
            number: 4, uuid: uuid, accountID: "east-post", visitor: "李明", version: 1,
            content: VisitLogContent(visitDate: "2026-11-03"), createdAt: Self.epoch, editedAt: Self.epoch)
        let entry = ReviewEntry(kind: .log, id: uuid, number: 4, accountID: "east-post", person: "李明", day: "2026-11-03", updatedAt: Fixtures.now, version: 1)
        var environment = Fixtures.environment(database: try Fixtures.demoStore())
        environment.journal = FixedJournal(logs: [VisitLogDetail(log: log, versions: [], followUps: [], verifications: [])], entries: [entry])
        var chat = Conversation(environment: environment, language: .zhHant)
        #expect(text(chat.handle("/review 2026-11", now: Fixtures.now)).contains("9c2e41ab"))
        let shown = text(chat.handle("/review show 走訪 9c2e41ab", now: Fixtures.now))
        #expect(shown.contains("走訪記錄 #4（代碼 9c2e41ab）"), "\(shown)")
        let verified = chat.handle("/review verify 走訪 9C2E41AB 很好 --by 王經理", now: Fixtures.now)
        #expect(records(verified) == [.verified(kind: .log, id: uuid, by: "王經理", comment: "很好", at: Fixtures.now)])
        #expect(text(chat.handle("/review show 走訪 00000000", now: Fixtures.now)).contains("00000000"))
    }

    /// Verifying a version that is verified already says by whom and when and records nothing;
    /// `--again` adds a second verification.
    @Test func reVerifyingAVerifiedLogAddsNothingWithoutAgain() throws {
        let log = VisitLog(
            number: 1, uuid: "log-1", accountID: "east-post", visitor: "李明", version: 1,
            content: VisitLogContent(visitDate: "2026-11-03"), createdAt: Self.epoch, editedAt: Self.epoch)
        let verification = Verification(
            uuid: "v1", kind: .log, entryID: "log-1", entryVersion: 1, verifiedBy: "王經理", verifiedAt: Fixtures.now, comment: "很好")
        let entry = ReviewEntry(
            kind: .log, id: "log-1", number: 1, accountID: "east-post", person: "李明", day: "2026-11-03", updatedAt: Fixtures.now,
            version: 1, verifications: [verification])
        var environment = Fixtures.environment(database: try Fixtures.demoStore())
        environment.journal = FixedJournal(logs: [VisitLogDetail(log: log, versions: [], followUps: [], verifications: [verification])], entries: [entry])
        var chat = Conversation(environment: environment, language: .zhHant)
        let again = chat.handle("/review verify 走訪 1 準備充分 --by 王經理", now: Fixtures.now)
        #expect(records(again).isEmpty)
        #expect(text(again).contains("走訪記錄 #1（第 1 版）已經審核過（王經理，2026-11-30），沒有重複新增。"), "\(text(again))")
        let forced = chat.handle("/review verify 走訪 1 再看一次 --again --by 王經理", now: Fixtures.now)
        #expect(records(forced) == [.verified(kind: .log, id: "1", by: "王經理", comment: "再看一次", at: Fixtures.now)])
    }
}

/// `/followups` is one list: the follow-ups logged with /log and the open issues of the account
/// files (which change in the file, not with /followups N).
@Suite struct FileIssuesInFollowUpsTests {
    func text(_ outputs: [Output]) -> String {
        outputs.compactMap { output -> String? in
            switch output {
            case .text(let text, _): return text
            case .layouts(let layouts): return layouts.first?.map { $0.segments.map(\.text).joined() }.joined(separator: "\n")
            case .table(let table): return table.plainText
            default: return nil
            }
        }.joined(separator: "\n")
    }

    @Test func theAccountFilesOpenIssuesAreListedWithTheLoggedOnes() throws {
        let environment = Fixtures.environment(database: try Fixtures.demoStore())
        var chat = Conversation(environment: environment, language: .zhHant)
        let shown = text(chat.handle("/followups", now: Fixtures.now))
        // east-post's file: two open, one in progress, one customer-informed (closed).
        #expect(shown.contains("投遞時效不穩定"), "\(shown)")
        #expect(shown.contains("月結帳單與實際投遞量對不上"))
        #expect(shown.contains("希望提供分區回應率報表"))
        #expect(!shown.contains("報刊漏送三個社區"), "a closed issue is not open")
        #expect(!shown.contains("沒有未結的追蹤事項"))
        #expect(shown.contains("客戶檔案"), "says where those come from: \(shown)")
        let all = text(chat.handle("/followups all", now: Fixtures.now))
        #expect(all.contains("報刊漏送三個社區"))
    }
}
