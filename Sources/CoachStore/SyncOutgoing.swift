/// One record to push to the team server, as the server keeps it.
public struct SyncOutgoing: Sendable, Equatable {
    /// `account-version`, `session`, `log`, `follow-up`, `verification` or `comment`.
    public var kind: String
    /// The record's UUID.
    public var id: String
    public var account: String
    /// Who made it: the visitor, salesperson, importer, verifier or comment author.
    public var author: String
    /// The log a follow-up was raised at; the entry a verification is about.
    public var subject: String? = nil
    /// The role a comment is addressed to.
    public var recipient: String? = nil
    /// The record as JSON (a line of `coach export`, or a comment).
    public var payload: String
}

/// The records named by a prefix of the outbox, up to outbox row `through`.
public struct SyncOutgoingBatch: Sendable {
    public var records: [SyncOutgoing]
    public var through: Int64
}

/// One record pulled from the team server.
public struct SyncIncoming: Sendable, Equatable {
    public var seq: Int64
    public var kind: String
    public var id: String
    /// The role that pushed it.
    public var owner: String
    public var payload: String

    public init(seq: Int64, kind: String, id: String, owner: String, payload: String) {
        self.seq = seq
        self.kind = kind
        self.id = id
        self.owner = owner
        self.payload = payload
    }
}

/// What importing one pulled record did.
public struct SyncPullOutcome: Sendable {
    public var kind: String
    public var id: String
    public var result: Result<ExchangeOutcome, StoreError>
}
