/// A text table: columns with a header and an alignment, rows of cells. The engine says what is
/// in it; the host lays it out by display width (CJK characters take two columns), so no view
/// pads text itself.
///
/// ```swift
/// var table = Table(columns: [.init("id", style: .accent), .init("name")])
/// table.add(["east-post", "華東郵政分公司"])
/// return [.table(table)]
/// ```
public struct Table: Sendable, Equatable {
    public var columns: [Column]
    public var rows: [Row]
    /// Written before every line.
    public var indent: String
    /// The style of the header line, when a column has a header.
    public var headerStyle: Style
    /// Shown instead when the table is wider than the screen (a compact form, a line per cell…);
    /// nil to show the table anyway.
    public var narrow: [Output]?
    /// Whether a row ends at its last non-empty cell (no padding after it), rather than padding
    /// every cell but the last column's.
    public var endsAtLastFilledCell = false

    public init(columns: [Column], rows: [Row] = [], indent: String = "", headerStyle: Style = .bold, narrow: [Output]? = nil) {
        self.columns = columns
        self.rows = rows
        self.indent = indent
        self.headerStyle = headerStyle
        self.narrow = narrow
    }

    /// Adds a row of plain cells in the columns' styles.
    public mutating func add(_ texts: [String]) { rows.append(.cells(texts.map { Cell($0) })) }

    /// Adds a row of cells.
    public mutating func add(_ cells: [Cell]) { rows.append(.cells(cells)) }

    /// Whether a header line is shown: when any column has a header.
    public var hasHeader: Bool { columns.contains { !$0.header.isEmpty } }

    /// One column: its header, how its cells align, how wide they may be.
    public struct Column: Sendable, Equatable {
        public var header: String
        public var alignment: Alignment
        /// The widest a cell is shown (display columns); nil for no limit.
        public var maxWidth: Int?
        /// What happens to a cell wider than `maxWidth` (or, in the last column, than the screen).
        public var overflow: Overflow
        /// The style of the column's cells, unless a cell has its own.
        public var style: Style

        public init(_ header: String = "", alignment: Alignment = .left, maxWidth: Int? = nil, overflow: Overflow = .none, style: Style = .plain) {
            self.header = header
            self.alignment = alignment
            self.maxWidth = maxWidth
            self.overflow = overflow
            self.style = style
        }
    }

    public enum Alignment: Sendable, Equatable { case left, right }

    public enum Overflow: Sendable, Equatable {
        /// Shown whole (the line becomes wider).
        case none
        /// Cut, ending in `…`.
        case truncate
        /// Continued on the next lines, under the column.
        case wrap
    }

    /// One cell: its text and, if it differs from its column's, its style; plain text may come
    /// before and after it (an org chart's tree lines, "(reports to …)").
    public struct Cell: Sendable, Equatable, ExpressibleByStringLiteral {
        public var text: String
        public var style: Style?
        /// Plain text before `text`, in the cell's width.
        public var before: String
        /// Plain text after `text`, in the cell's width.
        public var after: String

        public init(_ text: String, _ style: Style? = nil, before: String = "", after: String = "") {
            self.text = text
            self.style = style
            self.before = before
            self.after = after
        }

        public init(stringLiteral text: String) { self.init(text) }

        /// The cell's whole text.
        public var plainText: String { before + text + after }
    }

    public enum Row: Sendable, Equatable {
        /// A row of cells, one per column (missing ones are empty).
        case cells([Cell])
        /// A line of its own between rows, not aligned to the columns (a detail under its row).
        case line(StyledLine)
    }
}
