import CoachTestSupport
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Signals on a real terminal (issue 11, row 12): SIGTERM and SIGHUP are acted on at once in every
/// state (at the prompt, while output is blocked on the terminal), a /prep in progress is paused
/// and saved, the terminal is given back as it was; Ctrl-C stops a long output and returns to the
/// prompt; a Ctrl-C pause is recorded and `coach review show` says so.
@Suite(.serialized) struct SignalTests {
    /// An account with so many people that `/chart` prints far more than a pty holds.
    static func bigAccount(people: Int) -> String {
        var yaml = "account: Big Account Group\nid: big\ntier: A\nowner: test\npeople:\n"
        yaml += "  - name: Person 0000 Zero\n    title: Chief Executive\n    role: decision-maker\n    met: true\n"
        for index in 1..<people {
            let number = String(format: "%04d", index)
            yaml += "  - name: Person \(number) Somebody\n    title: Regional Operations Manager \(number)\n"
            yaml += "    reports-to: Person \(String(format: "%04d", (index - 1) / 4)) \((index - 1) / 4 == 0 ? "Zero" : "Somebody")\n"
        }
        return yaml
    }

    /// A REPL on a pty with the big account open and `/chart` just typed; `mark` is where the chart's output starts.
    func chartOfBigAccountStarted() throws -> (home: URL, coach: PseudoTerminalCoach, mark: Int) {
        let (home, store, env) = try homeWithBigAccount()
        let coach: PseudoTerminalCoach
        do { coach = try PseudoTerminalCoach(["--store", store], environment: env) } catch {
            try? FileManager.default.removeItem(at: home)
            throw error
        }
        #expect(coach.wait(for: "coach> ", seconds: 30))
        coach.type("/open big\r")
        #expect(coach.wait(for: "coach big> ", seconds: 30), "\(coach.text)")
        let mark = coach.byteCount
        coach.type("/chart\r")
        #expect(coach.wait(for: "/chart", after: mark, seconds: 30))
        return (home, coach, mark)
    }

    func homeWithBigAccount() throws -> (home: URL, store: String, env: [String: String]) {
        let (home, store, env) = try CoachBinary.demoHome(user: "sig")
        let file = home.appendingPathComponent("big.yaml")
        try Self.bigAccount(people: 3000).write(to: file, atomically: true, encoding: .utf8)
        let imported = try CoachBinary.run(["account", "import", "--store", store, file.path], environment: env)
        #expect(imported.status == 0, "\(imported.stderr)")
        return (home, store, env)
    }

    /// Starts the REPL on a pty and a /prep on east-post with one answer given.
    func prepInProgress(_ store: String, _ env: [String: String]) throws -> PseudoTerminalCoach {
        let coach = try PseudoTerminalCoach(["--store", store], environment: env)
        #expect(coach.wait(for: "coach> ", seconds: 30), "no prompt:\n\(coach.text)")
        for (line, needle) in [("/prep east-post", "All still true?"), ("/skip", "q1a."), ("A reorganisation I missed", "q1b.")] {
            let mark = coach.byteCount
            coach.type(line + "\r")
            #expect(coach.wait(for: needle, after: mark, seconds: 30), "after \(line), no \(needle):\n\(coach.text)")
        }
        return coach
    }

    func sessionJSON(_ store: String, _ env: [String: String]) throws -> String {
        try CoachBinary.run(["review", "show", "session", "1", "--json", "--store", store], environment: env).stdout
    }

    @Test(arguments: [SIGTERM, SIGHUP])
    func aSignalAtThePromptPausesTheSavesThePrepAndRestoresTheTerminal(signal: Int32) throws {
        let (home, store, env) = try CoachBinary.demoHome(user: "sig")
        defer { try? FileManager.default.removeItem(at: home) }
        let coach = try prepInProgress(store, env)
        defer { coach.stop() }
        #expect(coach.wait(for: "> ", after: coach.byteCount - 40, seconds: 10))
        coach.signal(signal)
        #expect(coach.waitForExit(seconds: 30), "still running after the signal:\n\(coach.text)")
        #expect(coach.process.terminationReason == .exit, "died of the signal instead of leaving")
        let json = try sessionJSON(store, env)
        #expect(json.contains(#""status" : "paused""#), "\(json)")
        #expect(json.contains(#""pausedBy" : "signal""#), "\(json)")
        #expect(json.contains("A reorganisation I missed"))
        // readline switched bracketed paste on with the prompt; leaving switched it off again.
        let text = coach.text
        if let on = text.range(of: "\u{1B}[?2004h", options: .backwards) {
            #expect(text[on.upperBound...].contains("\u{1B}[?2004l"), "the terminal was left in readline's mode:\n\(text.suffix(300).debugDescription)")
        }
    }

    @Test func sigtermWhileOutputIsBlockedOnTheTerminalLeavesAtOnce() throws {
        let (home, coach, mark) = try chartOfBigAccountStarted()
        defer { try? FileManager.default.removeItem(at: home) }
        defer { coach.stop() }
        // The terminal stops reading (as a paused or vanished terminal does): /chart blocks in write.
        coach.holdOutput()
        coach.signal(SIGTERM)
        #expect(coach.waitForExit(seconds: 30), "SIGTERM was not acted on while output was blocked")
        coach.releaseOutput()
        #expect(coach.process.terminationReason == .exit)
        #expect(!coach.text.contains("Person 2999 Somebody"), "the whole chart was printed before leaving")
    }

    @Test func ctrlCStopsALongOutputAndReturnsToThePrompt() throws {
        let (home, coach, mark) = try chartOfBigAccountStarted()
        defer { try? FileManager.default.removeItem(at: home) }
        defer { coach.stop() }
        coach.holdOutput()
        coach.signal(SIGINT)
        coach.releaseOutput()
        #expect(coach.wait(for: "^C", after: mark, seconds: 30), "no ^C after the interrupted output")
        #expect(coach.wait(for: "coach big> ", after: mark, seconds: 30), "no prompt after Ctrl-C:\n\(coach.text(after: mark).suffix(400))")
        let shown = coach.text(after: mark)
        #expect(!shown.contains("Person 2999 Somebody"), "the whole chart was printed after Ctrl-C")
        // Still a working session.
        let again = coach.byteCount
        coach.type("/accounts\r")
        #expect(coach.wait(for: "east-post", after: again, seconds: 30))
        coach.type("\u{04}")
        #expect(coach.waitForExit(seconds: 30))
    }

    @Test func aCtrlCPauseIsRecordedAndReviewShowSaysSo() throws {
        let (home, store, env) = try CoachBinary.demoHome(user: "sig")
        defer { try? FileManager.default.removeItem(at: home) }
        let coach = try prepInProgress(store, env)
        defer { coach.stop() }
        #expect(coach.wait(for: "> ", after: coach.byteCount - 40, seconds: 10))
        let mark = coach.byteCount
        coach.signal(SIGINT)
        #expect(coach.wait(for: "Paused", after: mark, seconds: 30), "Ctrl-C did not pause:\n\(coach.text(after: mark))")
        #expect(coach.wait(for: "coach east-post> ", after: mark, seconds: 30), "\(coach.text(after: mark))")
        coach.type("\u{04}")
        #expect(coach.waitForExit(seconds: 30))
        let json = try sessionJSON(store, env)
        #expect(json.contains(#""pausedBy" : "ctrl-c""#), "\(json)")
        let shown = try CoachBinary.run(["review", "show", "session", "1", "--store", store], environment: env)
        #expect(shown.stdout.contains("Paused with Ctrl-C"), "\(shown.stdout)")
    }
}
