public import CoachCore
public import Foundation

/// What the visit journal asks its host to store (carried by `Record.journal`).
public enum JournalRecord: Sendable, Equatable {
    /// A visit was logged; each issue becomes a follow-up owned by the visitor.
    case visitLogged(NewVisitLog)
    /// Something learnt at a visit changes the account (met: true, a new person): store it as a
    /// new version of the account with `source` saying where it came from.
    case accountUpdated(account: Account, source: String, by: String, at: Date)
    /// A follow-up moved on, passed to a department or an owner, or given a due date, on `day`.
    case followUpChanged(id: String, change: FollowUpUpdate, day: String, by: String, at: Date)
    /// A manager verified a log or session, with a comment for the salesperson.
    case verified(kind: JournalEntryKind, id: String, by: String, comment: String, at: Date)
    /// The salesperson read these comments (verification uuids).
    case commentsRead(uuids: [String], at: Date)
    /// A visit log being written with `/log` changed: keep the draft (replacing the earlier one of
    /// the same salesperson and account), so a crash loses at most the line being typed.
    case draftSaved(VisitLogDraft)
    /// This window takes over a draft another window was writing.
    case draftTakenOver(VisitLogDraft)
    /// The draft is done with (the log was saved or dropped): remove it — only this window's
    /// (`window`), so another window's draft of the same account stays.
    case draftDiscarded(salesperson: String, accountID: String, window: String? = nil)
}

