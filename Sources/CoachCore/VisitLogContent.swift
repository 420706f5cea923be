/// What one visit brought: the body of a visit log (客戶走訪日誌), kept as a new version at each edit.
public struct VisitLogContent: Sendable, Hashable, Codable {
    /// The day of the visit, `YYYY-MM-DD`.
    public var visitDate: String
    /// The people met, by name (names not in the account file are kept as typed).
    public var peopleMet: [String]
    /// What was discussed.
    public var discussed: String
    /// The customer's opinions and suggestions.
    public var opinions: String
    /// What we promised and the next steps.
    public var commitments: String
    /// Outline questions asked and what was learnt.
    public var findings: [OutlineFinding]

    public init(
        visitDate: String, peopleMet: [String] = [], discussed: String = "", opinions: String = "",
        commitments: String = "", findings: [OutlineFinding] = []
    ) {
        self.visitDate = visitDate
        self.peopleMet = peopleMet
        self.discussed = discussed
        self.opinions = opinions
        self.commitments = commitments
        self.findings = findings
    }

    /// Every piece of text in the log, for searching.
    public var searchableText: [String] {
        [visitDate, discussed, opinions, commitments] + peopleMet + findings.flatMap { [$0.question, $0.learnt] }
    }
}
