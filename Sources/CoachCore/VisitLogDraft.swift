public import Foundation

/// A visit log still being written with `/log`: everything answered so far, kept after each answer
/// so that a crash loses at most the line being typed. Its `uuid` is the id the log is saved under.
///
/// ```swift
/// let draft = VisitLogDraft(
///     uuid: ids.next(), salesperson: "李明", accountID: "east-post", step: 2, phase: .asking,
///     content: VisitLogContent(visitDate: "2026-11-29", peopleMet: ["陳志明"]),
///     startedAt: start, savedAt: now)
/// print(draft.partsDone, "of", VisitLogDraft.partCount)   // 2 of 7
/// ```
public struct VisitLogDraft: Sendable, Hashable, Codable {
    /// How far the guided log had come.
    public enum Phase: String, Sendable, Hashable, Codable {
        /// Asking the prompt numbered `step`.
        case asking
        /// Changing the part numbered `step` from the summary; the summary follows.
        case editing
        /// Every part was answered or skipped; the summary is waiting to be saved.
        case reviewing
    }

    /// The number of guided prompts of `/log` (date, people, discussed, opinions, issues,
    /// commitments, findings).
    public static let partCount = 7

    /// The log's id, made when `/log` began; the saved log keeps it.
    public var uuid: String
    public var salesperson: String
    public var accountID: String
    /// The prompt being asked (0 is the date), counting from 0.
    public var step: Int
    public var phase: Phase
    public var content: VisitLogContent
    /// The issues raised so far (each becomes a follow-up when the log is saved).
    public var issues: [NewFollowUp]
    /// When the log was begun.
    public var startedAt: Date
    /// When this draft was kept.
    public var savedAt: Date
    /// The window (REPL session) that writes this draft; another window must take it over
    /// explicitly before it can continue it. Nil for drafts kept before windows were recorded.
    public var window: String?

    public init(
        uuid: String, salesperson: String, accountID: String, step: Int, phase: Phase, content: VisitLogContent,
        issues: [NewFollowUp] = [], startedAt: Date, savedAt: Date, window: String? = nil
    ) {
        self.uuid = uuid
        self.window = window
        self.salesperson = salesperson
        self.accountID = accountID
        self.step = step
        self.phase = phase
        self.content = content
        self.issues = issues
        self.startedAt = startedAt
        self.savedAt = savedAt
    }

    /// The prompts answered (or skipped) so far: all of them once the summary was reached.
    public var partsDone: Int {
        phase == .asking ? min(max(step, 0), Self.partCount) : Self.partCount
    }
}
