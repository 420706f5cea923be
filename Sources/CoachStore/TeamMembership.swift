public import Foundation

/// The team a store syncs with (`coach team join`): never a password.
public struct TeamMembership: Sendable, Equatable, Codable {
    /// The server's URL without a password (`postgres://liming@db.example.com/coach`).
    public var server: String
    /// This person's PostgreSQL role.
    public var role: String
    public var team: String
    /// The name this person's visit logs carry.
    public var displayName: String
    public var isManager: Bool
    /// The server's change sequence up to which this store has pulled.
    public var cursor: Int64
    public var joinedAt: Date
    public var lastSyncAt: Date?

    /// The names a record of this person may carry as its visitor or salesperson.
    public var names: Set<String> { [role, displayName] }
}

/// A team member as the server lists them.
public struct TeamMember: Sendable, Equatable, Codable {
    public var role: String
    public var displayName: String
    public var isManager: Bool

    public init(role: String, displayName: String, isManager: Bool) {
        self.role = role
        self.displayName = displayName
        self.isManager = isManager
    }
}
