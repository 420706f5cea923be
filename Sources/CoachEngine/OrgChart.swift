public import CoachCore

/// The account's org chart: the reports-to tree with each person's buying role, influence,
/// support and contact, as terminal lines or as Graphviz DOT.
///
/// People whose `reports-to` names no person of the account are roots; a free-text superior
/// (`董事會`) is shown on the root's line. A reports-to cycle is broken where it is first met.
///
/// ```swift
/// let chart = OrgChart.table(account: account, language: .zhHant)   // [.table(chart)]: the host lays it out
/// let dot = OrgChart.dot(account: account, language: .en)
/// ```
public enum OrgChart {
    /// The font Graphviz uses, chosen because it has every Chinese character in both scripts.
    public static let fontName = "Noto Sans CJK SC"

    /// The title, a header, one line per person in tree order, a blank line and the legend, as a
    /// table the host lays out by display width; on a screen too narrow for it, `compactLines`.
    /// - Complexity: O(n) in the number of people.
    public static func table(account: Account, language: Language) -> Table {
        var table = Table(columns: Labels.header.map { _ in Table.Column() })
        table.endsAtLastFilledCell = true
        table.rows.append(.line(StyledLine(Labels.title(account)[language], .heading)))
        let rows = layout(account)
        if rows.isEmpty {
            table.rows.append(.line(StyledLine(Labels.noPeople[language])))
        } else {
            table.add(Labels.header.map { $0[language] })
            for row in rows { table.add(cells(for: row, in: account, language: language)) }
        }
        table.rows.append(.line(StyledLine([])))
        table.rows += legend(language: language).map { .line(styled($0)) }
        table.narrow = [.lines(compactLines(account: account, language: language).enumerated().map { index, line in
            index == 0 ? StyledLine(line.plainText, .heading) : styled(line)
        })]
        return table
    }

    /// Chart segments as a styled line: each role in its colour.
    public static func styled(_ segments: [ChartSegment]) -> StyledLine {
        StyledLine(segments.map { StyledLine.Segment($0.text, $0.role.map(Style.role) ?? .plain) })
    }

    /// The chart for a narrow terminal: two lines per person, the tree, role and name with the
    /// title, then the influence, support, contact and met under the name; the legend below.
    ///
    /// ```
    /// [D] 王建國 · 總經理
    ///     影響 高 · 支持 + · 接觸 中 · 已見
    /// ├─ [C] 吳佩珊 · 採購經理
    /// │      影響 中 · 支持 ++ · 接觸 高 · 已見
    /// ```
    /// - Complexity: O(n) in the number of people.
    public static func compactLines(account: Account, language: Language) -> [[ChartSegment]] {
        var lines: [[ChartSegment]] = [[ChartSegment(Labels.title(account)[language])]]
        let rows = layout(account)
        if rows.isEmpty { lines.append([ChartSegment(Labels.noPeople[language])]) }
        let separator = Labels.itemSeparator[language]
        for row in rows {
            let person = account.people[row.index]
            var first: [ChartSegment] = []
            if !row.prefix.isEmpty { first.append(ChartSegment(row.prefix)) }
            first.append(ChartSegment("[\(person.role.letter)] \(person.name)", role: person.role))
            if let title = person.title, !title.isEmpty { first.append(ChartSegment(separator + title)) }
            if let superior = row.superior { first.append(ChartSegment(Labels.under(superior)[language])) }
            lines.append(first)
            // Under the name: the tree's continuation, then past the role letter.
            var indent = String(row.prefix.dropLast(3))
            if !row.prefix.isEmpty { indent += row.prefix.hasSuffix("├─ ") ? "│  " : "   " }
            let facts = [
                "\(Labels.header[2][language]) \(person.influence.marker(language))",
                "\(Labels.header[3][language]) \(person.support.marker)",
                "\(Labels.header[4][language]) \(person.contact?.label[language] ?? "?")",
                metAndNew(person, language: language),
            ]
            lines.append([ChartSegment(indent + "    " + facts.joined(separator: separator))])
        }
        lines.append([])
        // The roles two to a line, under their heading; the other notes as in the wide legend.
        var legend = legend(language: language)
        let roles = legend.removeFirst().dropFirst().filter { $0.role != nil }
        lines.append([ChartSegment(Labels.rolesHeading[language].trimmingSuffix(" "))])
        for start in stride(from: 0, to: roles.count, by: 2) {
            var line = [ChartSegment("  ")]
            for (offset, role) in roles[roles.index(roles.startIndex, offsetBy: start)...].prefix(2).enumerated() {
                if offset > 0 { line.append(ChartSegment("  ")) }
                line.append(role)
            }
            lines.append(line)
        }
        return lines + legend
    }

