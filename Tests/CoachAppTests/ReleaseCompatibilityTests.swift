import CoachApp
import CoachCore
import CoachStore
import CoachTestSupport
import Foundation
import Testing

/// A store and a team export written by the release of 2026-12-02 (before every record had a UUID;
/// `Tests/Fixtures/release-2026-12-02`, made with that release's `coach` and `scripts/demo-journal.sh`,
/// plus a half-written `/log` draft and a lesson) open, migrate and import forward.
@Suite struct ReleaseCompatibilityTests {
    static let folder = Fixtures.packageRoot.appendingPathComponent("Tests/Fixtures/release-2026-12-02")

    /// A migrated copy of the release's store, in a temporary folder removed by `body`'s caller.
    func withMigratedStore(_ body: (CoachDatabase) throws -> Void) throws {
        let home = try CoachBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: home) }
        let copy = home.appendingPathComponent("coach.sqlite")
        try FileManager.default.copyItem(at: Self.folder.appendingPathComponent("store.sqlite"), to: copy)
        try body(try CoachDatabase.open(path: copy.path))
    }

    var releaseExport: String {
        get throws { try String(contentsOf: Self.folder.appendingPathComponent("team.jsonl"), encoding: .utf8) }
    }

    @Test func theReleasesStoreMigratesKeepingEveryRecordAndGivesEachAUUID() throws {
        try withMigratedStore { store in
            let logs = try store.visitLogDetails()
            #expect(logs.count == 11)
            #expect(logs.allSatisfy { RecordID.isUUID($0.log.uuid) })
            #expect(logs.first { $0.log.uuid == RecordID.normalized("demo-2026-11-li-01", kind: .log) }?.verifications.count == 1)
            // Scripts that named a log or a follow-up by its old id still find it.
            #expect(try store.visitLogDetail("demo-2026-11-li-04")?.versions.count == 2)
            #expect(try store.followUp("demo-2026-11-li-01#1")?.status == .customerInformed)
            #expect(try store.followUp("demo-2026-11-li-01#1")?.history.count == 4)

            let sessions = try store.sessionSnapshots()
            #expect(sessions.count == 4)
            #expect(sessions.allSatisfy { RecordID.isUUID($0.key) && !$0.answers.isEmpty })
            #expect(sessions.filter { !$0.verifications.isEmpty }.count == 2)
            let followUps = try store.followUps()
            #expect(followUps.count == 10)
            #expect(followUps.allSatisfy { RecordID.isUUID($0.uuid) && $0.history.allSatisfy { $0.id.map(RecordID.isUUID) == true } })
            #expect(try store.allVerifications().allSatisfy { RecordID.isUUID($0.uuid) })
            #expect(try store.draft(salesperson: "李明", accountID: "east-post")?.content.discussed == "Half-written visit")
            #expect(try store.trainingRecords(trainee: "trainee").lessons.count == 1)
        }
    }

    @Test func theReleasesExportImportsIntoItsMigratedStoreAsNothingNew() throws {
        try withMigratedStore { store in
            let result = TeamExchange.importLines(try releaseExport, into: store, file: "team.jsonl")
            #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
            #expect(result.added == 0)
            #expect(result.updated == 0)
            #expect(result.unchanged == 35)
        }
    }

    @Test func theReleasesExportImportsIntoANewStoreAndItsReExportImportsBackUnchanged() throws {
        let fresh = try CoachDatabase.inMemory()
        let first = TeamExchange.importLines(try releaseExport, into: fresh, file: "team.jsonl")
        #expect(first.errors.isEmpty, "\(first.diagnostics)")
        #expect(first.added == 35)
        #expect(try fresh.visitLogDetails().count == 11)
        #expect(try fresh.sessionSnapshots().count == 4)

        let again = try TeamExchange.export(from: fresh, since: nil, who: nil, timeZone: Fixtures.utc)
        #expect(!again.contains("demo-2026-11-li-01"), "every id exported is a UUID")
        try withMigratedStore { store in
            let back = TeamExchange.importLines(again, into: store, file: "again.jsonl")
            #expect(back.diagnostics.isEmpty, "\(back.diagnostics)")
            #expect(back.added == 0)
            #expect(back.updated == 0)
        }
    }

    @Test func theReleasesStoreMadeReadOnlyIsNotUpgradedAndSaysHowToMakeItWritable() throws {
        let home = try CoachBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: home) }
        let copy = home.appendingPathComponent("coach.sqlite")
        try FileManager.default.copyItem(at: Self.folder.appendingPathComponent("store.sqlite"), to: copy)
        try FileManager.default.setAttributes([.posixPermissions: 0o400], ofItemAtPath: copy.path)
        do {
            _ = try CoachDatabase.open(path: copy.path)
            Issue.record("a read-only store of the release opened without its migrations")
        } catch {
            #expect(error == .cannotUpgrade(path: copy.path, reason: .file))
            #expect(error.message(.en).contains("must be upgraded before use, but it is read-only"), "\(error.message(.en))")
            #expect(error.message(.en).contains("chmod u+w '\(copy.path)'"))
        }
        #expect(!FileManager.default.fileExists(atPath: copy.path + "-shm"), "a read-only open leaves nothing behind")
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: copy.path)
        #expect(try CoachDatabase.open(path: copy.path).visitLogDetails().count == 11)
    }
}
