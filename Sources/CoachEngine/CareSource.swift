public import CoachCore

/// What the care routine reads from the host beyond accounts and the journal source: the last
/// visit of each account (the visit date written in its newest log) and the salesperson's paused
/// preps. `/today`, the opening summary and the visit line of the briefings read it.
public protocol CareSource: Sendable {
    /// The newest visit day per account id, from the journal.
    func lastVisits() -> [String: DayNumber]
    /// The preps `salesperson` paused and may resume.
    func pausedPreps(salesperson: String) -> [AgendaInput.PausedPrep]
}

/// No journal to read visits from (one-shot commands, tests that do not need it).
public struct NoCare: CareSource {
    public init() {}
    public func lastVisits() -> [String: DayNumber] { [:] }
    public func pausedPreps(salesperson: String) -> [AgendaInput.PausedPrep] { [] }
}
