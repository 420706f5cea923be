import CoachCore
import CoachStore
import CoachTestSupport
import Foundation
import Testing

/// A record pulled from the team server is checked as `coach import` checks a line: a colleague's
/// damaged or hostile record is reported and never stored (issue 11, row 3).
@Suite struct PulledRecordCheckTests {
    static let now = ISO8601DateFormatter().date(from: "2026-12-05T09:00:00Z")!

    static func sessionLine(position: Int) throws -> String {
        let url = Fixtures.packageRoot.appendingPathComponent("Tests/Fixtures/release-2026-12-02/team.jsonl")
        let line = try #require(try String(contentsOf: url, encoding: .utf8).split(separator: "\n").first { $0.contains("\"type\":\"session\"") })
        var object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        object["position"] = position
        return String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    }

    @Test func aPulledSessionAtANegativePositionIsReportedNotStored() throws {
        let store = try CoachDatabase.inMemory()
        let records = [
            SyncIncoming(seq: 1, kind: "session", id: "bad", owner: "colleague", payload: try Self.sessionLine(position: -5)),
        ]
        let outcomes = try store.applyPulled(records, cursor: 1, now: Self.now)
        #expect(outcomes.count == 1)
        guard case .failure(let error) = outcomes[0].result else {
            Issue.record("the record was stored")
            return
        }
        #expect(error.message(.en).contains("from the team server was not stored: at 'position': -5 is out of range"), "\(error.message(.en))")
        #expect(try store.sessionSnapshots().isEmpty)
        let good = [SyncIncoming(seq: 2, kind: "session", id: "good", owner: "colleague", payload: try Self.sessionLine(position: 3))]
        let stored = try store.applyPulled(good, cursor: 2, now: Self.now)
        guard case .success(.added) = stored.first?.result else {
            Issue.record("\(stored)")
            return
        }
    }
}
