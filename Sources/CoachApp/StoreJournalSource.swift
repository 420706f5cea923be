public import CoachCore
public import CoachEngine
public import CoachStore
public import Foundation

/// The visit journal as the conversation reads it, from the store (read each time, so what the
/// conversation records shows at once). A store that cannot be read reads as empty.
public struct StoreJournalSource: JournalSource {
    public let database: CoachDatabase
    public let timeZone: TimeZone

    public init(database: CoachDatabase, timeZone: TimeZone = .current) {
        self.database = database
        self.timeZone = timeZone
    }

    public func comments(for salesperson: String, unreadOnly: Bool) -> [ManagerComment] {
        (try? database.comments(for: salesperson, unreadOnly: unreadOnly, timeZone: timeZone)) ?? []
    }

    public func followUps(owner: String?, includeClosed: Bool) -> [FollowUp] {
        (try? database.followUps(owner: owner, includeClosed: includeClosed)) ?? []
    }

    public func reviewEntries(days: DayRange?, who: String?) -> [ReviewEntry] {
        (try? database.reviewEntries(days: days, who: who, timeZone: timeZone)) ?? []
    }

    public func visitLog(_ id: String) -> VisitLogDetail? {
        (try? database.visitLogDetail(id)) ?? nil
    }

    public func session(_ id: String) -> SessionSnapshot? {
        (try? database.sessionSnapshot(id)) ?? nil
    }

    /// The draft, owned by no window when the window that wrote it is closed.
    public func visitLogDraft(salesperson: String, accountID: String) -> VisitLogDraft? {
        guard var draft = (try? database.draft(salesperson: salesperson, accountID: accountID)) ?? nil else { return nil }
        if let window = draft.window, !Window.mayBeOpen(window) { draft.window = nil }
        return draft
    }
}
