import CoachTestSupport
import Foundation
import Testing

/// `journal --format json` streams its matches a batch at a time: over several batches it is the
/// same JSON as the listing held whole (`--limit`, oldest first), laid out as it always was.
@Suite(.serialized) struct JournalStreamTests {
    /// An export of `count` logs of east-post (every third mentioning 投遞) and a follow-up at
    /// every fifth.
    static func export(count: Int) -> String {
        var lines: [String] = []
        for index in 0..<count {
            let id = String(format: "00000000-0000-4000-8000-%012d", index + 1)
            let day = String(format: "2026-11-%02d", 1 + index % 28)
            let discussed = index % 3 == 0 ? "包裹投遞時效 \(index)" : "年度宣傳計劃 \(index)"
            lines.append(#"{"account":"east-post","createdAt":"\#(day)T01:00:00.000Z","id":"\#(id)","type":"log","versions":[{"content":{"commitments":"","discussed":"\#(discussed)","findings":[],"opinions":"","peopleMet":["陳志明"],"visitDate":"\#(day)"},"editedAt":"\#(day)T01:00:00.000Z","editedBy":"李明","version":1}],"visitor":"李明"}"#)
            if index % 5 == 0 {
                let followUp = String(format: "00000000-0000-4000-9000-%012d", index + 1)
                lines.append(#"{"account":"east-post","createdAt":"\#(day)T01:00:00.000Z","department":"財務部","due":null,"history":[{"at":"\#(day)T02:00:00.000Z","by":"李明","day":"\#(day)","status":"open"}],"id":"\#(followUp)","log":"\#(id)","owner":"李明","raised":"\#(day)","status":"open","text":"投遞掃描槍電池續航短","type":"follow-up","updatedAt":"\#(day)T02:00:00.000Z"}"#)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func aStreamedListingOverSeveralBatchesIsTheListingHeldWhole() throws {
        let home = try CoachBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: home) }
        let env = [
            "HOME": home.path, "XDG_DATA_HOME": home.appendingPathComponent("data").path, "COACH_CORPUS": Fixtures.corpusDirectory,
            "LANG": "en_US.UTF-8", "LC_ALL": "", "TZ": "UTC", "COACH_NOW": "2026-11-29T09:00:00Z",
        ]
        let store = home.appendingPathComponent("coach.sqlite").path
        let file = home.appendingPathComponent("team.jsonl")
        try Self.export(count: 2_400).write(to: file, atomically: true, encoding: .utf8)
        let imported = try CoachBinary.run(["import", file.path, "--store", store], environment: env)
        #expect(imported.status == 0, "\(imported.stderr)")
        for search in [["--search", "投递"], []] {
            let streamed = try CoachBinary.run(["journal", "--format", "json", "--store", store] + search, environment: env)
            let whole = try CoachBinary.run(
                ["journal", "--format", "json", "--limit", "100000", "--oldest-first", "--store", store] + search, environment: env)
            #expect(streamed.status == 0 && whole.status == 0, "\(streamed.stderr)\(whole.stderr)")
            let streamedValue = try JSONSerialization.jsonObject(with: Data(streamed.stdout.utf8)) as? [Any]
            let wholeValue = try JSONSerialization.jsonObject(with: Data(whole.stdout.utf8)) as? [Any]
            #expect(streamedValue?.count == (search.isEmpty ? 2_400 : 800 + 480 - 160))
            let canonical = { (value: [Any]?) in try JSONSerialization.data(withJSONObject: value ?? [], options: [.sortedKeys]) }
            #expect(try canonical(streamedValue) == canonical(wholeValue))
            // The layout: two spaces before every line of an element, the blank line of an empty list included.
            let lines = streamed.stdout.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.first == "[" && lines.dropLast().last == "]" && lines.last == "")
            #expect(lines.dropFirst().dropLast(2).allSatisfy { $0.hasPrefix("  ") }, "every element line indented")
            #expect(lines.contains("  {") && lines.contains("  },") && lines.contains("  }"))
        }
    }
}
