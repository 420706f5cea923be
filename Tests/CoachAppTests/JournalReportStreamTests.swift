import CoachApp
import CoachCore
import CoachStore
import CoachTestSupport
import Foundation
import Testing

/// A long monthly report written a piece at a time is the report laid out whole; the overlaps are
/// in their order however the pairs sort as text.
@Suite struct JournalReportStreamTests {
    static let start = Date(timeIntervalSince1970: 1_793_664_000)  // 2026-11-03 00:00 UTC

    /// A store with hundreds of follow-ups overdue at the end of November 2026, some of them
    /// with texts that need escaping, so the overdue table alone is several pieces long.
    func report() throws -> JournalReport {
        let store = try CoachDatabase.inMemory()
        _ = try store.importAccount(Account(id: "east-post", name: "華東郵政分公司", owner: "李明"), source: "a.yaml", by: "t", at: Self.start)
        for index in 0..<600 {
            _ = try store.recordVisit(NewVisitLog(
                uuid: "log-\(index)", accountID: "east-post", visitor: ["李明", "王芳", "Dana Lee"][index % 3], at: Self.start,
                content: VisitLogContent(visitDate: "2026-10-\(String(format: "%02d", 1 + index % 28))", peopleMet: ["陳志明"]),
                issues: [NewFollowUp(
                    text: index % 7 == 0 ? "報表 *加粗* | 分欄 \(index)" : "月結帳單與實際投遞量對不上，請財務部再核對一次 \(index % 40)",
                    department: "財務部")]))
        }
        let november = try #require(DayRange.parse("2026-11", today: DayNumber("2026-11-30")!))
        return try JournalReport.build(
            database: store, days: november, who: nil, today: DayNumber("2026-11-30")!, selfChecks: Fixtures.corpus.selfChecks)
    }

    @Test(arguments: Language.allCases)
    func aReportWrittenInPiecesIsTheReportLaidOutWhole(language: Language) throws {
        let report = try report()
        #expect(report.overdue.count == 600)
        var pieces: [String] = []
        report.markdown(language: language, flags: Fixtures.corpus.flags) { pieces.append($0) }
        #expect(pieces.count > 1, "the overdue table alone is longer than a piece")
        #expect(pieces.dropLast().allSatisfy { $0.utf8.count >= 64 * 1024 })
        let whole = pieces.joined()
        #expect(whole == report.markdown(language: language, flags: Fixtures.corpus.flags))
        // The lines as they always were: the table rows escaped, the report ending with a newline.
        #expect(whole.hasSuffix("\n") && !whole.hasSuffix("\n\n"))
        #expect(whole.contains(" | 報表 \\*加粗\\* \\| 分欄 7 | "))
        #expect(whole.components(separatedBy: "\n").filter { $0.hasPrefix("| ") && $0.contains("財務部") }.count == 600)
    }

    @Test func overlapsAreByVisitsThenAccountThenPair() {
        // "east" sorts before "east-post" as an id, and 李明 & 王芳 before 李明 & 陳靜 as a pair.
        var logs: [VisitSummary] = []
        var number = 0
        for (account, pairs) in [("east-post", [("李明", "王芳"), ("李明", "陳靜")]), ("east", [("李明", "陳靜"), ("Dana", "李明")])] {
            for (first, second) in pairs {
                for day in [1, 3] {
                    number += 1
                    logs.append(VisitSummary(number: number, accountID: account, visitor: day == 1 ? first : second,
                                             visitDate: "2026-11-0\(day)", peopleMet: []))
                }
            }
        }
        let overlaps = JournalReport.overlaps(in: logs, window: 14, who: nil, names: [:])
        let expected = overlaps.sorted {
            ($1.visits, $0.account, $0.salespeople.joined(separator: "\u{0}")) < ($0.visits, $1.account, $1.salespeople.joined(separator: "\u{0}"))
        }
        #expect(overlaps == expected)
        #expect(overlaps.map(\.account).first == "east")
        #expect(overlaps.count >= 4)
    }
}
