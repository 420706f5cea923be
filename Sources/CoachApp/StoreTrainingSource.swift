public import CoachCore
public import CoachEngine
public import CoachStore

/// A trainee's training, read from the store each time (so what was just recorded counts).
public struct StoreTrainingSource: TrainingSource {
    public let database: CoachDatabase

    public init(database: CoachDatabase) { self.database = database }

    /// The stored records; an unreadable store reads as no training (writes report their errors).
    public func records(trainee: String) -> TrainingRecords {
        (try? database.trainingRecords(trainee: trainee)) ?? TrainingRecords(trainee: trainee)
    }
}
