import ArgumentParser
import CoachApp
import CoachCore
import CoachEngine
import CoachRetrieval
import CoachTerminal
import Foundation

/// `coach ask "question"`: one answer from the corpus, for scripts and quick lookups.
struct AskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ask",
        abstract: "Answer one question from the corpus (in the language it is asked in, or --lang)."
    )

    @OptionGroup var global: GlobalOptions

    @Flag(name: .long, help: "Print the answers as JSON.")
    var json = false

    @Option(name: .long, help: "How many answers to list in JSON (best first).")
    var top = 3

    @Argument(help: "The question, in English, Simplified or Traditional Chinese.")
    var question: [String]

    func validate() throws {
        guard top >= 1 else { throw ValidationError("--top must be at least 1") }
        guard !question.joined().trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("give a question") }
    }

    func run() throws {
        let text = question.joined(separator: " ")
        let loaded = try CLI.loadCompiledCorpus(global)
        let corpus = loaded.corpus
        let index = loaded.index
        let sessionLanguage = try global.language()
        let language = global.lang == nil ? LanguageDetector.detect(text, fallback: sessionLanguage) : sessionLanguage
        if json {
            let result = index.search(text, limit: top)
            let answers = result.verdict == .confident ? result.hits.prefix(top).map { hit in
                AskAnswer(
                    id: hit.rule.id, topics: hit.rule.topics, score: (hit.score * 1000).rounded() / 1000,
                    title: hit.rule.title[language], text: RuleText.full(hit.rule, language: language), source: hit.rule.source)
            } : []
            print(try JSONOutput.encode(AskResult(query: text, answers: answers)))
            return
        }
        let environment = EngineEnvironment(corpus: corpus, index: index, accounts: StaticAccountDirectory([]))
        var conversation = Conversation(environment: environment, language: language)
        CLI.show(conversation.handle(text, now: Date()))
    }
}

struct AskResult: Encodable {
    var query: String
    var answers: [AskAnswer]
}

struct AskAnswer: Encodable {
    var id: String
    var topics: [String]
    var score: Double
    var title: String
    var text: String
    var source: String
}
