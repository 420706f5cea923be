import CoachApp
import CoachEngine
import CoachTerminal
import Testing

/// `Output.table` is laid out by display width: CJK characters take two columns.
@Suite struct TableLayoutTests {
    func plain(_ table: Table, width: Int? = nil) -> [String] { TableLayout.lines(table, width: width).map(\.plainText) }

    @Test func columnsAlignByDisplayWidthNotByCharacters() {
        var table = Table(columns: [.init("id"), .init("name"), .init("tier")])
        table.add(["east-post", "華東郵政分公司", "A"])
        table.add(["riverside", "Riverside Health", "B"])
        #expect(plain(table) == [
            "id         name              tier",
            "east-post  華東郵政分公司    A",
            "riverside  Riverside Health  B",
        ])
    }

    @Test func rightAlignedColumnsPadOnTheLeft() {
        var table = Table(columns: [.init("topic"), .init("rules", alignment: .right), .init("en")])
        table.add(["買方角色", "7", "3"])
        table.add(["care", "12", "MISSING"])
        #expect(plain(table) == ["topic     rules  en", "買方角色      7  3", "care         12  MISSING"])
    }

    @Test func aCappedColumnIsCutAndTheLastOneWrapsUnderItself() {
        var table = Table(columns: [.init(maxWidth: 6, overflow: .truncate), .init(overflow: .wrap)], indent: "  ")
        table.add(["華東郵政分公司", "Find out who the decision maker listens to"])
        #expect(plain(table, width: 30) == [
            "  華東…   Find out who the",
            "          decision maker",
            "          listens to",
        ])
    }

    @Test func aTableWiderThanTheScreenShowsItsNarrowFormWhenItHasOne() {
        var table = Table(columns: [.init(), .init()], narrow: [.text("compact")])
        table.add([String(repeating: "x", count: 50), String(repeating: "y", count: 40)])
        #expect(OutputRenderer(width: 100, colors: .off).render([.table(table)]).hasPrefix("xxxx"))
        #expect(OutputRenderer(width: 60, colors: .off).render([.table(table)]) == "compact\n")
    }

    @Test func aRowCanEndAtItsLastFilledCell() {
        var table = Table(columns: [.init(), .init(), .init()])
        table.endsAtLastFilledCell = true
        table.add(["王建國", "總經理", "高"])
        table.add(["Kevin", "", ""])
        #expect(plain(table) == ["王建國  總經理  高", "Kevin"])
    }

    @Test func textAroundACellKeepsItsOwnStyleAndCountsInTheWidth() {
        var table = Table(columns: [.init(), .init()])
        table.add([Table.Cell("[D] 王建國", .accent, before: "├─ "), "H"])
        table.add(["[T] Li", "M"])
        let lines = TableLayout.lines(table)
        #expect(lines.map(\.plainText) == ["├─ [D] 王建國  H", "[T] Li         M"])
        #expect(lines[0].segments.first == StyledLine.Segment("├─ "))
        #expect(lines[0].segments[1] == StyledLine.Segment("[D] 王建國", .accent))
    }
}
