import CoachTestSupport
import Foundation
import Testing

/// The built `coach` binary driven as a user would from a shell.
@Suite(.serialized) struct CoachBinaryTests {
    func environment() throws -> [String: String] {
        let home = try CoachBinary.temporaryDirectory()
        return ["HOME": home.path, "XDG_DATA_HOME": home.appendingPathComponent("data").path, "COACH_CORPUS": Fixtures.corpusDirectory, "LANG": "en_US.UTF-8", "LC_ALL": ""]
    }

    @Test func pipedHelpPrintsCommandsWithoutPromptsOrEscapeCodes() throws {
        let result = try CoachBinary.run([], input: "/help\n", environment: try environment())
        #expect(result.status == 0)
        #expect(result.stdout.contains("/open ID"))
        #expect(!result.stdout.contains("\u{1B}"))
        #expect(!result.stdout.contains("coach>"))
        #expect(result.stderr.isEmpty)
    }

    @Test func answersAQuestionFromAScriptInTheQuestionsLanguage() throws {
        let result = try CoachBinary.run([], input: "老闆一直不見我怎麼辦\n/source\n", environment: try environment())
        #expect(result.status == 0)
        #expect(result.stdout.contains("決策者"))
        // The answer ends with a short reference; /source prints the rule's file from the corpus.
        let answer = result.stdout.components(separatedBy: "Rule file: ").first ?? ""
        #expect(answer.contains("出處：見不到決策者") && !answer.contains("corpus/rules/"), "\(answer)")
        #expect(result.stdout.contains("Rule file: corpus/rules/strategy/dm-unreachable.md"))
        #expect(result.stdout.contains("id: strategy.decision-maker-unreachable.what-to-do"))
    }

    @Test func interfaceLanguageComesFromTheLocaleOrTheFlag() throws {
        var env = try environment()
        env["LANG"] = "zh_TW.UTF-8"
        #expect(try CoachBinary.run([], input: "/help\n", environment: env).stdout.contains("列出指令"))
        #expect(try CoachBinary.run(["--lang", "zh-Hans"], input: "/help\n", environment: env).stdout.contains("列出命令"))
    }

    @Test func unknownLanguageIsAClearError() throws {
        let result = try CoachBinary.run(["--lang", "fr"], input: "", environment: try environment())
        #expect(result.status != 0)
        #expect(result.stderr.contains("unknown language 'fr'"))
    }

    @Test func storeIsCreatedOwnerOnly() throws {
        let env = try environment()
        _ = try CoachBinary.run([], input: "/accounts\n", environment: env)
        let store = env["XDG_DATA_HOME"]! + "/visitcoach/coach.sqlite"
        let attributes = try FileManager.default.attributesOfItem(atPath: store)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }

    @Test func corpusCheckPassesOnTheRealCorpus() throws {
        let result = try CoachBinary.run(["corpus", "check", "--json"], environment: try environment())
        #expect(result.status == 0, "\(result.stdout)")
        let report = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(report?["errors"] as? Int == 0)
        let percent = report?["percent"] as? [String: Double]
        #expect(percent?["en"] == 100 && percent?["zh-Hans"] == 100 && percent?["zh-Hant"] == 100)
    }
}

/// The one-shot commands scripts use.
@Suite(.serialized) struct OneShotCommandTests {
    func environment() throws -> [String: String] {
        let home = try CoachBinary.temporaryDirectory()
        return ["HOME": home.path, "XDG_DATA_HOME": home.appendingPathComponent("data").path, "COACH_CORPUS": Fixtures.corpusDirectory, "LANG": "en_US.UTF-8"]
    }

    func json(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func askJSONListsAnswersBestFirstAndIsEmptyWhenDeclining() throws {
        let env = try environment()
        let answered = try json(CoachBinary.run(["ask", "--json", "--top", "2", "老闆一直不見我怎麼辦"], environment: env).stdout)
        let answers = try #require(answered["answers"] as? [[String: Any]])
        #expect(answers.count == 2)
        #expect((answers.first?["topics"] as? [String])?.contains("strategy.decision-maker-unreachable") == true)
        for key in ["id", "topics", "score", "title", "text", "source"] { #expect(answers.first?[key] != nil, "\(key)") }
        #expect(answered["verdict"] as? String == "confident")
        let declined = try json(CoachBinary.run(["ask", "--json", "What is the capital of Australia?"], environment: env).stdout)
        #expect((declined["answers"] as? [Any])?.isEmpty == true)
        #expect(declined["verdict"] as? String == "out-of-scope")
    }

    @Test func askJSONListsCandidatesWhenUnsureAndAnswersAreEmptyOnlyWhenDeclining() throws {
        let env = try environment()
        // A question that names two topics at once leaves the coach unsure or answering; either way
        // it must list what it would offer.
        for question in ["coach or landmine?", "教練 還是 地雷", "how often should I visit and log it"] {
            let result = try json(CoachBinary.run(["ask", "--json", question], environment: env).stdout)
            let verdict = try #require(result["verdict"] as? String)
            #expect(["confident", "unsure", "out-of-scope"].contains(verdict))
            let answers = result["answers"] as? [Any] ?? []
            #expect(answers.isEmpty == (verdict == "out-of-scope"), "\(question): \(verdict)")
        }
    }

    @Test func strategiesAndOutlineOfAnAccountFile() throws {
        let env = try environment()
        let file = Fixtures.packageRoot.appendingPathComponent("demo/accounts/east-post.yaml").path
        let strategies = try json(CoachBinary.run(["strategies", "--json", file], environment: env).stdout)
        #expect(strategies["account"] as? String == "east-post")
        let ids = (strategies["strategies"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        #expect(ids.contains("strategy.decision-maker-unreachable.what-to-do"))
        let outline = try json(CoachBinary.run(["outline", "--format", "json", file], environment: env).stdout)
        let questions = outline["questions"] as? [[String: Any]] ?? []
        #expect(!questions.isEmpty && questions.count <= 60)
        let people = Set(questions.compactMap { $0["person"] as? String })
        #expect(people.isSuperset(of: ["王建國", "周志豪"]), "every new face is named")
        let markdown = try CoachBinary.run(["outline", "--format", "md", file], environment: env).stdout
        #expect(markdown.hasPrefix("# "))
    }
}
