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
            // Confident: the answer first, then the next best. Unsure: the candidates the REPL offers
            // as "did you mean…". Out of scope: no answers at all.
            let answers = result.verdict == .outOfScope ? [] : result.hits.prefix(top).map { hit in
                AskAnswer(
                    id: hit.rule.id, topics: hit.rule.topics, score: (hit.score * 1000).rounded() / 1000,
                    title: hit.rule.title[language], text: RuleText.full(hit.rule, language: language), source: hit.rule.source)
            }
            print(try JSONOutput.encode(AskResult(query: text, verdict: AskVerdict(result.verdict), answers: answers)))
            return
        }
        let environment = EngineEnvironment(corpus: corpus, index: index, accounts: StaticAccountDirectory([]))
        var conversation = Conversation(environment: environment, language: language)
        CLI.show(conversation.handle(text, now: Date()))
    }
}

/// `coach ask --json`: `{"query", "verdict": "confident|unsure|out-of-scope", "answers": [...]}`.
struct AskResult: Encodable {
    var query: String
    var verdict: AskVerdict
    var answers: [AskAnswer]
}

/// What the coach decided: answer, ask which of the candidates was meant, or decline.
enum AskVerdict: String, Encodable {
    case confident
    case unsure
    case outOfScope = "out-of-scope"

    init(_ verdict: SearchResult.Verdict) {
        switch verdict {
        case .confident: self = .confident
        case .unsure: self = .unsure
        case .outOfScope: self = .outOfScope
        }
    }
}

struct AskAnswer: Encodable {
    var id: String
    var topics: [String]
    var score: Double
    var title: String
    var text: String
    var source: String
}
