public import CoachCore

/// What colleagues did on an account, for a store that has joined a team: their recent visits
/// (the overlap the method warns about) and their open follow-ups ("whoever visited supervises").
public struct TeamActivity: Sendable, Equatable {
    /// A colleague's visit log.
    public struct Visit: Sendable, Equatable {
        /// The colleague as the team knows them (display name).
        public var visitor: String
        public var visitDate: String
        public var logNumber: Int
        public var peopleMet: [String]

        public init(visitor: String, visitDate: String, logNumber: Int, peopleMet: [String]) {
            self.visitor = visitor
            self.visitDate = visitDate
            self.logNumber = logNumber
            self.peopleMet = peopleMet
        }
    }

    /// Newest first.
    public var visits: [Visit]
    /// Colleagues' follow-ups on the account that are not closed, with the owner's display name.
    public var followUps: [(owner: String, followUp: FollowUp)]

    public init(visits: [Visit], followUps: [(owner: String, followUp: FollowUp)]) {
        self.visits = visits
        self.followUps = followUps
    }

    public var isEmpty: Bool { visits.isEmpty && followUps.isEmpty }

    public static func == (lhs: TeamActivity, rhs: TeamActivity) -> Bool {
        lhs.visits == rhs.visits && lhs.followUps.map(\.owner) == rhs.followUps.map(\.owner)
            && lhs.followUps.map(\.followUp) == rhs.followUps.map(\.followUp)
    }
}

/// A journal that knows the team (a store joined to a team server). The conversation asks for it
/// with `as?`, so journals without a team need nothing.
public protocol TeamJournalSource: Sendable {
    /// Colleagues' activity on the account, or nil when there is no team.
    func teamActivity(accountID: String, salesperson: String) -> TeamActivity?
    /// The colleague whose concurrent edit of the account a sync merged into an open proposal
    /// (`coach account merge`), or nil.
    func mergeProposedWith(accountID: String) -> String?
}

extension TeamJournalSource {
    public func mergeProposedWith(accountID: String) -> String? { nil }
}
