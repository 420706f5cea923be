import CoachCore
import CoachStore
import CoachTestSupport
import Foundation
import Testing

/// How the store hands a push its batches (no server needed).
@Suite struct SyncBatchTests {
    @Test func aBatchIsCutByRecordsNotQueueRows() throws {
        var store = try CoachDatabase.inMemory()
        store.ids = .random
        _ = try store.joinTeam(
            server: "postgres://liming@db.example.com/coach", role: "liming", team: "east", displayName: "李明", isManager: false,
            at: Fixtures.now)
        _ = try store.importAccount(Fixtures.demoAccount("east-post"), source: "east-post.yaml", by: "liming", at: Fixtures.now)
        // Each visit queues its log, its version, its follow-up and the follow-up's first status.
        for n in 0..<6 { try store.logVisit("east-post", by: "李明", on: "2026-11-05", "visit \(n)", issue: "issue \(n)") }
        let all = try store.pendingSyncCount()
        #expect(all == 13)
        var sent: [String] = []
        var batches = 0
        while true {
            let batch = try store.pendingSyncBatch(limit: 4)
            if batch.through == 0 { break }
            #expect(batch.records.count <= 4)
            sent += batch.records.map { "\($0.kind)/\($0.id)" }
            try store.acknowledgePush(through: batch.through)
            batches += 1
        }
        #expect(Set(sent).count == all)
        #expect(sent.count == all, "a record went twice: \(sent)")
        #expect(batches == 4)
        #expect(try store.pendingSyncCount() == 0)
    }
}
