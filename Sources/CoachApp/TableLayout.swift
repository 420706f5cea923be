public import CoachEngine
import CoachCore
import CoachTerminal

/// Lays a `Table` out by display width: each column as wide as its widest cell (CJK characters
/// count two), up to its `maxWidth`; cells padded to their column, two spaces between columns;
/// the last column unpadded and, when its overflow says so, cut or wrapped at the screen's width.
///
/// ```swift
/// TableLayout.lines(table, width: 80).map(\.plainText)
/// // ["east-post      華東郵政分公司  A", "riverside-hg   Riverside Health Group  B"]
/// ```
/// - Complexity: O(cells × characters).
public enum TableLayout {
    /// The space between two columns.
    static let gap = "  "
    /// The fewest columns the last cell keeps when the screen is narrow.
    static let leastRoom = 10

    /// The table's lines for a screen `width` columns wide (nil: as wide as the table needs).
    public static func lines(_ table: Table, width: Int? = nil) -> [StyledLine] {
        guard !table.columns.isEmpty else { return [] }
        let widths = columnWidths(table)
        var lines: [StyledLine] = []
        if table.hasHeader {
            lines += layOut(table.columns.map { Table.Cell($0.header, table.headerStyle) }, table: table, widths: widths, screen: width)
        }
        for row in table.rows {
            switch row {
            case .cells(let cells): lines += layOut(cells, table: table, widths: widths, screen: width)
            case .line(let line): lines.append(line)
            }
        }
        return lines
    }

    /// How wide the table is with every cell whole: what a screen must hold for it to fit.
    public static func naturalWidth(_ table: Table) -> Int {
        lines(table).map { DisplayWidth.of($0.plainText) }.max() ?? 0
    }

    /// Each column's width: its widest cell or header, at most its `maxWidth`.
    static func columnWidths(_ table: Table) -> [Int] {
        table.columns.indices.map { column in
            var widest = table.hasHeader ? DisplayWidth.of(table.columns[column].header) : 0
            for case .cells(let cells) in table.rows where column < cells.count {
                widest = max(widest, DisplayWidth.of(cells[column].plainText))
            }
            return table.columns[column].maxWidth.map { min($0, widest) } ?? widest
        }
    }

    /// One row as one line, or several when a cell wraps.
    static func layOut(_ cells: [Table.Cell], table: Table, widths: [Int], screen: Int?) -> [StyledLine] {
        var last = table.columns.count - 1
        if table.endsAtLastFilledCell {
            last = min(last, cells.lastIndex { !$0.plainText.isEmpty } ?? 0)
        }
        var start = DisplayWidth.of(table.indent)
        var pieces: [[String]] = []
        for index in 0...last {
            let column = table.columns[index]
            let cell = index < cells.count ? cells[index] : Table.Cell("")
            var limit = column.maxWidth
            if index == table.columns.count - 1, let screen, column.overflow != .none {
                let room = max(screen - start, leastRoom)
                limit = min(limit ?? room, room)
            }
            // Only a cell without text around it is cut or wrapped.
            let fitted = cell.before.isEmpty && cell.after.isEmpty ? fit(cell.text, limit: limit, overflow: column.overflow) : [cell.text]
            pieces.append(fitted)
            start += widths[index] + DisplayWidth.of(gap)
        }
        let height = pieces.map(\.count).max() ?? 1
        return (0..<height).map { lineIndex in
            var segments: [StyledLine.Segment] = []
            for index in pieces.indices {
                let column = table.columns[index]
                let cell = index < cells.count ? cells[index] : Table.Cell("")
                let first = lineIndex == 0
                let text = lineIndex < pieces[index].count ? pieces[index][lineIndex] : ""
                var before = first ? cell.before : "", after = first ? cell.after : ""
                if index == 0 { before = table.indent + before }
                let shown = DisplayWidth.of(first ? cell.before + text + cell.after : text)
                let missing = max(0, widths[index] - shown)
                let padded = index == last && column.alignment == .left ? 0 : missing
                if column.alignment == .right { before += String(repeating: " ", count: padded) } else { after += String(repeating: " ", count: padded) }
                if index < last { after += gap }
                // Only the text takes the cell's style; what is around it, padding and gap are plain.
                if !before.isEmpty { segments.append(.init(before)) }
                segments.append(.init(text, cell.style ?? column.style))
                if !after.isEmpty { segments.append(.init(after)) }
            }
            // A cell's continuation lines end where the text ends.
            if lineIndex > 0 { trimTrailingSpaces(&segments) }
            return StyledLine(segments)
        }
    }

    /// `text` within `limit` columns: whole, cut with `…`, or wrapped to several lines.
    static func fit(_ text: String, limit: Int?, overflow: Table.Overflow) -> [String] {
        guard let limit, DisplayWidth.of(text) > limit else { return [text] }
        switch overflow {
        case .none: return [text]
        case .truncate: return [DisplayWidth.truncate(text, to: limit)]
        case .wrap: return TextWrapper.wrap(text, width: limit)
        }
    }

    static func aligned(_ text: String, _ width: Int, _ alignment: Table.Alignment) -> String {
        let missing = max(0, width - DisplayWidth.of(text))
        switch alignment {
        case .left: return text + String(repeating: " ", count: missing)
        case .right: return String(repeating: " ", count: missing) + text
        }
    }

    static func trimTrailingSpaces(_ segments: inout [StyledLine.Segment]) {
        while let lastSegment = segments.last {
            let trimmed = String(lastSegment.text.reversed().drop { $0 == " " }.reversed())
            if trimmed.isEmpty && segments.count > 1 {
                segments.removeLast()
            } else {
                segments[segments.count - 1].text = trimmed
                return
            }
        }
    }
}
