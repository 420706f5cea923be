import CoachCore
import CoachOptions
import Foundation

extension Conversation {
    // MARK: /log

    /// `/log [ID]`: log a visit to the open account (or ID) with short guided prompts.
    mutating func startLog(_ id: String?, takeOver: Bool = false, now: Date) -> [Output] {
        guard let id = id ?? openAccountID else { return [.text(JournalText.logUsage[language])] }
        let account: Account
        switch findAccount(id) {
        case .success(let found): account = found
        case .failure(let miss): return miss.outputs
        }
        openAccountID = account.id
        let outline = currentAnalysis(now: now).map { OutlineBuilder.build(corpus: corpus, account: $0.account, flags: $0.flags, today: DayNumber(now, in: environment.timeZone).text) } ?? []
        let today = DayNumber(now, in: environment.timeZone)
        if let draft = environment.journal.visitLogDraft(salesperson: environment.salesperson, accountID: account.id) {
            if let owner = draft.window, owner != environment.window, !takeOver {
                let saved = JournalView.timestamp(draft.savedAt, environment.timeZone)
                return [.text(JournalText.draftElsewhere(account.id, saved)[language], .warning)]
            }
            return resumeLog(draft, account: account, outline: outline, today: today, takeOver: takeOver, now: now)
        }
        var flow = LogFlow(
            account: account, outline: outline, today: today, startedAt: now, salesperson: environment.salesperson,
            uuid: environment.ids.next())
        flow.window = environment.window
        mode = .log(flow)
        return [.text(JournalText.logHeading(account)[language], .heading)] + teamNotes(accountID: account.id) + flow.ask(flowContext(now))
    }

    /// Continues a log kept as a draft: says how far it had come, then asks the next unanswered
    /// part (with the items of a list noted so far), or shows the summary.
    mutating func resumeLog(_ draft: VisitLogDraft, account: Account, outline: [OutlineQuestion], today: DayNumber, takeOver: Bool = false, now: Date) -> [Output] {
        var flow = LogFlow(account: account, outline: outline, today: today, draft: draft)
        flow.window = environment.window
        var taken: [Output] = []
        if draft.window != environment.window {
            // Recorded at once, so the other window (or a closed one's leftover) no longer writes it.
            flow.takingOver = true
            taken = flow.keep(flowContext(now))
            if takeOver { taken.append(.text(JournalText.takenOver(account.id)[language], .accent)) }
        }
        mode = .log(flow)
        let context = flowContext(now)
        let started = JournalView.timestamp(draft.startedAt, environment.timeZone)
        let intro: [Output] = [
            .text(JournalText.resuming(started, done: draft.partsDone, of: LogFlow.Step.allCases.count)[language], .heading),
        ]
        if flow.form.phase == .reviewing { return taken + intro + [.blank] + flow.summary(context) }
        return taken + intro + flow.ask(context) + flow.notedItems(context)
    }

    // MARK: /followups

    /// `/followups [all] [--overdue] [--who NAME] [--account ID]`: follow-ups, overdue first (yours
    /// and open unless asked otherwise); `/followups N STATUS [--department D] [--due DAY] [--owner O]`
    /// moves one on. Parsed with the options `coach followups` uses.
    func followUpsCommand(_ arguments: [String], now: Date) -> [Output] {
        let request: FollowupsRequest
        do {
            request = try FollowupsRequest.parse(arguments)
        } catch {
            return [.text(error.text(language), .error), .text(JournalText.followUpUsage[language], .dim)]
        }
        let day = today(now)
        let days = corpus.method.overdueDays
        switch request {
        case .list(let options):
            let owner = options.owner(me: environment.salesperson)
            var items = environment.journal.followUps(owner: owner, includeClosed: options.everyone)
                .filter { options.account == nil || $0.accountID == options.account }
            if options.overdue { items = items.filter { $0.isOverdue(today: day, overdueDays: days) } }
            var files: [JournalView.FileIssue] = []
            if !options.overdue {
                // The account files' issues, except those already logged (whoever owns them).
                let logged = environment.journal.followUps(owner: nil, includeClosed: true)
                let accounts = environment.accounts.accountIDs().filter { options.account == nil || $0 == options.account }
                    .compactMap { environment.accounts.account(id: $0) }
                files = JournalView.fileIssues(of: accounts, owner: owner, logged: logged).filter { options.everyone || !$0.issue.status.isClosed }
            }
            let heading = JournalView.followUpsHeading(items, owner: owner, me: environment.salesperson, today: day, overdueDays: days, language: language)
            return JournalView.followUps(items, fromFiles: files, today: day, overdueDays: days, language: language, heading: heading)
                + [.text(JournalText.followUpsHint[language], .dim)]
        case .set(let options):
            let mine = environment.journal.followUps(owner: environment.salesperson, includeClosed: true)
            guard let item = mine.first(where: { String($0.number) == options.id }) else {
                return [.text(JournalText.unknownFollowUp(options.id)[language], .error)]
            }
            if let status = options.chosenStatus, !item.status.allowsChange(to: status) {
                return [.text(JournalText.statusNotAllowed(item.number, item.status, status, language), .warning)]
            }
            let todayNumber = DayNumber(now, in: environment.timeZone)
            /// One day typed for `option` (an empty `--due` clears it), or nil when it is not one.
            func oneDay(_ typed: String) -> String? {
                guard let range = DayRange.parse(typed, today: todayNumber), range.first == range.last else { return nil }
                return range.first.text
            }
            var due: String?
            if let typed = options.due {
                due = typed.isEmpty ? "" : oneDay(typed)
                guard due != nil else { return [.text(JournalText.badDay(typed, option: "--due")[language], .error)] }
            }
            var changedOn = day
            if let typed = options.on {
                guard let parsed = oneDay(typed) else { return [.text(JournalText.badDay(typed, option: "--on")[language], .error)] }
                changedOn = parsed
            }
            let change = FollowUpUpdate(status: options.chosenStatus, department: options.department, due: due, owner: options.owner)
            return [.record(.journal(.followUpChanged(
                id: String(item.number), change: change, day: changedOn, by: options.by ?? environment.salesperson, at: now)))]
        }
    }

