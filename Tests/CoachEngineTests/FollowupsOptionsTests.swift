import ArgumentParser
import CoachCore
import CoachOptions
import Testing

/// `/followups …` and `coach followups …` parse their options with the same structs
/// (`CoachOptions`): the same words mean the same, and a mistake reads the same.
@Suite struct FollowupsOptionsTests {
    @Test(arguments: [
        (["all"], true, nil as String?),
        (["--all"], true, nil),
        (["全部"], true, nil),
        ([], false, "me"),
        (["--who", "王芳"], false, "王芳"),
        (["all", "--who", "王芳"], true, "王芳"),
    ])
    func theREPLsWordsAndTheCommandLinesOptionsListTheSame(words: [String], everyone: Bool, owner: String?) throws {
        let commandLine = try FollowupsListOptions.parse(words)
        guard case .list(let repl) = try FollowupsRequest.parse(words) else { Issue.record("not a list"); return }
        #expect(commandLine.everyone == everyone && repl.everyone == everyone)
        #expect(commandLine.owner(me: "me") == owner && repl.owner(me: "me") == owner)
    }

    @Test func aChangeParsesAlikeWithTheStatusAsWordsOrAsAnOption() throws {
        guard case .set(let repl) = try FollowupsRequest.parse(["#3", "in", "progress", "--department", "財務部", "--due", "2026-12-20"]) else {
            Issue.record("not a change"); return
        }
        let commandLine = try FollowupsSetOptions.parse(["3", "--status", "處理中", "--department", "財務部", "--due", "2026-12-20"])
        #expect(repl.id == "3" && commandLine.id == "3")
        #expect(repl.chosenStatus == .inProgress && commandLine.chosenStatus == .inProgress)
        #expect(repl.department == commandLine.department && repl.due == commandLine.due)
        guard case .set(let words) = try FollowupsRequest.parse(["set", "3", "customer", "informed"]) else { Issue.record("not a change"); return }
        #expect(words.chosenStatus == .customerInformed)
    }

    @Test(arguments: [
        (["3", "finished"], "The value 'finished' is invalid for '--status': use open, in-progress, resolved or customer-informed"),
        (["3", "resolved", "--status", "open"], "Give the status once"),
        (["3"], "Nothing to change"),
        (["--late"], "Unknown option '--late'"),
        (["maybe"], "Unexpected argument 'maybe'"),
    ])
    func aBadOptionGetsOneClearErrorInBothAndInChinese(words: [String], message: String) throws {
        let failure = try #require(throws: ReviewRequest.Failure.self) { try FollowupsRequest.parse(words) }
        #expect(failure.english.hasPrefix(message), "\(failure.english)")
        #expect(!failure.english.contains("\n"))
        let commandLine: String
        if Int(words[0]) != nil {
            commandLine = FollowupsSetOptions.message(for: try #require(throws: (any Error).self) { try FollowupsSetOptions.parse(words) })
        } else {
            commandLine = FollowupsListOptions.message(for: try #require(throws: (any Error).self) { try FollowupsListOptions.parse(words) })
        }
        #expect(commandLine == failure.english)
        let chinese = failure.text(.zhHans)
        #expect(!chinese.contains("Give the") && !chinese.contains("Nothing to") && !chinese.contains(": use "), "\(chinese)")
    }
}