    /// The legend: each role in its colour with its letter, then the influence and support markers.
    public static func legend(language: Language) -> [[ChartSegment]] {
        var roles: [ChartSegment] = [ChartSegment(Labels.rolesHeading[language])]
        for (offset, role) in BuyingRole.allCases.enumerated() {
            if offset > 0 { roles.append(ChartSegment("  ")) }
            roles.append(ChartSegment("[\(role.letter)] \(role.label[language])", role: role))
        }
        return [
            roles,
            [ChartSegment(Labels.influenceHeading[language] + influenceMarkers(language))],
            [ChartSegment(Labels.supportHeading[language] + supportMarkers(language))],
            [ChartSegment(Labels.contactHeading[language])],
            [ChartSegment(Labels.metHeading[language])],
        ]
    }

    /// `H high  M medium  L low  ? unknown`; in Chinese the marks are the words (`高  中  低  ? 不明`).
    static func influenceMarkers(_ language: Language) -> String {
        [Level.high, .medium, .low, .unknown].map { level in
            level.marker(language) == level.label[language] ? level.label[language] : "\(level.marker(language)) \(level.label[language])"
        }.joined(separator: "  ")
    }

    static func supportMarkers(_ language: Language) -> String {
        Support.allCases.map { "\($0.marker) \($0.label[language])" }.joined(separator: "  ")
    }

    /// The chart as Graphviz DOT: one box per person filled with its role's colour (Okabe–Ito,
    /// safe for colour-blind readers, and the role letter in the label), edges from superior to
    /// subordinate, a dashed border for people not met, and a legend.
    ///
    /// Render with `dot -Tsvg chart.dot > chart.svg`; the font must be installed for Chinese names.
    public static func dot(account: Account, language: Language) -> String {
        let rows = layout(account)
        var out: [String] = []
        out.append("digraph \(quote(account.id)) {")
        out.append("  graph [label=\(quote(Labels.title(account)[language])), labelloc=t, fontname=\(quote(fontName)), fontsize=16, rankdir=TB, nodesep=0.35, ranksep=0.55];")
        out.append("  node [shape=box, style=\"rounded,filled\", fontname=\(quote(fontName)), fontsize=11, color=\"#333333\", fontcolor=\"#000000\"];")
        out.append("  edge [color=\"#555555\", arrowhead=none];")
        var superiors: [String: String] = [:]
        for row in rows {
            let person = account.people[row.index]
            let id = "p\(row.index)"
            var attributes = ["label=\(quote(nodeLabel(person, language: language)))", "fillcolor=\(quote(fillColor(for: person.role)))"]
            if person.met == false { attributes.append("style=\"rounded,filled,dashed\"") }
            if person.isNew || person.influence == .high { attributes.append("penwidth=2") }
            out.append("  \(id) [\(attributes.joined(separator: ", "))];")
            if let parent = row.parent {
                out.append("  p\(parent) -> \(id);")
            } else if let superior = row.superior, let target = account.people.firstIndex(where: { $0.name == superior }) {
                out.append("  p\(target) -> \(id) [style=dashed];")
            } else if let superior = row.superior {
                let superiorID: String
                if let existing = superiors[superior] {
                    superiorID = existing
                } else {
                    superiorID = "s\(superiors.count)"
                    superiors[superior] = superiorID
                    out.append("  \(superiorID) [label=\(quote(superior)), shape=plaintext, style=\"\"];")
                }
                out.append("  \(superiorID) -> \(id) [style=dashed];")
            }
        }
        out.append("  legend [shape=plaintext, style=\"\", label=<\(legendTable(language: language))>];")
        // An invisible edge from the deepest person puts the legend below the tree.
        if let deepest = rows.max(by: { $0.prefix.count < $1.prefix.count }) {
            out.append("  p\(deepest.index) -> legend [style=invis];")
        }
        out.append("}")
        return out.joined(separator: "\n") + "\n"
    }

    /// The Okabe–Ito fill colour of a role: orange, sky blue, bluish green, yellow, reddish purple, grey.
    public static func fillColor(for role: BuyingRole) -> String {
        ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#CC79A7", "#BBBBBB"][role.paletteIndex]
    }
}

extension String {
    fileprivate func trimmingSuffix(_ suffix: Character) -> String {
        var copy = self
        while copy.last == suffix { copy.removeLast() }
        return copy
    }
}

extension OrgChart {
    /// One person's place in the tree.
    struct Row: Equatable {
        /// Index of the person in `account.people`.
        var index: Int
        /// Index of the superior in `account.people`, for people under another person.
        var parent: Int?
        /// The free-text superior of a root (`reports-to` naming no person of the account).
        var superior: String?
        /// The box-drawing prefix: `├─ `, `│  └─ ` and so on.
        var prefix: String
    }

