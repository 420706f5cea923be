import ArgumentParser
import CoachCore
import CoachEngine
import CoachOptions
import CoachTestSupport
import Foundation
import Testing

/// `/review …` and `coach review …` parse their options with the same structs (`CoachOptions`):
/// the same words mean the same, and a mistake reads the same, in the user's language.
@Suite struct ReviewOptionsTests {
    static let today = DayNumber("2026-11-29")!

    @Test(arguments: [
        (["last", "month"], "2026-10"),
        (["--period", "last month"], "2026-10"),
        (["上個月"], "2026-10"),
        (["--period", "2026-Q4"], "2026-Q4"),
        ([], "2026-11"),
    ])
    func theREPLsWordsAndTheCommandLinesOptionsGiveTheSamePeriod(words: [String], label: String) throws {
        // What `coach review list` parses (its @OptionGroup) and what /review parses.
        let commandLine = try ReviewListOptions.parse(words)
        guard case .list(let repl) = try ReviewRequest.parse(words) else { Issue.record("not a list"); return }
        #expect(commandLine.chosenPeriod == repl.chosenPeriod)
        #expect(repl.chosenPeriod.range(today: Self.today)?.label == label)
    }

    @Test func allMeansEveryDay() throws {
        #expect(try ReviewListOptions.parse(["--period", "all"]).chosenPeriod.range(today: Self.today) == nil)
        #expect(try ReviewListOptions.parse(["全部"]).chosenPeriod.isAll)
    }

    @Test func filtersAndVerifyOptionsParseAlike() throws {
        let list = try ReviewListOptions.parse(["--who", "李明", "--account", "east-post", "--unverified"])
        #expect(list.who == "李明" && list.account == "east-post" && list.unverified)
        guard case .verify(let verify) = try ReviewRequest.parse(["verify", "走訪", "3", "很好", "--by", "王經理", "--again"]) else {
            Issue.record("not a verification"); return
        }
        #expect(verify.kind == .log && verify.id == "3" && verify.commentText == "很好" && verify.by == "王經理" && verify.again)
        let commandLine = try ReviewVerifyOptions.parse(["log", "3", "--comment", "很好", "--by", "王經理", "--again"])
        #expect(commandLine.kind == verify.kind && commandLine.commentText == verify.commentText && commandLine.by == verify.by)
    }

    @Test(arguments: [
        (["--period", "2026-13"], "The value '2026-13' is invalid for '--period <period>': use YYYY-MM-DD"),
        (["next", "year"], "The value 'next year' is invalid for '<period>': use YYYY-MM-DD"),
        (["--when", "today"], "Unknown option '--when'"),
        (["show", "memo", "1"], "The value 'memo' is invalid for '<kind>'"),
        (["last", "month", "--period", "2026-11"], "Give the period once"),
    ])
    func aBadOptionGetsOneClearErrorInBoth(words: [String], message: String) throws {
        let failure = try #require(throws: ReviewRequest.Failure.self) { try ReviewRequest.parse(words) }
        #expect(failure.english.hasPrefix(message), "\(failure.english)")
        #expect(!failure.english.contains("\n"))
        // The command line writes the same message (after "Error: ") for the same words.
        let commandLine: String
        if words.first == "show" {
            commandLine = ReviewShowOptions.message(for: try #require(throws: (any Error).self) { try ReviewShowOptions.parse(Array(words.dropFirst())) })
        } else {
            commandLine = ReviewListOptions.message(for: try #require(throws: (any Error).self) { try ReviewListOptions.parse(words) })
        }
        #expect(commandLine == failure.english)
    }

    @Test func theREPLShowsTheErrorInTheUsersLanguageAndStaysInTheSession() throws {
        var chat = Conversation(environment: Fixtures.environment(database: try Fixtures.demoStore()), language: .zhHant)
        let outputs = chat.handle("/review --period 2026-13", now: Fixtures.now)
        let shown = outputs.compactMap { if case .text(let text, _) = $0 { text } else { nil } }
        #expect(shown.first == "'--period <period>' 不能用 '2026-13'；請用 YYYY-MM-DD、YYYY-MM、YYYY-Qn、YYYY，或今天、昨天、本週、上週、本月、上個月、本季、上季、今年、全部", "\(shown)")
        #expect(!outputs.contains(.quit))
        let unknown = chat.handle("/review --when today", now: Fixtures.now)
        #expect(unknown.first == .text("沒有 '--when' 這個選項（你是不是想輸入 '--who'？）", .error), "\(unknown)")
    }
}
