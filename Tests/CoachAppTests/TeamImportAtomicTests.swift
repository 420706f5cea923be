import CoachApp
import CoachCore
import CoachStore
import CoachTestSupport
import Foundation
import Testing

/// `coach import` reads its files a block at a time, and reads them through before it stores
/// anything: a line longer than the reader takes stops the import with one error naming the file
/// and the line, and the store stays as it was, even when the line comes after several batches or
/// in a later file.
@Suite struct TeamImportAtomicTests {
    static let limits = ExchangeLimits(now: Date(timeIntervalSince1970: 1_796_000_000))  // 2026-11-30

    /// `count` export lines: logs of east-post, a follow-up at every fifth.
    static func lines(count: Int, from first: Int = 0) -> [String] {
        var lines: [String] = []
        for index in first..<(first + count) {
            let id = String(format: "00000000-0000-4000-8000-%012d", index + 1)
            let day = String(format: "2026-11-%02d", 1 + index % 28)
            lines.append(#"{"account":"east-post","createdAt":"\#(day)T01:00:00.000Z","id":"\#(id)","type":"log","versions":[{"content":{"commitments":"","discussed":"包裹投遞時效 \#(index)","findings":[],"opinions":"","peopleMet":["陳志明"],"visitDate":"\#(day)"},"editedAt":"\#(day)T01:00:00.000Z","editedBy":"李明","version":1}],"visitor":"李明"}"#)
            if index % 5 == 0 {
                let followUp = String(format: "00000000-0000-4000-9000-%012d", index + 1)
                lines.append(#"{"account":"east-post","createdAt":"\#(day)T01:00:00.000Z","department":"財務部","due":null,"history":[{"at":"\#(day)T02:00:00.000Z","by":"李明","day":"\#(day)","status":"open"}],"id":"\#(followUp)","log":"\#(id)","owner":"李明","raised":"\#(day)","status":"open","text":"投遞掃描槍電池續航短","type":"follow-up","updatedAt":"\#(day)T02:00:00.000Z"}"#)
            }
        }
        return lines
    }

    static func file(_ lines: [String], in folder: URL, named name: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try (lines.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    static func reader(_ path: String) throws -> ExportLineReader {
        try #require(ExportLineReader(path: path, maximumLineBytes: 4_096, blockSize: 1_000))
    }

    @Test func aLineTooLongAfterSeveralBatchesLeavesTheStoreAsItWas() throws {
        let folder = try TemporaryFolders.make()
        let good = Self.lines(count: 2_100)
        let path = try Self.file(good + [String(repeating: "x", count: 5_000)] + Self.lines(count: 3, from: 5_000), in: folder, named: "team.jsonl")
        let store = try CoachDatabase.inMemory()
        let reader = try Self.reader(path)
        do {
            _ = try TeamExchange.importFiles([("team.jsonl", reader)], into: store, limits: Self.limits)
            Issue.record("the import should have failed")
        } catch {
            #expect(error.file == "team.jsonl" && error.line == good.count + 1 && error.severity == .error)
            #expect(error.message.contains("longer than") && error.message.contains("nothing was imported"), "\(error)")
        }
        #expect(try store.visitLogDetails(JournalQuery()).isEmpty, "nothing before the long line was stored")
        #expect(try store.followUps().isEmpty)
        // Without the long line the same lines import, and are not taken for known ones.
        let whole = try TeamExchange.importFiles([("team.jsonl", try Self.reader(try Self.file(good, in: folder, named: "good.jsonl")))], into: store, limits: Self.limits)
        #expect(whole.map(\.added) == [good.count] && whole.map(\.unchanged) == [0], "\(whole.map(\.diagnostics))")
        #expect(try store.visitLogDetails(JournalQuery()).count == 2_100)
    }

    @Test func aFailingSecondFileDropsTheFirstToo() throws {
        let folder = try TemporaryFolders.make()
        let first = try Self.file(Self.lines(count: 10), in: folder, named: "first.jsonl")
        let second = try Self.file(Self.lines(count: 10, from: 100) + [String(repeating: "投", count: 2_000)], in: folder, named: "second.jsonl")
        let store = try CoachDatabase.inMemory()
        let readers = [("first.jsonl", try Self.reader(first)), ("second.jsonl", try Self.reader(second))]
        do {
            _ = try TeamExchange.importFiles(readers, into: store, limits: Self.limits)
            Issue.record("the import should have failed")
        } catch {
            #expect(error.file == "second.jsonl" && error.line == 13, "\(error)")
        }
        #expect(try store.visitLogDetails(JournalQuery()).isEmpty)
    }

    @Test func aStreamedImportSaysWhatTheImportOfTheBytesSays() throws {
        let folder = try TemporaryFolders.make()
        var lines = Self.lines(count: 1_500)
        lines[7] = "{not json"
        lines[1_204] = #"{"type":"log","id":"x"}"#
        let path = try Self.file(lines + ["", "  "], in: folder, named: "team.jsonl")
        let streamed = try TeamExchange.importFiles([("team.jsonl", try Self.reader(path))], into: try CoachDatabase.inMemory(), limits: Self.limits)
        let whole = TeamExchange.importLines(try Data(contentsOf: URL(fileURLWithPath: path)), into: try CoachDatabase.inMemory(), file: "team.jsonl", limits: Self.limits)
        #expect(streamed.count == 1)
        #expect(streamed.first?.counts == whole.counts && streamed.first?.rejected == whole.rejected && whole.rejected == 2)
        #expect(streamed.first?.diagnostics == whole.diagnostics && whole.diagnostics.map(\.line) == [8, 1_205])
    }
}
