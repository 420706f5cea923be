public import CoachEngine
import CoachApp

extension Table {
    /// The table laid out as the renderer does with no width limit, without styles: for tests
    /// that read what a view shows.
    public var plainText: String { TableLayout.lines(self).map(\.plainText).joined(separator: "\n") }
}
