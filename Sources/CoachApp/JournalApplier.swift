public import CoachCore
public import CoachEngine
public import CoachStore

/// Applies the journal's records to the store and says what happened, in the user's language.
public enum JournalApplier {
    public static func apply(_ record: JournalRecord, to database: CoachDatabase, language: Language) -> Applied {
        do {
            switch record {
            case .visitLogged(let log):
                let saved = try database.recordVisit(log)
                guard saved.isNew else { return .saved([.text(Text.alreadySaved(saved.log.number)[language], .dim)]) }
                return .saved([.text(Text.saved(saved)[language], .success)])
            case let .accountUpdated(account, source, user, date):
                let result = try database.importAccount(account, source: source, by: user, at: date)
                return .saved([.text(ImportText.imported(result)[language], result.outcome == .unchanged ? .dim : .success)])
            case let .followUpChanged(id, change, day, user, date):
                let item = try database.updateFollowUp(id, change, day: day, by: user, at: date)
                return .saved([.text(Text.moved(item, change)[language], .success)])
            case let .verified(kind, id, manager, comment, date):
                let verification = try database.verify(kind: kind, id: id, by: manager, comment: comment, at: date)
                let entry = try database.reviewEntries().first { $0.kind == kind && $0.id == verification.entryID }
                return .saved([.text(Text.verified(kind, number: entry?.number, version: verification.entryVersion, person: entry?.person)[language], .success)])
            case let .commentsRead(uuids, date):
                try database.markCommentsRead(uuids, at: date)
                return .saved([])
            case .draftSaved(let draft):
                do {
                    try database.saveDraft(draft)
                } catch .journal(let problem) where problem == .draftInAnotherWindow(accountID: draft.accountID) {
                    // Not a failure to retry: the other window keeps its draft, this log goes on
                    // in memory and is saved when finished (retrying would hold the log back).
                    return .saved([.text(Text.sentence(problem.text)[language], .warning)])
                }
                return .saved([])
            case .draftTakenOver(let draft):
                try database.saveDraft(draft, takingOver: true)
                return .saved([])
            case let .draftDiscarded(salesperson, accountID, window):
                try database.deleteDraft(salesperson: salesperson, accountID: accountID, window: window)
                return .saved([])
            }
        } catch {
            return .failed(error.message(language))
        }
    }

    enum Text: LocalizedTextTable {

        static func saved(_ saved: RecordedVisit) -> LocalizedText {
            let log = saved.log
            let numbers = saved.followUps.map { "#\($0.number)" }.joined(separator: ", ")
            if saved.followUps.isEmpty {
                return l("Saved visit log #\(log.number) (\(log.accountID), \(log.content.visitDate)).",
                         "已保存拜访记录 #\(log.number)（\(log.accountID)，\(log.content.visitDate)）。",
                         "已儲存走訪記錄 #\(log.number)（\(log.accountID)，\(log.content.visitDate)）。")
            }
            return l("Saved visit log #\(log.number) (\(log.accountID), \(log.content.visitDate)); follow-ups you own: \(numbers) (/followups).",
                     "已保存拜访记录 #\(log.number)（\(log.accountID)，\(log.content.visitDate)）；由你跟进的事项：\(numbers)（/followups）。",
                     "已儲存走訪記錄 #\(log.number)（\(log.accountID)，\(log.content.visitDate)）；由你追蹤的事項：\(numbers)（/followups）。")
        }

        /// A problem's text (a clause, as errors print it) as a sentence of its own.
        static func sentence(_ clause: LocalizedText) -> LocalizedText {
            LocalizedText(en: clause.en.prefix(1).uppercased() + clause.en.dropFirst() + ".", zhHans: clause.zhHans + "。", zhHant: clause.zhHant + "。")
        }

        static func alreadySaved(_ number: Int) -> LocalizedText {
            l("This visit log was already saved as #\(number).", "这篇拜访记录之前已保存为 #\(number)。", "這篇走訪記錄先前已儲存為 #\(number)。")
        }

        /// The follow-up after `change`: its status, and what else the change set.
        static func moved(_ item: FollowUp, _ change: FollowUpUpdate) -> LocalizedText {
            let label = item.status.label
            let department = change.department == nil ? nil
                : item.department.map { l("; passed to \($0)", "；交给\($0)", "；交給\($0)") } ?? l("; no department", "；不再指定部门", "；不再指定部門")
            let due = change.due == nil ? nil
                : item.due.map { l("; due \($0)", "；期限 \($0)", "；期限 \($0)") } ?? l("; no due date", "；不再设期限", "；不再設期限")
            let owner = change.owner == nil ? nil : l("; owned by \(item.owner)", "；负责人 \(item.owner)", "；負責人 \(item.owner)")
            func rest(_ language: Language) -> String { [department, due, owner].compactMap { $0?[language] }.joined() }
            return l("Follow-up #\(item.number) is now \(label.en)\(item.status.isClosed ? ": closed" : "")\(rest(.en)).",
                     "跟进事项 #\(item.number) 现在是“\(label.zhHans)”\(item.status.isClosed ? "，已结案" : "")\(rest(.zhHans))。",
                     "追蹤事項 #\(item.number) 現在是「\(label.zhHant)」\(item.status.isClosed ? "，已結案" : "")\(rest(.zhHant))。")
        }

        static func verified(_ kind: JournalEntryKind, number: Int?, version: Int?, person: String?) -> LocalizedText {
            let id = number.map { " #\($0)" } ?? ""
            let who = person ?? "the salesperson"
            // 「走訪記錄 #1（第 1 版）」: the version in words; a space after a Latin name before the Chinese that follows.
            func spaced(_ name: String?, _ fallback: String) -> String {
                guard let name else { return fallback }
                return name.unicodeScalars.last.map { $0.isASCII } == true ? "\(name) " : name
            }
            return l("Verified \(kind.label.en)\(id)\(version.map { " (v\($0))" } ?? ""); \(who) will see your comment.",
                     "已审核\(kind.label.zhHans)\(id)\(version.map { "（第 \($0) 版）" } ?? "")；\(spaced(person, "业务员"))会看到你的评语。",
                     "已審核\(kind.label.zhHant)\(id)\(version.map { "（第 \($0) 版）" } ?? "")；\(spaced(person, "業務員"))會看到你的評語。")
        }
    }
}
