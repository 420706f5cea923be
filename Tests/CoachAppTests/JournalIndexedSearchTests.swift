import CoachApp
import CoachCore
import CoachStore
import CoachTestSupport
import Foundation
import Testing

/// The store's indexed search (FTS5 grams + substring check in SQL) keeps exactly the logs the
/// reference matcher (`JournalSearch.matches`, a substring test over the whole log) keeps.
@Suite struct JournalIndexedSearchTests {
    static let texts: [(discussed: String, opinions: String, people: [String], issue: (String, String?)?)] = [
        ("包裹投遞時效和投遞路線", "財務部擔心成本", ["陳志明"], ("月結帳單對不上", "財務部")),
        ("投递网点的扫描设备", "技术部门倾向于现有供应商", ["王建國"], nil),
        ("parcel 投遞 tracking for rural routes", "The USER team likes the new dashboard", ["Mr. Ho"], ("invoice format does not match", "Finance")),
        ("年度框架合同續約", "決策者希望先看試點結果", ["張淑芬", "李處長"], ("系统登录偶尔超时", nil)),
        ("Quarterly business review", "ＦＵＬＬ－ＷＩＤＴＨ ｎｏｔｅｓ and 帳單", ["林主任"], nil),
        ("投", "遞", [], ("投遞掃描槍電池續航短", "營運部")),
        ("postal reform; east-post's pilot", "abc公司 visited", ["Dana Lee"], nil),
        ("", "", [], nil),
    ]

    static let queries = [
        "投遞", "投递", "帐单", "帳單", "月結", "财务部", "POST", "post", "ost", "east-post", "east post", "李明", "Dana",
        "陳志明", "陈志明", "full-width", "ｆｕｌｌ", "投", "遞", "递网", "投遞 財務", "zzz", "abc公司", "c公", "东邮政",
        "華東郵政", "tracking rural", "'s", "2026-11", "finance", "营运部", "電池續航", "east-post 投遞",
    ]

    func store() throws -> CoachDatabase {
        let database = try Fixtures.demoStore()
        let accounts = ["east-post", "riverside-health", "sz-huake"]
        for (index, text) in Self.texts.enumerated() {
            _ = try database.recordVisit(NewVisitLog(
                uuid: "search-\(index)", accountID: accounts[index % accounts.count], visitor: index % 2 == 0 ? "李明" : "Dana Lee",
                at: Fixtures.now,
                content: VisitLogContent(visitDate: "2026-11-\(String(format: "%02d", index + 1))", peopleMet: text.people, discussed: text.discussed, opinions: text.opinions),
                issues: text.issue.map { [NewFollowUp(text: $0.0, department: $0.1)] } ?? []))
        }
        return database
    }

    func compare(_ database: CoachDatabase, _ queries: [String]) throws {
        let names = Dictionary(try database.accounts().map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let all = try database.visitLogDetails()
        for query in queries {
            let expected = all.filter { JournalSearch.matches($0, accountName: names[$0.log.accountID], query: query) }.map(\.log.uuid)
            let found = try database.visitLogDetails(JournalQuery(words: JournalSearch.words(query, accountNames: names))).map(\.log.uuid)
            #expect(found == expected, "query '\(query)'")
        }
    }

    @Test func indexedSearchKeepsWhatTheSubstringTestKeeps() throws {
        let database = try store()
        try compare(database, Self.queries)
        // Sanity: the interesting queries find something.
        let names = Dictionary(try database.accounts().map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        for query in ["投遞", "投递", "帐单", "ost", "李明", "月結", "ｆｕｌｌ"] {
            #expect(try !database.visitLogDetails(JournalQuery(words: JournalSearch.words(query, accountNames: names))).isEmpty, "query '\(query)'")
        }
    }

    @Test func editsAndFollowUpChangesAreSearchable() throws {
        let database = try store()
        let log = try #require(try database.visitLogDetails().first { $0.log.uuid.hasSuffix("search-1") || $0.log.content.discussed == "投递网点的扫描设备" })
        var content = log.log.content
        content.commitments = "下週提交 zebracrossing 方案"
        _ = try database.editVisitLog(String(log.log.number), content: content, by: "Dana Lee", at: Fixtures.now)
        let followUp = try #require(try database.followUps().first)
        _ = try database.updateFollowUp(String(followUp.number), FollowUpUpdate(department: "採購部"), day: "2026-11-30", by: "李明", at: Fixtures.now)
        try compare(database, ["zebracrossing", "投递网点", "采购部", "財務部", "提交"])
        let names = Dictionary(try database.accounts().map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        #expect(try database.visitLogDetails(JournalQuery(words: JournalSearch.words("zebracrossing", accountNames: names))).count == 1)
        #expect(try database.visitLogDetails(JournalQuery(words: JournalSearch.words("采购部", accountNames: names))).count == 1)
    }

    @Test func filtersCombineWithWords() throws {
        let database = try store()
        let names = Dictionary(try database.accounts().map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let days = DayRange(first: DayNumber("2026-11-02")!, last: DayNumber("2026-11-06")!)
        let query = JournalQuery(accountID: "east-post", visitor: nil, days: days, words: JournalSearch.words("投遞", accountNames: names))
        let expected = try database.visitLogDetails()
            .filter { $0.log.accountID == "east-post" && days.contains(day: $0.log.content.visitDate) }
            .filter { JournalSearch.matches($0, accountName: names[$0.log.accountID], query: "投遞") }
            .map(\.log.uuid)
        #expect(try database.visitLogDetails(query).map(\.log.uuid) == expected)
    }
}
