public import CoachApp
public import CoachCore
public import CoachEngine
public import CoachStore
import CoachTerminal
public import Foundation

/// Golden transcripts: `> ` lines are input, the rest is the expected output. Set
/// `RECORD_TRANSCRIPTS=1` to rewrite the files from the actual output.
public enum Transcript {
    /// Runs the transcript file through a REPL (scripted reader, clock fixed at `now`, no colour,
    /// `width` columns) and returns a description of the first difference, or nil when it matches.
    /// With `greets`, the session's greeting (and the agenda's summary) comes first.
    public static func check(
        file: URL, language: Language = .en, width: Int = 80, now: Date = Fixtures.now, greets: Bool = false,
        database: CoachDatabase
    ) throws -> String? {
        let expected = try String(contentsOf: file, encoding: .utf8)
        let inputs = expected.components(separatedBy: "\n").filter { $0.hasPrefix("> ") }.map { String($0.dropFirst(2)) }
        let actual = run(inputs: inputs, language: language, width: width, now: now, greets: greets, database: database)
        if ProcessInfo.processInfo.environment["RECORD_TRANSCRIPTS"] == "1" {
            try actual.write(to: file, atomically: true, encoding: .utf8)
            return nil
        }
        return difference(expected: expected, actual: actual)
    }

    /// The transcript of a session fed `inputs`.
    public static func run(
        inputs: [String], language: Language, width: Int = 80, now: Date = Fixtures.now, greets: Bool = false,
        database: CoachDatabase
    ) -> String {
        let clock = Clock.constant(now)
        let sink = StringSink()
        let reader = ScriptedLineReader(inputs, echo: sink)
        let repl = REPL(
            conversation: Conversation(environment: Fixtures.environment(database: database), language: language),
            reader: reader, sink: sink, renderer: OutputRenderer(width: width, colors: .off),
            clock: clock, interactive: false,
            apply: SessionFactory.applier(database: database, clock: clock),
            names: {
                KeepTogether.names(
                    in: StoreAccountDirectory(database: database), honorifics: Fixtures.corpus.answerVocabularies.flatMap(\.honorifics))
            }, greets: greets)
        repl.run()
        return sink.text
    }

    static func difference(expected: String, actual: String) -> String? {
        guard expected != actual else { return nil }
        let e = expected.components(separatedBy: "\n"), a = actual.components(separatedBy: "\n")
        for index in 0..<max(e.count, a.count) {
            let left = index < e.count ? e[index] : "<end>"
            let right = index < a.count ? a[index] : "<end>"
            if left != right {
                return "line \(index + 1):\n  expected: \(left)\n  actual:   \(right)\n(rerun with RECORD_TRANSCRIPTS=1 to accept the new output)"
            }
        }
        return "the transcripts differ"
    }
}
