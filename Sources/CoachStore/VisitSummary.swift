public import CoachCore

/// What a report counts of a visit log: who visited which account, on which day, and whom they
/// met. Read with the log's row, without decoding its content (`CoachDatabase.visitSummaries`).
public struct VisitSummary: Sendable, Hashable {
    public var number: Int
    public var accountID: String
    public var visitor: String
    /// The newest version's visit date, `YYYY-MM-DD`.
    public var visitDate: String
    /// The newest version's people met, in their order.
    public var peopleMet: [String]

    public init(number: Int, accountID: String, visitor: String, visitDate: String, peopleMet: [String]) {
        self.number = number
        self.accountID = accountID
        self.visitor = visitor
        self.visitDate = visitDate
        self.peopleMet = peopleMet
    }

    /// The summary of a log read in full.
    public init(_ log: VisitLog) {
        self.init(
            number: log.number, accountID: log.accountID, visitor: log.visitor, visitDate: log.content.visitDate,
            peopleMet: log.content.peopleMet)
    }
}
