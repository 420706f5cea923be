import CoachApp
import CoachCore
import CoachStore
import CoachTestSupport
import Foundation
import Testing

/// Importing a team export again: lines stored for good are skipped by their hash and counted
/// unchanged, the rest are read again and say what they said before.
@Suite struct TeamImportRepeatTests {
    static let start = Date(timeIntervalSince1970: 1_793_664_000)  // 2026-11-03 00:00 UTC

    /// An export of two logs, a follow-up and a verification; the first log is named by the id an
    /// earlier release wrote (`demo-log-1`, not a UUID) and has no follow-up.
    static func export() throws -> [String] {
        let store = try Fixtures.demoStore()
        _ = try store.recordVisit(NewVisitLog(
            uuid: "demo-log-1", accountID: "east-post", visitor: "李明", at: start,
            content: VisitLogContent(visitDate: "2026-11-03", peopleMet: ["陳志明"], discussed: "月結帳單對不上")))
        _ = try store.recordVisit(NewVisitLog(
            uuid: "00000000-0000-4000-8000-0000000000a2", accountID: "east-post", visitor: "李明", at: start,
            content: VisitLogContent(visitDate: "2026-11-04", peopleMet: ["陳志明"], discussed: "年度宣傳計劃"),
            issues: [NewFollowUp(text: "投遞掃描槍電池續航短")]))
        _ = try store.verify(kind: .log, id: "1", by: "王經理", comment: "記錄清楚", at: start.addingTimeInterval(3_600))
        return try TeamExchange.export(from: store, since: nil, who: nil)
            .replacingOccurrences(of: RecordID.normalized("demo-log-1", kind: .log), with: "demo-log-1")
            .split(separator: "\n").map(String.init)
    }

    @Test func aSecondImportSkipsWhatTheFirstStoredAndChangesNothing() throws {
        let text = try Self.export().joined(separator: "\n") + "\n"
        let store = try CoachDatabase.inMemory()
        let first = TeamExchange.importLines(text, into: store, file: "team.jsonl")
        #expect(first.diagnostics.isEmpty, "\(first.diagnostics)")
        let lines = text.split(separator: "\n").count
        #expect(first.added == lines)
        let second = TeamExchange.importLines(text, into: store, file: "team.jsonl")
        #expect(second.diagnostics.isEmpty && second.added == 0 && second.updated == 0)
        #expect(second.unchanged == lines)
        #expect(second.counts == first.counts.mapValues { ["unchanged": $0["added"] ?? 0] }, "counted by type as before")
        // A log whose id is not a UUID is found by the search after the import (its search text is
        // made under the id the store gives it).
        #expect(try store.visitLogs(JournalQuery(words: [JournalQuery.Word(text: "月结帐单")])).count == 1)
        #expect(try store.visitLogs(JournalQuery(words: [JournalQuery.Word(text: "投递")])).count == 1)
    }

    @Test func aFollowUpImportedBeforeItsLogIsLinkedByTheNextImport() throws {
        var lines = try Self.export()
        let followUps = lines.filter { $0.contains("\"type\":\"follow-up\"") }
        lines.removeAll { $0.contains("\"type\":\"follow-up\"") }
        lines.insert(contentsOf: followUps, at: 0)
        let text = lines.joined(separator: "\n")
        let store = try CoachDatabase.inMemory()
        let first = TeamExchange.importLines(text, into: store, file: "team.jsonl")
        #expect(first.diagnostics.isEmpty, "\(first.diagnostics)")
        #expect(try store.followUps().allSatisfy { $0.logNumber == nil })
        let second = TeamExchange.importLines(text, into: store, file: "team.jsonl")
        #expect(second.updated == followUps.count && second.unchanged == lines.count - followUps.count)
        #expect(try store.followUps().allSatisfy { $0.logNumber != nil })
        let third = TeamExchange.importLines(text, into: store, file: "team.jsonl")
        #expect(third.unchanged == lines.count)
    }

    @Test func aLineThatConflictsIsReadAndWarnedAboutEachTime() throws {
        var lines = try Self.export()
        let store = try CoachDatabase.inMemory()
        _ = TeamExchange.importLines(lines.joined(separator: "\n"), into: store, file: "team.jsonl")
        let index = try #require(lines.firstIndex { $0.contains("\"type\":\"verification\"") })
        lines[index] = lines[index].replacingOccurrences(of: "記錄清楚", with: "請補上預算")
        for _ in 0..<2 {
            let again = TeamExchange.importLines(lines.joined(separator: "\n"), into: store, file: "team.jsonl")
            #expect(again.conflicts == 1 && again.diagnostics.map(\.line) == [index + 1])
            #expect(again.unchanged == lines.count - 1)
        }
    }
}
