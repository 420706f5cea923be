import CoachApp
import CoachCore
import CoachEngine
import CoachStore
import CoachTerminal
import CoachTestSupport
import Testing

/// The renderer makes data safe before it styles it (issue 11, row 5), and the REPL records how a
/// session was paused (row 12).
@Suite struct TerminalSafetyTests {
    static let hostile = "Boss \u{1B}]0;pwned\u{07}\u{1B}[8mhidden\rX\u{202E}y\u{9B}2J"

    @Test func theRendererShowsControlsVisiblyAndKeepsItsOwnColours() {
        let renderer = OutputRenderer(width: 200, colors: ColorMode(enabled: true))
        let text = renderer.render([
            .text(Self.hostile, .heading),
            .lines([StyledLine([.init("Name: ", .bold), .init(Self.hostile, .role(.decisionMaker))])]),
        ])
        let allowed = TextStyle.sequences(when: ColorMode(enabled: true))
        // Only whole sequences the coach emits itself remain; everything else is visible text.
        #expect(TerminalSafe.output(text, allowing: allowed) == text)
        #expect(text.contains("Boss ^[]0;pwned^G^[[8mhidden^MX<U+202E>y<U+009B>2J"))
        #expect(text.hasPrefix("\u{1B}[1;36m"))
    }

    @Test func aCtrlCPauseAndASignalPauseAreRecordedAsSuch() throws {
        let database = try Fixtures.demoStore()
        _ = Transcript.run(inputs: ["/prep east-post", "/skip", "A reorganisation", "^C"], language: .en, database: database)
        #expect(try database.resumableSession(accountID: "east-post")?.pausedBy == .interrupt)
        let review = try #require(try database.sessionSnapshot("1"))
        #expect(review.pausedBy == "ctrl-c")

        let other = try Fixtures.demoStore()
        _ = Transcript.run(inputs: ["/prep east-post", "/skip", "A reorganisation", "^TERM", "/accounts"], language: .en, database: other)
        let session = try #require(try other.resumableSession(accountID: "east-post"))
        #expect(session.status == .paused)
        #expect(session.pausedBy == .signal)
        #expect(session.answers.count == 1)
    }
}
