import CoachCore
import CoachCorpus
import CoachTestSupport
import Foundation
import Testing

@Suite struct RealCorpusTests {
    @Test func realCorpusHasNoErrors() {
        let errors = Fixtures.corpusResult.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map(\.description).joined(separator: "\n"))")
    }

    @Test func everyTopicIsCoveredInEveryLanguage() {
        let coverage = TopicCoverage.compute(Fixtures.corpus)
        #expect(coverage.count == Fixtures.corpus.topics.count)
        for language in Language.allCases {
            let missing = coverage.filter { ($0.languages[language.rawValue] ?? 0) == 0 }.map(\.topic)
            #expect(missing.isEmpty, "\(language.rawValue) misses \(missing)")
        }
    }

    @Test func roleStrategySelfCheckAndVisitTopicsHaveSeveralRules() {
        let corpus = Fixtures.corpus
        for topic in corpus.topics where ["role.", "strategy.", "selfcheck.", "visit.", "care.", "personality."].contains(where: topic.id.hasPrefix) {
            let count = corpus.rules.filter { $0.topics.contains(topic.id) && $0.kind != .card }.count
            #expect(count >= 3, "\(topic.id) has \(count) rules")
        }
    }

    @Test func fiveSelfChecksPointToExistingRules() throws {
        let checks = Fixtures.corpus.selfChecks
        #expect(checks.map(\.id) == ["q1", "q2", "q3", "q4", "q5"])
        for check in checks {
            #expect(Fixtures.corpus.rule(id: check.rule) != nil)
            #expect(!check.questions.isEmpty)
        }
    }

    @Test func outlineTemplatesAreEnoughAndUseKnownPlaceholders() {
        let templates = Fixtures.corpus.templates
        #expect(templates.count >= 80)
        for template in templates {
            for language in Language.allCases {
                let names = Placeholder.names(in: template.text[language])
                #expect(names.allSatisfy(OutlineTemplate.placeholders.contains), "\(template.id)")
            }
        }
    }

    @Test func asksAreNotCopiedFromTheSampleQuestions() throws {
        let sample = Fixtures.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/method/sample-questions.tsv")
        guard let text = try? String(contentsOf: sample, encoding: .utf8) else { return }
        let questions = Set(text.split(separator: "\n").dropFirst().compactMap { $0.split(separator: "\t").dropFirst().first.map(String.init) })
        for rule in Fixtures.corpus.rules {
            for ask in rule.asks.values.flatMap({ $0 }) {
                #expect(!questions.contains(ask), "\(rule.id) copies a sample question: \(ask)")
            }
        }
    }
}

