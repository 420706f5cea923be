import CoachApp
import CoachCore
import CoachEngine
import CoachStore
import CoachTerminal
import CoachTestSupport
import Foundation
import Testing

/// A failed save keeps the flow where it is: nothing typed is thrown away (issue 11, row 7).
@Suite(.serialized) struct SaveFailureTests {
    /// Decides which records fail, around the real store.
    final class FailingStore: @unchecked Sendable {
        var fails: (Record) -> Bool
        var failed = 0
        init(_ fails: @escaping (Record) -> Bool) { self.fails = fails }
    }

    func run(_ inputs: [String], database: CoachDatabase, store: FailingStore? = nil,
             around: ((Record, () -> Applied) -> Applied)? = nil) -> String {
        let sink = StringSink()
        let reader = ScriptedLineReader(inputs, echo: sink)
        let real = SessionFactory.applier(database: database, clock: Fixtures.clock)
        let repl = REPL(
            conversation: Conversation(environment: Fixtures.environment(database: database), language: .en),
            reader: reader, sink: sink, renderer: OutputRenderer(width: 200, colors: .off),
            clock: Fixtures.clock, interactive: false,
            apply: { record, language in
                if let store, store.fails(record) {
                    store.failed += 1
                    return .failed("disk I/O error: the disk is full")
                }
                if let around { return around(record) { real(record, language) } }
                return real(record, language)
            })
        repl.run()
        return sink.text
    }

    static let logToSummary = ["/open east-post", "/log", "", "2", "the annual mailing plan", "monthly reports please", "", "send the reconciliation", ""]

    @Test func aFailedAnswerIsKeptAndSavedWithTheNextOne() throws {
        let database = try Fixtures.demoStore()
        var once = true
        let store = FailingStore { record in
            guard once, case .prepAnswered(_, let answer, _, _) = record, answer.questionID == "q1a" else { return false }
            once = false
            return true
        }
        let text = run(["/prep east-post", "/skip", "The reorganisation I missed", "yes"], database: database, store: store)
        #expect(store.failed == 1)
        #expect(text.contains("Not saved yet: your answer to q1a (disk I/O error: the disk is full). Nothing is lost"))
        #expect(text.contains("q1b."), "the flow moved on to the next question")
        let session = try #require(try database.resumableSession(accountID: "east-post"))
        #expect(session.answers.map(\.questionID) == ["q1a", "q1b"])
        #expect(session.answers.first?.value == .text("The reorganisation I missed"))
    }

    @Test func whatStillFailsWhenLeavingIsNamedExactly() throws {
        let database = try Fixtures.demoStore()
        let store = FailingStore { record in
            if case .prepAnswered = record { return true }
            return false
        }
        let text = run(["/prep east-post", "/skip", "The reorganisation I missed", "yes", "/quit"], database: database, store: store)
        #expect(text.contains("Not saved yet: your answer to q1a, your answer to q1b"))
    }

    @Test func aFailedFinalLogSaveKeepsTheLogAtItsSummaryAndEnterSavesItAgain() throws {
        let database = try Fixtures.demoStore()
        var once = true
        let store = FailingStore { record in
            guard once, case .journal(.visitLogged) = record else { return false }
            once = false
            return true
        }
        let text = run(Self.logToSummary + ["", "", "no"], database: database, store: store)
        #expect(text.contains("The visit log was NOT saved (disk I/O error: the disk is full). It is still here"))
        #expect(try database.visitLogs(JournalQuery(accountID: "east-post")).count == 1)
        #expect(try database.draft(salesperson: "test", accountID: "east-post") == nil)
        let visit = try #require(try database.visitLogs(JournalQuery(accountID: "east-post")).first)
        #expect(visit.content.discussed == "the annual mailing plan")
    }

    @Test func aFailedFinalLogSaveNeverDropsTheDraft() throws {
        let database = try Fixtures.demoStore()
        let store = FailingStore { record in
            if case .journal(.visitLogged) = record { return true }
            return false
        }
        _ = run(Self.logToSummary + [""], database: database, store: store)
        #expect(try database.visitLogs(JournalQuery(accountID: "east-post")).isEmpty)
        let draft = try #require(try database.draft(salesperson: "test", accountID: "east-post"))
        #expect(draft.content.discussed == "the annual mailing plan")
        #expect(draft.phase == .reviewing)
    }

    @Test func aWriteLockHeldByAnotherProgramFailsTheSaveThenTheRetrySucceeds() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("coach-test-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("coach.sqlite").path
        let database = try CoachDatabase.open(path: path)
        let report = try AccountImporter.importFiles(Fixtures.demoAccountFiles, into: database, by: "test", at: Fixtures.now)
        #expect(report.succeeded)
        var held = false
        let text = run(Self.logToSummary + ["", "", "no"], database: database) { record, apply in
            guard !held, case .journal(.visitLogged) = record else { return apply() }
            held = true
            // Another program holds the write lock for longer than the store waits.
            let lock = Process()
            lock.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            lock.arguments = ["sqlite3", path]
            let input = Pipe()
            lock.standardInput = input
            lock.standardOutput = FileHandle.nullDevice
            do { try lock.run() } catch { return apply() }
            input.fileHandleForWriting.write(Data("BEGIN IMMEDIATE;\nSELECT 1;\n".utf8))
            Thread.sleep(forTimeInterval: 1)
            let applied = apply()
            input.fileHandleForWriting.write(Data("ROLLBACK;\n.quit\n".utf8))
            try? input.fileHandleForWriting.close()
            lock.waitUntilExit()
            return applied
        }
        #expect(held)
        #expect(text.contains("The visit log was NOT saved"), "\(text)")
        #expect(try database.visitLogs(JournalQuery(accountID: "east-post")).count == 1)
    }
}
