import ArgumentParser
import CoachApp
import CoachCore
import CoachEngine
import CoachOptions
import CoachRetrieval
import CoachTerminal
import Foundation

/// `coach ask "question"`: one answer from the corpus, for scripts and quick lookups.
struct AskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ask",
        abstract: HelpText.text("Answer one question from the corpus (in the language it is asked in, or --lang).")
    )

    @OptionGroup var global: GlobalOptions

    @Flag(name: .long, help: .l("Print the answers as JSON."))
    var json = false

    @Option(name: .long, help: .l("How many answers to list in JSON (best first)."))
    var top = 3

    @Option(name: .long, help: .l("An account id in the store: names of its people in the question are recognised."))
    var account: String?

    @Argument(help: .l("The question, in English, Simplified or Traditional Chinese."))
    var question: [String]

    func validate() throws {
        guard top >= 1 else { throw ValidationError(CLI.text("--top must be at least 1", "--top 至少要是 1", "--top 至少要是 1")) }
        guard !question.joined().trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError(CLI.text("give a question", "请输入一个问题", "請輸入一個問題")) }
    }

    func run() throws {
        let text = question.joined(separator: " ")
        let loaded = try CLI.loadCompiledCorpus(global)
        let corpus = loaded.corpus
        let index = loaded.index
        let sessionLanguage = try global.language()
        let language = global.lang == nil ? LanguageDetector.detect(text, fallback: sessionLanguage) : sessionLanguage
        var accounts: any AccountDirectory = StaticAccountDirectory([])
        if let account {
            let directory = StoreAccountDirectory(database: try global.openStore())
            guard directory.account(id: account) != nil else {
                throw CLI.Failure(CLI.text("unknown account '\(account)'; known: \(directory.accountIDs().joined(separator: ", "))", "没有 '\(account)' 这个客户；已有的客户编号：\(directory.accountIDs().joined(separator: "、"))", "沒有 '\(account)' 這個客戶；已有的客戶編號：\(directory.accountIDs().joined(separator: "、"))"))
            }
            accounts = directory
        }
        let environment = EngineEnvironment(corpus: corpus, index: index, accounts: accounts)
        var conversation = Conversation(environment: environment, language: language)
        if let account { _ = conversation.handle("/open \(account)", now: Date()) }
        if json {
            let found = conversation.searchQuestion(text)
            let result = found.result
            // Confident: the answer first, then the next best. Unsure: the candidates the REPL offers
            // as "did you mean…". Out of scope: no answers at all.
            let answers = result.verdict == .outOfScope ? [] : result.hits.prefix(top).map { hit in
                AskAnswer(
                    id: hit.rule.id, topics: hit.rule.topics, score: (hit.score * 1000).rounded() / 1000,
                    title: hit.rule.title[language], text: RuleText.full(hit.rule, language: language), source: hit.rule.source)
            }
            let people = found.people.map { AskPerson(name: $0.name, title: $0.title, role: $0.role.rawValue, support: $0.support.rawValue) }
            print(try JSONOutput.encode(AskResult(query: text, verdict: AskVerdict(result.verdict), answers: answers, people: people)))
            return
        }
        CLI.show(conversation.handle(text, now: Date()))
    }
}

/// `coach ask --json`: `{"query", "verdict": "confident|unsure|out-of-scope", "answers": [...]}`.
struct AskResult: Encodable {
    var query: String
    var verdict: AskVerdict
    var answers: [AskAnswer]
    /// People of `--account` named in the question.
    var people: [AskPerson]
}

struct AskPerson: Encodable {
    var name: String
    var title: String?
    var role: String
    var support: String
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
