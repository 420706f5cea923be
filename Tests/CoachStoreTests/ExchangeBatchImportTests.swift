import CoachCore
@testable import CoachStore
import Foundation
import GRDB
import Testing

/// A batch of exported items imported in one transaction: a whole batch first, without a
/// savepoint per item, and again item by item only when the store refuses one; the search text of
/// what it changed computed from what it stored.
@Suite struct ExchangeBatchImportTests {
    static let account = Account(id: "east-post", name: "華東郵政分公司", owner: "李明")
    static let start = Date(timeIntervalSince1970: 1_793_664_000)  // 2026-11-03 00:00 UTC

    /// The items of a store with four logs (one edited), follow-ups raised at two of them and a
    /// verification, in the order an export writes them.
    static func exported() throws -> [ExchangeItem] {
        let source = try CoachDatabase.inMemory()
        _ = try source.importAccount(account, source: "east-post.yaml", by: "test", at: start)
        for (index, discussed) in ["年度宣傳計劃", "包裹投遞時效", "pilot results", "月結帳單對不上"].enumerated() {
            _ = try source.recordVisit(NewVisitLog(
                uuid: "00000000-0000-4000-8000-00000000000\(index + 1)", accountID: "east-post",
                visitor: index == 2 ? "Dana Lee" : "李明", at: start.addingTimeInterval(Double(index) * 3_600),
                content: VisitLogContent(visitDate: "2026-11-0\(index + 3)", peopleMet: ["陳志明"], discussed: discussed),
                issues: index % 2 == 1 ? [NewFollowUp(text: "投遞掃描槍電池續航短", department: "營運部")] : []))
        }
        _ = try source.editVisitLog(
            "1", content: VisitLogContent(visitDate: "2026-11-03", peopleMet: ["陳志明", "王建國"], discussed: "年度宣傳計劃與預算"),
            by: "李明", at: start.addingTimeInterval(86_400))
        _ = try source.verify(kind: .log, id: "2", by: "王經理", comment: "記錄清楚", at: start.addingTimeInterval(7_200))
        return try source.exchangeItems()
    }

    /// Every log's stored folded text, by stable id.
    static func searchTexts(_ store: CoachDatabase) throws -> [String: String] {
        try store.dbWriter.read { db in
            Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: """
                SELECT l.uuid, t.folded FROM visitLog l JOIN visitLogText t ON t.logId = l.id
                """).map { ($0[0] as String, $0[1] as String) })
        }
    }

    /// Every log's folded text as it is made from the log read back in full.
    static func expectedTexts(_ store: CoachDatabase) throws -> [String: String] {
        Dictionary(uniqueKeysWithValues: try store.visitLogDetails().map { detail in
            (detail.log.uuid, JournalSearchText.folded(
                content: detail.log.content, accountID: detail.log.accountID, visitor: detail.log.visitor,
                followUps: detail.followUps.map { ($0.text, $0.department) }))
        })
    }

    @Test func theSearchTextOfAnImportIsTheOneReadBackFromTheStore() throws {
        let items = try Self.exported()
        let store = try CoachDatabase.inMemory()
        // Follow-ups first, so that a later batch links them to their logs; then the rest.
        let followUps = items.filter { $0.type == "follow-up" }
        #expect(try store.importExchangeItems(followUps).allSatisfy { (try? $0.get()) == .added })
        let outcomes = try store.importExchangeItems(items.filter { $0.type != "follow-up" })
        #expect(outcomes.allSatisfy { (try? $0.get()) == .added })
        #expect(try store.importExchangeItems(followUps).allSatisfy { (try? $0.get()) == .updated })
        let stored = try Self.searchTexts(store)
        #expect(stored.count == 4)
        #expect(stored == (try Self.expectedTexts(store)))
        // Simplified finds the Traditional of a follow-up linked by the second batch.
        #expect(try store.visitLogs(JournalQuery(words: [JournalQuery.Word(text: "投递扫描枪")])).map(\.content.discussed)
            == ["包裹投遞時效", "月結帳單對不上"])
        #expect(try store.visitLogs(JournalQuery(words: [JournalQuery.Word(text: "预算")])).count == 1)
    }

    @Test func anItemTheStoreRefusesInTheMiddleOfABatchLeavesNothingAndTheRestIsImported() throws {
        let items = try Self.exported()
        let store = try CoachDatabase.inMemory()
        // The store refuses the third log (a constraint no check before the store knows).
        try store.dbWriter.write { db in
            try db.execute(sql: """
                CREATE TRIGGER refuse BEFORE INSERT ON visitLog WHEN NEW.uuid = '00000000-0000-4000-8000-000000000003'
                BEGIN SELECT RAISE(ABORT, 'refused for the test'); END
                """)
        }
        let refused = try #require(items.firstIndex { $0.id == "00000000-0000-4000-8000-000000000003" })
        let outcomes = try store.importExchangeItems(items, lineHashes: items.indices.map { Data([UInt8($0)]) })
        #expect(outcomes.count == items.count)
        for (index, outcome) in outcomes.enumerated() {
            if index == refused {
                guard case .failure = outcome else {
                    Issue.record("item \(index) was stored")
                    continue
                }
            } else {
                #expect((try? outcome.get()) == .added, "item \(index): \(outcome)")
            }
        }
        let logs = try store.visitLogs()
        #expect(logs.map(\.uuid) == items.compactMap { item -> String? in
            guard case .log(let log) = item, log.id != "00000000-0000-4000-8000-000000000003" else { return nil }
            return log.id
        })
        #expect(try Self.searchTexts(store) == (try Self.expectedTexts(store)))
        // Nothing of it is left behind, not even the memory of its line: importing it again is tried.
        let known = try store.importedLines(items.indices.map { Data([UInt8($0)]) })
        #expect(known.count == items.count - 1 && known[Data([UInt8(refused)])] == nil)
        try store.dbWriter.write { db in try db.execute(sql: "DROP TRIGGER refuse") }
        let again = try store.importExchangeItems([items[refused]])
        #expect((try? again[0].get()) == .added)
        #expect(try Self.searchTexts(store) == (try Self.expectedTexts(store)))
    }
}
