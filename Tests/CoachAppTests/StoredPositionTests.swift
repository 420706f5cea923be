import CoachApp
import CoachCore
import CoachEngine
@testable import CoachStore
import CoachTerminal
import CoachTestSupport
import Foundation
import GRDB
import Testing

/// A stored number never indexes out of range: a coaching session whose `position` was put out of
/// range directly in the store (a damaged store, or one written by a hostile import) neither
/// crashes the opening screen nor `/resume` (issue 11, row 3).
@Suite struct StoredPositionTests {
    func run(_ inputs: [String], database: CoachDatabase) -> String {
        let sink = StringSink()
        let repl = REPL(
            conversation: Conversation(environment: Fixtures.environment(database: database), language: .en),
            reader: ScriptedLineReader(inputs, echo: sink), sink: sink, renderer: OutputRenderer(width: 200, colors: .off),
            clock: Fixtures.clock, interactive: false,
            apply: SessionFactory.applier(database: database, clock: Fixtures.clock))
        repl.run()
        return sink.text
    }

    static let total = Fixtures.corpus.selfChecks.reduce(0) { $0 + $1.questions.count }

    @Test(arguments: [-7, -1, total + 1, 9_999, Int.min, Int.max])
    func aSessionAtAPositionOutOfRangeOpensAndResumesAtAValidQuestion(position: Int) throws {
        let database = try Fixtures.demoStore()
        _ = run(["/prep east-post", "/skip", "The reorganisation I missed", "/quit"], database: database)
        try database.dbWriter.write { db in
            try db.execute(sql: "UPDATE coachingSession SET position = ?", arguments: [position])
        }
        #expect(try database.resumableSession(accountID: "east-post")?.position == position)

        let opening = run(["/open east-post", "/quit"], database: database)
        let offer = try #require(opening.firstMatch(of: /paused at question (\d+) of (\d+)/), "\(opening)")
        #expect((1...Self.total).contains(Int(offer.output.1)!), "\(opening)")
        #expect(Int(offer.output.2) == Self.total)

        let resumed = run(["/resume", "yes", "/quit"], database: database)
        #expect(resumed.contains("Resuming the session for 華東郵政分公司"), "\(resumed)")
        let paused = try #require(resumed.firstMatch(of: /Paused at question (\d+) of (\d+)/), "\(resumed)")
        #expect((1...Self.total).contains(Int(paused.output.1)!), "\(resumed)")
        let stored = try #require(try database.sessions(accountID: "east-post").first)
        #expect((0...Self.total).contains(stored.position), "the position saved again is in range")
        #expect(stored.answers.contains { $0.questionID == "q1a" && $0.value == .text("The reorganisation I missed") })
    }

    @Test func aDraftAtAStepOutOfRangeContinuesAtAValidStep() throws {
        let database = try Fixtures.demoStore()
        _ = run(["/open east-post", "/log", "", "2", "the annual mailing plan", "/quit"], database: database)
        try database.dbWriter.write { db in try db.execute(sql: "UPDATE visitLogDraft SET step = -3") }
        let continued = run(["/open east-post", "/log", "/quit"], database: database)
        #expect(continued.contains("the annual mailing plan") || continued.contains("draft"), "\(continued)")
        try database.dbWriter.write { db in try db.execute(sql: "UPDATE visitLogDraft SET step = 4096") }
        let again = run(["/open east-post", "/log", "/cancel", "/quit"], database: database)
        #expect(!again.isEmpty)
    }
}
