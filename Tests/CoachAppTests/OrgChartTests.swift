import CoachApp
import CoachCore
import CoachEngine
import Foundation
import Testing

@Suite struct OrgChartTests {
    /// Terminal columns: CJK and full-width characters take two (what `DisplayWidth.of` does).
    static func width(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { sum, scalar in
            let value = scalar.value
            let wide = (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value)
                || (0xAC00...0xD7A3).contains(value) || (0xF900...0xFAFF).contains(value) || (0xFF00...0xFF60).contains(value)
            return sum + (wide ? 2 : 1)
        }
    }

    static let account = Account(
        id: "east-post", name: "華東郵政分公司",
        people: [
            Person(name: "王建國", title: "總經理", role: .decisionMaker, reportsTo: "董事會", influence: .high,
                   support: .neutral, contact: .low, met: false, isNew: true),
            Person(name: "陳志明", title: "營銷中心主任", role: .technical, reportsTo: "王建國", influence: .high,
                   support: .supportive, contact: .medium, met: true),
            Person(name: "林美玲", role: .user, reportsTo: "陳志明", influence: .medium, support: .champion, contact: .high, met: true),
            Person(name: "張淑芬", title: "財務處處長", role: .finance, reportsTo: "王建國", influence: .high, support: .opposed,
                   contact: Contact.none, met: true),
            Person(name: "Kevin", role: .unknown),
        ])

    /// The chart's table as the renderer lays it out, however wide.
    static func laidOut(_ account: Account, _ language: Language) -> [StyledLine] {
        TableLayout.lines(OrgChart.table(account: account, language: language))
    }

    static func plain(_ language: Language = .en) -> [String] {
        laidOut(account, language).map(\.plainText)
    }

    @Test func drawsTheReportsToTreeWithBoxDrawing() {
        let lines = Self.plain()
        #expect(lines[0] == "Org chart: 華東郵政分公司 (east-post)")
        #expect(lines[2].hasPrefix("[D] 王建國 (reports to 董事會)"))
        #expect(lines[3].hasPrefix("├─ [T] 陳志明"))
        #expect(lines[4].hasPrefix("│  └─ [U] 林美玲"))
        #expect(lines[5].hasPrefix("└─ [F] 張淑芬"))
        #expect(lines[6].hasPrefix("[?] Kevin"))
    }

    @Test func showsMarkersForInfluenceSupportContactAndMet() {
        let lines = Self.plain()
        let words = { (line: String) in line.split(separator: " ").map(String.init) }
        #expect(words(lines[1]) == ["person", "title", "influence", "support", "contact", "met"])
        #expect(Array(words(lines[2]).suffix(6)) == ["H", "0", "low", "not", "met,", "new"])
        #expect(Array(words(lines[5]).suffix(4)) == ["H", "\u{2212}", "none", "met"])
        #expect(Array(words(lines[4]).suffix(4)) == ["M", "++", "high", "met"])
        #expect(Array(words(lines[6]).suffix(4)) == ["?", "?", "?", "?"])
    }

    @Test func chineseChartMarksInfluenceInWordsLikeContact() {
        let lines = Self.plain(.zhHant)
        let words = { (line: String) in line.split(separator: " ").map(String.init) }
        #expect(Array(words(lines[2]).suffix(4)) == ["高", "0", "低", "未見，新面孔"])
        #expect(!lines.joined().contains(" H "))
    }

    @Test(arguments: [Language.en, .zhHans, .zhHant])
    func legendExplainsEveryColumn(language: Language) {
        let legend = OrgChart.legend(language: language).map(\.plainText).joined(separator: "\n")
        let headings = ["person", "title", "influence", "support", "contact", "met"]
        let header = Self.plain(language)[1]
        // Person and title explain themselves; the role letters, marks, contact and met are spelt out.
        for (index, heading) in headings.enumerated() where index >= 2 {
            let label = header.split(separator: " ")[index]
            #expect(legend.lowercased().contains(label.lowercased()), "\(language): \(heading) (\(label)) missing from \(legend)")
        }
        #expect(legend.contains("[D]"))
    }