@Suite struct CorpusDiagnosticsTests {
    /// A minimal corpus folder with one rule file whose front matter is `frontMatter`.
    func corpus(with frontMatter: String, body: String = "# en\nx\n# zh-Hans\nx\n# zh-Hant\nx\n") throws -> URL {
        let root = try CoachBinary.temporaryDirectory().appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("rules/x"), withIntermediateDirectories: true)
        try "id\tzh-Hant\ten\tconveys\nrole.user\t使用者\tuser\tx\n".write(to: root.appendingPathComponent("topics.tsv"), atomically: true, encoding: .utf8)
        try ("---\n" + frontMatter + "---\n" + body).write(to: root.appendingPathComponent("rules/x/r.md"), atomically: true, encoding: .utf8)
        return root
    }

    let valid = """
        id: role.user.test
        topics: [role.user]
        kind: knowledge
        title: {en: T, zh-Hans: T, zh-Hant: T}
        gist: {en: G, zh-Hans: G, zh-Hant: G}
        asks: {en: [a, b, c, d], zh-Hans: [a, b, c, d], zh-Hant: [a, b, c, d]}

        """

    func ruleErrors(_ root: URL) -> [Diagnostic] {
        CorpusLoader.load(directory: root.path).diagnostics.filter { $0.file.hasSuffix("r.md") }
    }

    /// A choice item with three options and `whyNot` as its `why-not:` lines (none when empty).
    func quizItem(whyNot: String) -> String {
        """
        quiz:
          - type: choice
            question: {en: Q, zh-Hans: Q, zh-Hant: Q}
            options:
              en: [right, wrong, worse]
              zh-Hans: [对, 错, 更错]
              zh-Hant: [對, 錯, 更錯]

        """ + whyNot
    }

    @Test func acceptsAQuizItemWithAlignedWhyNot() throws {
        let item = quizItem(whyNot: "    why-not:\n      en: [~, breaks it, loses it]\n      zh-Hans: ['', 会坏, 会丢]\n      zh-Hant: [~, 會壞, 會丟]\n")
        #expect(ruleErrors(try corpus(with: valid + item)).isEmpty)
    }

    @Test func reportsAWhyNotListThatDoesNotAlignWithTheOptions() throws {
        let item = quizItem(whyNot: "    why-not:\n      en: [~, breaks it, loses it]\n      zh-Hans: [~, 会坏]\n      zh-Hant: [~, 會壞, 會丟]\n")
        let errors = ruleErrors(try corpus(with: valid + item))
        #expect(errors.map(\.line) == [17])
        #expect(errors.first?.message == "quiz item 1: 'why-not' in zh-Hans has 2 entries for 3 options; give one per option, '~' for the right one")
    }

    @Test func reportsAWhyNotMissingALanguageOrAReason() throws {
        let item = quizItem(whyNot: "    why-not:\n      en: [~, breaks it, '']\n      zh-Hans: [~, 会坏, 会丢]\n")
        let errors = ruleErrors(try corpus(with: valid + item))
        #expect(errors.map(\.line) == [16, 15])
        #expect(errors.map(\.message) == [
            "quiz item 1: option 3 has no 'why-not' reason in en",
            "quiz item 1: 'why-not' has no list in zh-Hant",
        ])
    }

    @Test func requiresWhyNotOnEveryMultipleChoiceItem() throws {
        let errors = ruleErrors(try corpus(with: valid + quizItem(whyNot: "")))
        #expect(errors.map(\.line) == [9])
        #expect(errors.first?.message == "quiz item 1 has no 'why-not': say in every language why each wrong option is wrong")
    }

    @Test func acceptsAValidRule() throws {
        #expect(ruleErrors(try corpus(with: valid)).isEmpty)
    }

    @Test func reportsUnknownTopicWithLineAndSuggestion() throws {
        let errors = ruleErrors(try corpus(with: valid.replacingOccurrences(of: "[role.user]", with: "[role.usr]")))
        #expect(errors.count == 1)
        #expect(errors.first?.line == 3)
        #expect(errors.first?.message == "unknown topic 'role.usr' (did you mean 'role.user'?)")
    }

    @Test func reportsUnknownWhenFieldOnItsLine() throws {
        let errors = ruleErrors(try corpus(with: valid + "when:\n  - person: {role: user, suport: opposed}\n"))
        #expect(errors.count == 1)
        #expect(errors.first?.line == 9)
        #expect(errors.first?.message.contains("unknown key 'suport'") == true)
        #expect(errors.first?.message.contains("did you mean 'support'") == true)
    }

    @Test func reportsUnknownWhenValueWithAllowedValues() throws {
        let errors = ruleErrors(try corpus(with: valid + "when:\n  - person: {role: boss}\n"))
        #expect(errors.first?.message.contains("invalid value 'boss' for 'role'") == true)
        #expect(errors.first?.message.contains("decision-maker") == true)
    }

    @Test func reportsUnknownKindOnTheKindLine() throws {
        let errors = ruleErrors(try corpus(with: valid.replacingOccurrences(of: "kind: knowledge", with: "kind: knowlege")))
        #expect(errors.count == 1)
        #expect(errors.first?.line == 4)
        #expect(errors.first?.message.hasPrefix("unknown kind 'knowlege' (did you mean 'knowledge'?)") == true)
    }

    @Test func reportsMissingLanguageSection() throws {
        let errors = ruleErrors(try corpus(with: valid, body: "# en\nx\n# zh-Hans\nx\n"))
        #expect(errors.map(\.message) == ["missing body section '# zh-Hant'"])
    }

    @Test func reportsYAMLSyntaxErrorsWithLine() throws {
        let errors = ruleErrors(try corpus(with: valid + "roles: [user\n"))
        #expect(errors.count == 1)
        #expect(errors.first?.message.hasPrefix("YAML syntax error") == true)
        #expect((errors.first?.line ?? 0) >= 8)
    }

    @Test func reportsDuplicateIDs() throws {
        let root = try corpus(with: valid)
        try FileManager.default.copyItem(at: root.appendingPathComponent("rules/x/r.md"), to: root.appendingPathComponent("rules/x/s.md"))
        let errors = CorpusLoader.load(directory: root.path).diagnostics.filter { $0.message.contains("duplicate rule id") }
        #expect(errors.count == 1)
    }
}

