@testable import CoachCore
import Foundation
import Testing

/// Record ids: random and counted generators, UUID recognition, name-based ids for old keys.
@Suite struct RecordIDTests {
    @Test func sha1MatchesTheFIPSExamples() {
        func hex(_ text: String) -> String { SHA1.digest(Array(text.utf8)).map { String(format: "%02x", $0) }.joined() }
        #expect(hex("abc") == "a9993e364706816aba3e25717850c26c9cd0d89d")
        #expect(hex("") == "da39a3ee5e6b4b0d3255bfef95601890afd80709")
        #expect(hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") == "84983e441c3bd26ebaae4aa1f95129e5e54670f1")
    }

    @Test func randomIDsAreDistinctLowercaseUUIDs() {
        let ids = (0..<1000).map { _ in RecordIDs.random.next() }
        #expect(Set(ids).count == 1000)
        #expect(ids.allSatisfy { RecordID.isUUID($0) && $0 == $0.lowercased() })
    }

    @Test func sequentialIDsCountFromOneInEachGenerator() {
        let ids = RecordIDs.sequential()
        #expect(ids.next() == "00000000-0000-4000-8000-000000000001")
        #expect(ids.next() == "00000000-0000-4000-8000-000000000002")
        #expect(RecordIDs.sequential(start: 255).next() == "00000000-0000-4000-8000-0000000000ff")
    }

    @Test func anOldKeyBecomesAStableVersion5UUIDPerKind() {
        let session = RecordID.normalized("east-post@2026-11-30T09:00:00Z", kind: .session)
        #expect(RecordID.isUUID(session))
        #expect(Array(session)[14] == "5")
        #expect(session == RecordID.normalized("east-post@2026-11-30T09:00:00Z", kind: .session))
        #expect(session != RecordID.normalized("east-post@2026-11-30T09:00:00Z", kind: .log))
        #expect(RecordID.normalized("8D0C5E3A-2B1F-4C6D-9E7A-1F2B3C4D5E6F", kind: .log) == "8d0c5e3a-2b1f-4c6d-9e7a-1f2b3c4d5e6f")
        #expect(!RecordID.isUUID("8d0c5e3a-2b1f-4c6d-9e7a-1f2b3c4d5e6"))
        #expect(!RecordID.isUUID("8d0c5e3a_2b1f-4c6d-9e7a-1f2b3c4d5e6f"))
    }

    @Test func anOldFollowUpIdNamesTheIssueOfItsLog() {
        let log = RecordID.normalized("demo-2026-11-li-01", kind: .log)
        #expect(RecordID.normalizedFollowUp("demo-2026-11-li-01#2") == RecordID.followUp(log: log, index: 2))
        #expect(RecordID.normalizedFollowUp("\(log)#2") == RecordID.followUp(log: log, index: 2))
        #expect(RecordID.normalizedFollowUp("f1") == RecordID.derived(from: "f1", kind: .followUp))
    }
}
