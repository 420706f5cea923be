import CoachApp
import CoachCore
import CoachStore
import CoachTestSupport
import Foundation
import Testing

/// `/today` and the agenda's two lines when the REPL opens, on the care fixtures
/// (`Tests/Fixtures/care/accounts`) with a journal, on 2026-09-25 (中秋, and 林美玲's lunar birthday).
@Suite struct CareTranscriptTests {
    /// 2026-09-25 09:00 UTC.
    static let now = Date(timeIntervalSince1970: 1_790_326_800)

    /// The care fixtures and three visits: harbour-bank (tier A, every 14 days) last on 09-08 with a
    /// follow-up due 09-12; river-logistics (tier B, potential: every 21 days) on 08-10; quiet-mill
    /// (tier C) never.
    static func store() throws -> CoachDatabase {
        let database = try CoachDatabase.inMemory()
        let folder = Fixtures.packageRoot.appendingPathComponent("Tests/Fixtures/care/accounts")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }.sorted()
        let report = try AccountImporter.importFiles(files.map { folder.appendingPathComponent($0).path }, into: database, by: "test", at: now)
        #expect(report.succeeded, "\(report.diagnostics)")
        let visits: [(String, String, [String], [NewFollowUp])] = [
            ("harbour-bank", "2026-09-01", ["林美玲"], []),
            ("harbour-bank", "2026-09-08", ["張偉"], [NewFollowUp(text: "對賬單延遲", department: "財務部", due: "2026-09-12")]),
            ("river-logistics", "2026-08-10", ["Ann Lee"], []),
        ]
        for (number, visit) in visits.enumerated() {
            _ = try database.recordVisit(NewVisitLog(
                uuid: "00000000-0000-4000-8000-00000000010\(number)", accountID: visit.0, visitor: "test", at: now,
                content: VisitLogContent(visitDate: visit.1, peopleMet: visit.2), issues: visit.3))
        }
        return database
    }

    @Test(arguments: [
        ("today-en.txt", Language.en),
        ("today-zh-Hant.txt", .zhHant),
        ("today-zh-Hans.txt", .zhHans),
    ])
    func todayTranscriptMatches(file: String, language: Language) throws {
        let url = TranscriptTests.folder.appendingPathComponent(file)
        let difference = try Transcript.check(file: url, language: language, now: Self.now, greets: true, database: try Self.store())
        #expect(difference == nil, "\(file): \(difference ?? "")")
    }

    /// The opening is silent about the agenda when nothing is on it (no accounts, no festival in
    /// the next two weeks of 2026-11-30): only the welcome line.
    @Test func theOpeningSaysNothingWhenNothingIsDue() throws {
        let empty = try CoachDatabase.inMemory()
        let text = Transcript.run(inputs: [], language: .zhHant, now: Fixtures.now, greets: true, database: empty)
        #expect(text.split(separator: "\n").count == 1, "\(text)")
        #expect(!text.contains("/today"))
    }
}

/// Ctrl-C pauses a prep in the store too (it showed "paused" but kept the session in progress), so
/// the agenda lists it as a paused prep.
@Suite struct InterruptRecordsTests {
    @Test func ctrlCDuringAPrepIsRecordedAsAPauseAndListedOnTheAgenda() throws {
        let database = try Fixtures.demoStore()
        let text = Transcript.run(inputs: ["/prep east-post", "^C", "/today"], language: .en, database: database)
        #expect(text.contains("Paused at question 1 of 19"), "\(text)")
        #expect(try database.sessions().map(\.status) == [.paused])
        #expect(text.contains("[paused prep] Prep for 華東郵政分公司 paused on 2026-11-30: /resume east-post"), "\(text)")
    }
}
