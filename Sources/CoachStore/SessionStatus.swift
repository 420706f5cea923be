/// Where a coaching session stands.
public enum SessionStatus: String, Sendable, Codable, CaseIterable {
    case inProgress = "in-progress"
    case paused
    case finished
    case cancelled
}
