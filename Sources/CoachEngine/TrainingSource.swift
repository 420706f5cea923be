public import CoachCore

/// A trainee's stored training (lessons done, answers, review boxes, drills), provided by the host.
///
/// The conversation only reads through it; what it learns during a session goes out as `Record`s.
public protocol TrainingSource: Sendable {
    /// Everything stored about `trainee`.
    func records(trainee: String) -> TrainingRecords
}

/// Nothing stored (one-shot commands, tests that do not need it): every trainee starts afresh.
public struct NoTrainingRecords: TrainingSource {
    public init() {}
    public func records(trainee: String) -> TrainingRecords { TrainingRecords(trainee: trainee) }
}