    /// People in tree order: each root in file order followed by its reports, depth first.
    static func layout(_ account: Account) -> [Row] {
        let people = account.people
        var indexByName: [String: Int] = [:]
        for (index, person) in people.enumerated() where indexByName[person.name] == nil {
            indexByName[person.name] = index
        }
        var children: [Int: [Int]] = [:]
        var roots: [Int] = []
        for (index, person) in people.enumerated() {
            if let superior = person.reportsTo, let parent = indexByName[superior], parent != index {
                children[parent, default: []].append(index)
            } else {
                roots.append(index)
            }
        }
        var rows: [Row] = []
        var visited = Set<Int>()
        func visit(_ index: Int, parent: Int?, prefix: String, indent: String) {
            guard visited.insert(index).inserted else { return }
            let person = people[index]
            let superior = parent == nil ? person.reportsTo.flatMap { $0.isEmpty || $0 == person.name ? nil : $0 } : nil
            rows.append(Row(index: index, parent: parent, superior: superior, prefix: prefix))
            let reports = (children[index] ?? []).filter { !visited.contains($0) }
            for (offset, child) in reports.enumerated() {
                let last = offset == reports.count - 1
                visit(child, parent: index, prefix: indent + (last ? "└─ " : "├─ "), indent: indent + (last ? "   " : "│  "))
            }
        }
        for root in roots { visit(root, parent: nil, prefix: "", indent: "") }
        // People left over report to each other in a cycle: start each cycle at its first person.
        for index in people.indices where !visited.contains(index) {
            visit(index, parent: nil, prefix: "", indent: "")
        }
        return rows
    }

    /// The cells of one person's line: tree and name, title, influence, support, contact, met/new.
    static func cells(for row: Row, in account: Account, language: Language) -> [Table.Cell] {
        let person = account.people[row.index]
        let name = Table.Cell(
            "[\(person.role.letter)] \(person.name)", .role(person.role), before: row.prefix,
            after: row.superior.map { Labels.under($0)[language] } ?? "")
        return [
            name,
            Table.Cell(person.title ?? ""),
            Table.Cell(person.influence.marker(language)),
            Table.Cell(person.support.marker),
            Table.Cell(person.contact?.label[language] ?? "?"),
            Table.Cell(metAndNew(person, language: language)),
        ]
    }

    static func metAndNew(_ person: Person, language: Language) -> String {
        var parts: [String] = []
        switch person.met {
        case true?: parts.append(Labels.met[language])
        case false?: parts.append(Labels.notMet[language])
        case nil: parts.append("?")
        }
        if person.isNew { parts.append(Labels.new[language]) }
        return parts.joined(separator: Labels.separator[language])
    }

    /// A person's box: role letter and name, title, markers, met and new.
    static func nodeLabel(_ person: Person, language: Language) -> String {
        var lines = ["[\(person.role.letter)] \(person.name)"]
        if let title = person.title, !title.isEmpty { lines.append(title) }
        let contact = person.contact?.label[language] ?? "?"
        lines.append([
            "\(Labels.header[2][language]) \(person.influence.marker(language))",
            "\(Labels.header[3][language]) \(person.support.marker)",
            "\(Labels.header[4][language]) \(contact)",
        ].joined(separator: " · "))
        lines.append(metAndNew(person, language: language))
        return lines.joined(separator: "\n")
    }

    /// The legend as a Graphviz HTML-like table: a row of role cells in their colours, then the markers.
    static func legendTable(language: Language) -> String {
        let roles = BuyingRole.allCases.map { role in
            "<TD BGCOLOR=\"\(fillColor(for: role))\">[\(role.letter)] \(html(role.label[language]))</TD>"
        }.joined()
        let notes = [
            Labels.influenceHeading[language] + influenceMarkers(language),
            Labels.supportHeading[language] + supportMarkers(language),
            Labels.contactHeading[language],
            Labels.metHeading[language],
            Labels.borders[language],
        ].map { "<TR><TD COLSPAN=\"\(BuyingRole.allCases.count)\" BORDER=\"0\" ALIGN=\"LEFT\">\(html($0))</TD></TR>" }
        return "<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"4\" CELLPADDING=\"4\">"
            + "<TR><TD COLSPAN=\"\(BuyingRole.allCases.count)\" BORDER=\"0\"><B>\(html(Labels.legendHeading[language]))</B></TD></TR>"
            + "<TR>\(roles)</TR>" + notes.joined() + "</TABLE>"
    }

    /// Text escaped for a Graphviz HTML-like label.
    static func html(_ text: String) -> String {
        var escaped = ""
        for character in TerminalSafe.text(text) {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// A DOT string literal.
    static func quote(_ text: String) -> String {
        var escaped = ""
        for character in TerminalSafe.text(text) {
            switch character {
            case "\\": escaped += "\\\\"
            case "\"": escaped += "\\\""
            case "\n": escaped += "\\n"
            case "\r": continue
            default: escaped.append(character)
            }
        }
        return "\"\(escaped)\""
    }
}