@Suite struct AnswerVocabularyCheckTests {
    /// A corpus folder holding a copy of the real answer vocabularies, `edit` applied to one of them.
    func corpus(editing language: String, _ edit: (String) -> String) throws -> URL {
        let root = try CoachBinary.temporaryDirectory().appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("answers"), withIntermediateDirectories: true)
        try "id\tzh-Hant\ten\tconveys\n".write(to: root.appendingPathComponent("topics.tsv"), atomically: true, encoding: .utf8)
        for file in ["en", "zh-Hans", "zh-Hant"] {
            let source = Fixtures.packageRoot.appendingPathComponent("corpus/answers/\(file).yaml")
            var text = try String(contentsOf: source, encoding: .utf8)
            if file == language { text = edit(text) }
            try text.write(to: root.appendingPathComponent("answers/\(file).yaml"), atomically: true, encoding: .utf8)
        }
        return root
    }

    func answerErrors(_ root: URL) -> [Diagnostic] {
        CorpusLoader.load(directory: root.path).diagnostics.filter { $0.file.contains("answers/") }
    }

    @Test func realVocabulariesLoadForEveryLanguage() {
        #expect(Set(Fixtures.corpus.answerVocabularies.map(\.language)) == Set(Language.allCases))
        #expect(Fixtures.corpusResult.diagnostics.filter { $0.file.contains("answers/") }.isEmpty)
    }

    @Test func aPhraseMeaningYesAndNotSureIsAnErrorAtItsList() throws {
        let root = try corpus(editing: "zh-Hant") { $0.replacingOccurrences(of: "yes: [是,", with: "yes: [不知道, 是,") }
        let errors = answerErrors(root)
        #expect(errors.count == 1)
        let error = try #require(errors.first)
        #expect(error.file == "corpus/answers/zh-Hant.yaml")
        #expect(error.message.contains("'不知道' is in both 'yes' and 'unsure'"))
        let text = try String(contentsOf: root.appendingPathComponent("answers/zh-Hant.yaml"), encoding: .utf8)
        #expect(text.split(separator: "\n", omittingEmptySubsequences: false)[error.line - 1].hasPrefix("unsure:"))
    }

    @Test func aFillerThatIsAlsoAnAnswerIsAnError() throws {
        let root = try corpus(editing: "en") { $0.replacingOccurrences(of: "filler: [um,", with: "filler: [maybe, um,") }
        #expect(answerErrors(root).map(\.message).contains { $0.contains("filler 'maybe' is also an answer in 'unsure'") })
    }

    @Test func unknownKeyAndMissingLanguageAreReported() throws {
        let root = try corpus(editing: "en") { $0.replacingOccurrences(of: "honorifics:", with: "honourifics:") }
        try FileManager.default.removeItem(at: root.appendingPathComponent("answers/zh-Hans.yaml"))
        let messages = answerErrors(root).map { "\($0.file):\($0.line): \($0.message)" }
        #expect(messages.contains { $0.hasPrefix("corpus/answers/en.yaml:") && $0.contains("unknown key 'honourifics'") && $0.contains("honorifics") })
        #expect(messages.contains { $0.hasPrefix("corpus/answers/zh-Hans.yaml:1:") && $0.contains("missing answer vocabulary") })
    }
}

@Suite struct ShorthandCheckTests {
    /// A corpus folder holding only a topics file and `shorthand.yaml` with `text`.
    func corpus(shorthand text: String) throws -> URL {
        let root = try CoachBinary.temporaryDirectory().appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try "id\tzh-Hant\ten\tconveys\n".write(to: root.appendingPathComponent("topics.tsv"), atomically: true, encoding: .utf8)
        try text.write(to: root.appendingPathComponent("shorthand.yaml"), atomically: true, encoding: .utf8)
        return root
    }

    func shorthandErrors(_ root: URL) -> [Diagnostic] {
        CorpusLoader.load(directory: root.path).diagnostics.filter { $0.file.hasSuffix("shorthand.yaml") }
    }

    @Test func realShorthandFoldsTextingAndDropsParticles() {
        #expect(Fixtures.corpusResult.diagnostics.filter { $0.file.hasSuffix("shorthand.yaml") }.isEmpty)
        #expect(Fixtures.corpus.shorthand.expand("bday") == ["birthday"])
        #expect(Fixtures.corpus.shorthand.expand("wanna") == ["want", "to"])
        #expect(Fixtures.corpus.shorthand.expand("lah") == [])
        #expect(Fixtures.corpus.shorthand.expand("coach") == ["coach"])
    }

    @Test func aFormListedTwiceIsAnErrorOnItsLine() throws {
        let root = try corpus(shorthand: "words:\n  - {means: before, written: [b4]}\n  - {means: birthday, written: [bday]}\nparticles: [lah, bday]\n")
        let errors = shorthandErrors(root)
        #expect(errors.count == 1)
        let error = try #require(errors.first)
        #expect(error.line == 4)
        #expect(error.message.contains("'bday' is listed twice"))
    }

    @Test func aFormOfTwoWordsOrCapitalsIsAnError() throws {
        let messages = shorthandErrors(try corpus(shorthand: "words:\n  - {means: before, written: [B4]}\n")).map(\.message)
        #expect(messages.contains { $0.contains("'B4' should be one lower-case word") })
        let spaced = shorthandErrors(try corpus(shorthand: "particles: [by the way]\n")).map(\.message)
        #expect(spaced.contains { $0.contains("'by the way' should be one lower-case word") })
    }
}
