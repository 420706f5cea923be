public import CoachCore

/// A run of text on an org chart line; `role` says which buying role's colour it takes (nil: plain).
///
/// The chart is built from segments so the terminal can colour each role while the text itself
/// stays readable without colour (every person also carries a role letter such as `[D]`).
public struct ChartSegment: Sendable, Hashable {
    public var text: String
    public var role: BuyingRole?

    public init(_ text: String, role: BuyingRole? = nil) {
        self.text = text
        self.role = role
    }
}

extension Array where Element == ChartSegment {
    /// The line's text without colour.
    public var plainText: String { map(\.text).joined() }
}