    /// The id to look `typed` up by: the record's UUID when `typed` is a short reference
    /// (`9c2e41ab`) that names exactly one entry of `kind`, else `typed` (a number or a full id).
    func entryID(_ typed: String, kind: JournalEntryKind) -> String {
        guard ShortRef.isRef(typed) else { return typed }
        let ids = environment.journal.reviewEntries(days: nil, who: nil).filter { $0.kind == kind }.map(\.id)
        let found = ShortRef.matches(typed, in: ids)
        return found.count == 1 ? found[0] : typed
    }

    // MARK: /review

    /// `/review [PERIOD] [--who NAME] [--account ID] [--unverified]`, `/review show KIND N`,
    /// `/review verify KIND N COMMENT [--by NAME] [--again]`: parsed with the options `coach review` uses.
    func reviewCommand(_ arguments: [String], now: Date) -> [Output] {
        let request: ReviewRequest
        do {
            request = try ReviewRequest.parse(arguments)
        } catch {
            return [.text(error.text(language), .error), .text(JournalText.reviewUsage[language], .dim)]
        }
        let timeZone = environment.timeZone
        switch request {
        case .show(let options):
            let kind = options.kind
            let id = entryID(options.id, kind: kind)
            switch kind {
            case .log:
                guard let detail = environment.journal.visitLog(id) else { return [.text(JournalText.unknownEntry(kind, id)[language], .error)] }
                let name = environment.accounts.account(id: detail.log.accountID)?.name
                return JournalView.logDetail(detail, accountName: name, language: language, timeZone: timeZone)
            case .session:
                guard let session = environment.journal.session(id) else { return [.text(JournalText.unknownEntry(kind, id)[language], .error)] }
                let name = environment.accounts.account(id: session.accountID)?.name
                return JournalView.sessionDetail(session, corpus: corpus, accountName: name, language: language, timeZone: timeZone, outlineLimit: 10)
            }
        case .verify(let options):
            let kind = options.kind
            let id = entryID(options.id, kind: kind)
            let comment = options.commentText
            switch kind {
            case .log:
                guard environment.journal.visitLog(id) != nil else { return [.text(JournalText.unknownEntry(kind, id)[language], .error)] }
            case .session:
                guard let session = environment.journal.session(id) else { return [.text(JournalText.unknownEntry(kind, id)[language], .error)] }
                guard session.status == "finished" || session.status == "cancelled" else {
                    return [.text(JournalText.sessionNotFinished(session.number)[language], .warning)]
                }
            }
            // This version is verified already: say by whom and when, and add nothing unless asked.
            if !options.again, let entry = environment.journal.reviewEntries(days: nil, who: nil).first(where: { $0.kind == kind && ($0.id == id || String($0.number) == id) }),
               let previous = entry.latestVerification, !entry.editedSinceVerified {
                let day = JournalView.day(previous.verifiedAt, timeZone)
                return [.text(JournalText.alreadyVerified(kind, number: entry.number, version: previous.entryVersion, by: previous.verifiedBy, day: day)[language], .warning)]
            }
            guard !comment.isEmpty else { return [.text(JournalText.commentNeeded[language])] }
            return [.record(.journal(.verified(kind: kind, id: id, by: options.by ?? environment.salesperson, comment: comment, at: options.at?.date ?? now)))]
        case .list(let options):
            guard let todayNumber = DayNumber(today(now)) else { return [] }
            let range = options.chosenPeriod.range(today: todayNumber)
            let who = options.who
            var entries = corpus.prep.reading(environment.journal.reviewEntries(days: range, who: who), now: now, timeZone: timeZone)
            if let account = options.account { entries = entries.filter { $0.accountID == account } }
            if options.unverified { entries = entries.filter { $0.latestVerification == nil } }
            return JournalView.reviewList(entries, period: range?.label, who: who, language: language, timeZone: timeZone)
        }
    }

    // MARK: Comments

    /// The greeting's line about unread comments from the manager, if there are any.
    func commentsNotice() -> [Output] {
        let unread = environment.journal.comments(for: environment.salesperson, unreadOnly: true)
        guard !unread.isEmpty else { return [] }
        return [.text(JournalText.newComments(unread.count)[language], .accent)]
    }

    /// `/comments`: the manager's unread comments; they are then marked read.
    func commentsCommand(now: Date) -> [Output] {
        let unread = environment.journal.comments(for: environment.salesperson, unreadOnly: true)
        let shown = JournalView.comments(unread, language: language, timeZone: environment.timeZone)
        guard !unread.isEmpty else { return shown }
        return shown + [.record(.journal(.commentsRead(uuids: unread.map(\.verification.uuid), at: now)))]
    }
}