    @Test func compactChartFitsSixtyColumnsWithEveryFact() {
        for language in Language.allCases {
            let lines = OrgChart.compactLines(account: Self.account, language: language).map(\.plainText)
            let people = lines.prefix { !$0.isEmpty }
            for line in people { #expect(Self.width(line) <= 60, "\(language): \(line)") }
            #expect(people.count == 1 + 2 * Self.account.people.count)
        }
        let lines = OrgChart.compactLines(account: Self.account, language: .zhHant).map(\.plainText)
        #expect(lines[1] == "[D] 王建國 · 總經理（上級：董事會）")
        #expect(lines[2] == "    影響 高 · 支持 0 · 接觸 低 · 未見，新面孔")
        #expect(lines[3] == "├─ [T] 陳志明 · 營銷中心主任")
        #expect(lines[4] == "│      影響 高 · 支持 + · 接觸 中 · 已見")
        #expect(lines[5] == "│  └─ [U] 林美玲")
        #expect(lines[6] == "│         影響 中 · 支持 ++ · 接觸 高 · 已見")
    }

    @Test func alignsColumnsByDisplayWidth() throws {
        let lines = Self.plain(.zhHant)
        func column(of text: String, in line: String) throws -> Int {
            let range = try #require(line.range(of: text))
            return Self.width(String(line[..<range.lowerBound]))
        }
        let title = try column(of: "職務", in: lines[1])
        #expect(try column(of: "總經理", in: lines[2]) == title)
        #expect(try column(of: "營銷中心主任", in: lines[3]) == title)
        #expect(try column(of: "財務處處長", in: lines[5]) == title)
        let contact = try column(of: "接觸", in: lines[1])
        #expect(try column(of: "低", in: lines[2]) == contact)
        #expect(try column(of: "無", in: lines[5]) == contact)
    }

    @Test func colorsEachPersonByRole() {
        let lines = Self.laidOut(Self.account, .en)
        let roleSegments = lines[2...6].compactMap { line in line.segments.first { if case .role = $0.style { true } else { false } } }
        #expect(roleSegments.map(\.style) == [.role(.decisionMaker), .role(.technical), .role(.user), .role(.finance), .role(.unknown)])
        #expect(roleSegments.map(\.text) == ["[D] 王建國", "[T] 陳志明", "[U] 林美玲", "[F] 張淑芬", "[?] Kevin"])
    }

    @Test(arguments: Language.allCases)
    func legendListsEveryRoleWithLetterAndColour(language: Language) {
        let legend = OrgChart.legend(language: language)
        let roles = legend[0].compactMap(\.role)
        #expect(roles == BuyingRole.allCases)
        #expect(legend[0].plainText.contains("[D] \(BuyingRole.decisionMaker.label[language])"))
        #expect(legend[2].plainText.contains("\u{2212} \(Support.opposed.label[language])"))
    }

    @Test func aReportsToCircleIsDrawnOnceWithoutLooping() {
        let account = Account(id: "c", name: "C", people: [
            Person(name: "甲", reportsTo: "乙"), Person(name: "乙", reportsTo: "甲"),
        ])
        let lines = Self.laidOut(account, .en).map(\.plainText)
        #expect(lines[2].hasPrefix("[?] 甲 (reports to 乙)"))
        #expect(lines[3].hasPrefix("└─ [?] 乙"))
        #expect(lines.filter { $0.contains("[?] 甲") }.count == 1)
        #expect(lines.filter { $0.contains("[?] 乙") }.count == 1)
    }

    @Test func anAccountWithoutPeopleSaysHowToAddThem() {
        let lines = Self.laidOut(Account(id: "e", name: "E"), .zhHans)
        #expect(lines[1].plainText.contains("people:"))
    }

    @Test func dotHasRoleColoursEdgesFontAndLegend() {
        let dot = OrgChart.dot(account: Self.account, language: .zhHant)
        #expect(dot.hasPrefix("digraph \"east-post\" {"))
        #expect(dot.contains("fontname=\"Noto Sans CJK SC\""))
        #expect(dot.contains("p0 [label=\"[D] 王建國\\n總經理\\n影響 高 · 支持 0 · 接觸 低\\n未見，新面孔\", fillcolor=\"#E69F00\", style=\"rounded,filled,dashed\", penwidth=2];"))
        #expect(dot.contains("s0 [label=\"董事會\", shape=plaintext"))
        #expect(dot.contains("s0 -> p0 [style=dashed];"))
        #expect(dot.contains("p0 -> p1;"))
        #expect(dot.contains("p1 -> p2;"))
        #expect(dot.contains("fillcolor=\"#009E73\""))
        #expect(dot.contains("<TD BGCOLOR=\"#CC79A7\">[C] 教練</TD>"))
        #expect(dot.hasSuffix("}\n"))
    }

    @Test func dotEscapesQuotesInNames() {
        let account = Account(id: "q", name: "Q \"Ltd\"", people: [Person(name: "A \"B\" <C>")])
        let dot = OrgChart.dot(account: account, language: .en)
        #expect(dot.contains("label=\"Org chart: Q \\\"Ltd\\\" (q)\""))
        #expect(dot.contains("[?] A \\\"B\\\" <C>"))
    }
}
