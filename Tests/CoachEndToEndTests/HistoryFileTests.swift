import CoachTestSupport
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Readline history on a real terminal (issue 11, row 9): it lives next to the store unless
/// `COACH_HISTORY` says otherwise, holds commands and questions but never `/prep` or `/log`
/// answers, and only a regular file the user owns is touched (never through a symlink).
@Suite(.serialized) struct HistoryFileTests {
    func mode(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? -1
    }

    /// Runs the REPL on a pty with `environment`, types `lines` (each after the prompt before it
    /// shows), then Ctrl-D; returns the coach's standard error.
    func session(_ store: String, _ environment: [String: String], lines: [(type: String, waitFor: String)]) throws -> (text: String, errors: String) {
        let coach = try PseudoTerminalCoach(["--store", store], environment: environment)
        defer { coach.stop() }
        #expect(coach.wait(for: "coach> ", seconds: 30), "no prompt:\n\(coach.text)")
        var mark = 0
        for (line, needle) in lines {
            mark = coach.byteCount
            coach.type(line + "\r")
            #expect(coach.wait(for: needle, after: mark, seconds: 30), "after \(line), no \(needle):\n\(coach.text)")
        }
        // Ctrl-D once the prompt is back (readline reads keys then; typed earlier, the terminal's
        // line discipline would take it).
        #expect(coach.wait(for: "> ", after: mark, seconds: 30))
        coach.type("\u{04}")
        #expect(coach.waitForExit(seconds: 30), "did not leave on Ctrl-D:\n\(coach.text)")
        return (coach.text, coach.errorText)
    }

    @Test func historyIsKeptNextToTheStoreWithCommandsButNotAnswers() throws {
        let (home, _, env) = try CoachBinary.demoHome(user: "hist")
        let folder = home.appendingPathComponent("team-a")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let store = folder.appendingPathComponent("coach.sqlite").path
        _ = try CoachBinary.run(["account", "import", "--store", store] + Fixtures.demoAccountFiles, environment: env)
        _ = try session(store, env, lines: [
            ("/prep east-post", "All still true?"),
            ("/skip", "q1a."),
            ("Secret reorganisation answer", "q1b."),
        ])
        let history = folder.appendingPathComponent("history").path
        let text = try String(contentsOfFile: history, encoding: .utf8)
        #expect(text.contains("/prep east-post"), "\(text)")
        #expect(text.contains("/skip"))
        #expect(!text.contains("Secret reorganisation answer"), "a prep answer reached the history file:\n\(text)")
        #expect(try mode(history) == 0o600)
        #expect(!FileManager.default.fileExists(atPath: home.appendingPathComponent(".local/share/visitcoach/history").path),
                "history went to the default data folder although --store names another")
    }

    @Test func aSymlinkOrFifoAsHistoryIsNeitherFollowedNorTouched() throws {
        let (home, store, baseEnv) = try CoachBinary.demoHome(user: "hist")
        let target = home.appendingPathComponent("precious.txt").path
        try "line one\nline two\n".write(toFile: target, atomically: false, encoding: .utf8)
        chmod(target, 0o644)
        let link = home.appendingPathComponent("history-link").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        var env = baseEnv
        env["COACH_HISTORY"] = link
        let result = try session(store, env, lines: [("/accounts", "east-post")])
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "line one\nline two\n", "the symlink's target was written")
        #expect(try mode(target) == 0o644, "the symlink's target was chmodded")
        #expect(result.errors.contains("symbolic link"), "no warning: \(result.errors)")
        #expect(result.errors.split(separator: "\n").count == 1)

        let fifo = home.appendingPathComponent("history-fifo").path
        #expect(mkfifo(fifo, 0o644) == 0)
        // The mode given to mkfifo is masked by the umask, which a store opening in a test running
        // alongside changes for a moment: set it outright.
        chmod(fifo, 0o644)
        env["COACH_HISTORY"] = fifo
        let piped = try session(store, env, lines: [("/accounts", "east-post")])
        #expect(try mode(fifo) == 0o644, "the fifo was chmodded")
        #expect(piped.errors.contains("not a regular file"), "no warning: \(piped.errors)")
    }
}
