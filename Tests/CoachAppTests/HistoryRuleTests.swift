import CoachApp
import CoachCore
import CoachEngine
import CoachStore
import CoachTerminal
import CoachTestSupport
import Testing

/// What reaches readline history, and where it lives (issue 11, row 9).
@Suite struct HistoryRuleTests {
    @Test func prepAndLogAnswersAreNotKeptOnlyCommandsAndQuestions() throws {
        let database = try Fixtures.demoStore()
        let sink = StringSink()
        let reader = ScriptedLineReader([
            "what is a coach?", "/prep east-post", "/skip", "Secret reorganisation answer", "yes", "/back",
            "/quit",
        ])
        let repl = REPL(
            conversation: Conversation(environment: Fixtures.environment(database: database), language: .en),
            reader: reader, sink: sink, renderer: OutputRenderer(width: 80, colors: .off),
            clock: Fixtures.clock, interactive: false,
            apply: SessionFactory.applier(database: database, clock: Fixtures.clock))
        repl.run()
        #expect(reader.history == ["what is a coach?", "/prep east-post", "/skip", "/back", "/quit"])
    }

    @Test func historyLivesNextToTheStoreUnlessCoachHistorySaysOtherwise() {
        let paths = Paths(environment: ["HOME": "/home/me"])
        #expect(paths.historyFile(store: "/data/team-a/coach.sqlite") == "/data/team-a/history")
        #expect(paths.historyFile(store: paths.storeFile(option: nil)) == "/home/me/.local/share/visitcoach/history")
        #expect(paths.historyFile(store: "coach.sqlite") == "history")
        let set = Paths(environment: ["HOME": "/home/me", "COACH_HISTORY": "/tmp/h"])
        #expect(set.historyFile(store: "/data/team-a/coach.sqlite") == "/tmp/h")
    }
}
