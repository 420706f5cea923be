import CoachCore
import CoachEngine
import CoachTestSupport
import Foundation
import Testing

/// Names and ids both find what the user means, in any script, with did-you-mean from one matcher.
@Suite struct NameMatcherTests {
    let accounts = NameMatcher([
        .init(id: "east-post", names: ["華東郵政分公司"]),
        .init(id: "sz-huake", names: ["深圳华科精密制造集团"]),
        .init(id: "riverside-health", names: ["Riverside Health Group"]),
    ])

    @Test(arguments: [
        ("east-post", "east-post"), ("華東郵政", "east-post"), ("华东邮政分公司", "east-post"),
        ("深圳華科", "sz-huake"), ("riverside health group", "riverside-health"), ("Riverside", "riverside-health"),
    ])
    func findsByIdOrName(typed: String, id: String) {
        #expect(accounts.match(typed) == .found(id))
    }

    @Test func suggestsOnlyCloseMatches() {
        #expect(accounts.match("east-psot") == .notFound(suggestion: "east-post"))
        #expect(accounts.match("nowhere") == .notFound(suggestion: nil))
    }

    @Test func suggestionsAreCloseSlipsOnly() {
        let commands = CommandSpec.all.map(\.name)
        #expect(Suggestion.closest(to: "/foo", in: commands) == nil)
        #expect(Suggestion.closest(to: "/opne", in: commands) == "/open")
        #expect(Suggestion.closest(to: "/lgo", in: commands) == "/log")
        #expect(Suggestion.closest(to: "accuont", in: ["account", "ask", "chat"]) == "account")
    }

    func text(_ outputs: [Output]) -> String {
        outputs.compactMap { if case .text(let text, _) = $0 { text } else { nil } }.joined(separator: "\n")
    }

    @Test func theReplOpensAnAccountByNameAndListsNamesWithIds() throws {
        var conversation = Conversation(environment: Fixtures.environment(database: try Fixtures.demoStore()), language: .zhHant)
        #expect(text(conversation.handle("/open 華東郵政", now: Fixtures.now)).contains("已開啟華東郵政分公司"))
        let miss = text(conversation.handle("/open 北京", now: Fixtures.now))
        #expect(miss.contains("華東郵政分公司（east-post）"), "\(miss)")
        #expect(text(conversation.handle("/foo", now: Fixtures.now)) == "沒有 /foo 這個指令。輸入 /help 查看列表。")
        #expect(text(conversation.handle("/cancel", now: Fixtures.now)).contains("不需要取消"))
        #expect(text(conversation.handle("/card 五個自問自答", now: Fixtures.now)).contains("口袋卡"))
        #expect(text(conversation.handle("/quiz 什麼是大客戶", now: Fixtures.now)).contains("測驗（什麼是大客戶）"))
    }
}
