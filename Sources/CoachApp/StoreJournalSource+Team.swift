import CoachStore
public import CoachEngine

extension StoreJournalSource: TeamJournalSource {
    /// Colleagues' recent visits and open follow-ups on the account, once the store joined a team.
    public func teamActivity(accountID: String, salesperson: String) -> TeamActivity? {
        guard let activity = (try? database.colleagueActivity(accountID: accountID, me: salesperson)) ?? nil else { return nil }
        return TeamActivity(
            visits: activity.visits.map {
                TeamActivity.Visit(visitor: $0.visitor, visitDate: $0.visitDate, logNumber: $0.logNumber, peopleMet: $0.peopleMet)
            },
            followUps: activity.followUps)
    }

    public func mergeProposedWith(accountID: String) -> String? {
        ((try? database.mergeProposal(accountID: accountID)) ?? nil)?.theirsBy
    }
}
