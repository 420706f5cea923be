import CoachCore

/// A visit log whose searchable text (`visitLogText`, `visitLogGrams`) must be computed again,
/// with what the writer already holds of it, so that it is not read back from the store.
struct SearchTextChange: Sendable {
    /// The log's account, visitor and newest content, as just written.
    struct Source: Sendable {
        var accountID: String
        var visitor: String
        var content: VisitLogContent
    }

    /// The log's id (`visitLog.id`).
    var id: Int64
    /// What the writer stored as the log's newest version; nil when the log is read again.
    var source: Source?
    /// Whether the log was created by this write, so it has no searchable text yet to replace.
    var isNew = false

    /// Keeps what each log's last change knows: a log's own change (its content) wins over a
    /// follow-up's (which knows only the log), and a log created in this write stays new.
    static func merge(_ change: SearchTextChange, into changes: inout [Int64: SearchTextChange]) {
        guard let earlier = changes[change.id] else {
            changes[change.id] = change
            return
        }
        var merged = change
        merged.source = change.source ?? earlier.source
        merged.isNew = change.isNew || earlier.isNew
        changes[change.id] = merged
    }
}
