public import Foundation

/// The current time, injected: live in the app, fixed in tests.
public struct Clock: Sendable {
    public var now: @Sendable () -> Date

    public init(now: @escaping @Sendable () -> Date) { self.now = now }

    /// The system clock.
    public static let live = Clock { Date() }

    /// A clock stopped at `date`.
    public static func constant(_ date: Date) -> Clock { Clock { date } }
}
