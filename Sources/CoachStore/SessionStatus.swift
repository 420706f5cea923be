/// Where a coaching session stands.
public enum SessionStatus: String, Sendable, Codable, CaseIterable {
    case inProgress = "in-progress"
    case paused
    case finished
    case cancelled
    /// Paused past the corpus's limit, or replaced by a new prep; kept, no longer offered.
    case abandoned
}
