public import Foundation

/// What one `coach sync` did (`coach sync --json` prints it).
public struct SyncReport: Sendable, Codable, Equatable {
    public enum Direction: String, Sendable, Codable { case push, pull }

    /// A record that was not sent or not stored, and why.
    public struct Skipped: Sendable, Codable, Equatable {
        public var kind: String
        public var id: String
        public var reason: String
    }

    /// A merged version proposed for an account that a colleague edited at the same time as this
    /// store (`coach account merge ACCOUNT` shows it).
    public struct MergeProposed: Sendable, Codable, Equatable {
        public var account: String
        public var colleague: String
        /// Fields both changed differently (this store's value kept in the proposal).
        public var conflicts: [String]
    }

    public var server: String
    public var role: String
    public var team: String
    /// Records sent up, by kind (`log`, `follow-up`…).
    public var pushed: [String: Int] = [:]
    /// Records stored here from the team, by kind.
    public var pulled: [String: Int] = [:]
    /// Records that were already the same on both sides.
    public var unchanged = 0
    public var skipped: [Skipped] = []
    /// Records whose copy here differs from the team's (this store's kept).
    public var conflicts: [String] = []
    /// Merged versions this sync proposed.
    public var mergeProposals: [MergeProposed] = []
    /// The server's change sequence pulled up to.
    public var cursor: Int64 = 0
    public var batches = 0
    public var finishedAt: Date?

    public init(server: String, role: String, team: String) {
        self.server = server
        self.role = role
        self.team = team
    }

    public var pushedCount: Int { pushed.values.reduce(0, +) }
    public var pulledCount: Int { pulled.values.reduce(0, +) }
}
