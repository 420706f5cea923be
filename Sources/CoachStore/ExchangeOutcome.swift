/// What importing one line of a team export did.
public enum ExchangeOutcome: Sendable, Equatable {
    /// New to this store.
    case added
    /// Already here; new details (answers, versions, status changes) were added.
    case updated
    /// Already here as it is: nothing changed.
    case unchanged
    /// Differs from what this store holds under the same id; this store's copy was kept.
    case conflict(String)
}
