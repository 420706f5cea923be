import CoachApp
import CoachCore
import CoachEngine
import CoachStore
import CoachTestSupport
import Testing

/// Leaving a session by end of input (Ctrl-D) keeps work like /quit does.
@Suite struct LeavingTests {
    @Test func endOfInputPausesARunningPrep() throws {
        let database = try Fixtures.demoStore()
        _ = Transcript.run(inputs: ["/prep east-post", "/skip", "The reorganisation I missed"], language: .en, database: database)
        let session = try #require(try database.resumableSession(accountID: "east-post"))
        #expect(session.status == .paused)
        #expect(session.position == 1)
        #expect(session.answers.count == 1)
    }

    @Test func quitPausesLikeEndOfInput() throws {
        let database = try Fixtures.demoStore()
        let text = Transcript.run(inputs: ["/prep east-post", "/quit"], language: .en, database: database)
        #expect(text.contains("Paused at question 1 of 19"))
        #expect(try database.resumableSession(accountID: "east-post")?.status == .paused)
    }
}

@Suite struct InlineNameTests {
    enum Table: LocalizedTextTable {}

    @Test func spacesLatinNamesOffButRunsChineseNamesIn() {
        #expect("已打开" + Table.inline("華東郵政分公司", punctuationFollows: true) + "（" == "已打开華東郵政分公司（")
        #expect("已打开" + Table.inline("Riverside Health", punctuationFollows: true) + "（" == "已打开 Riverside Health（")
        #expect(Table.inline("Riverside Health", atStart: true) + "的风险提示" == "Riverside Health 的风险提示")
        #expect("准备与" + Table.inline("Acme") + "的沟通" == "准备与 Acme 的沟通")
    }
}
