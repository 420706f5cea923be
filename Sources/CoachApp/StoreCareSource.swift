public import CoachCore
public import CoachEngine
public import CoachStore
public import Foundation

/// The care routine's reads from the store (read each time, so a visit just logged counts at
/// once). A store that cannot be read reads as empty.
public struct StoreCareSource: CareSource {
    public let database: CoachDatabase
    public let timeZone: TimeZone

    public init(database: CoachDatabase, timeZone: TimeZone = .current) {
        self.database = database
        self.timeZone = timeZone
    }

    public func lastVisits() -> [String: DayNumber] {
        (try? database.lastVisitDays()) ?? [:]
    }

    public func pausedPreps(salesperson: String) -> [AgendaInput.PausedPrep] {
        (try? CareWorkspace.pausedPreps(database: database, salesperson: salesperson, timeZone: timeZone)) ?? []
    }
}
