import ArgumentParser
import CoachCore
import CoachEngine
import CoachRetrieval
import Foundation

/// `coach strategies ID|FILE`: the strategy rules that apply to an account, most urgent first.
struct StrategiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "strategies",
        abstract: "List the strategies that apply to an account, person by person, most urgent first."
    )

    @OptionGroup var global: GlobalOptions

    @Flag(name: .long, help: "Print the strategies as JSON.")
    var json = false

    @Argument(help: "An account id in the store, or the path of an account file.")
    var account: String

    func run() throws {
        let language = try global.language()
        let corpus = try CLI.loadCorpus(global)
        let (account, _) = try CLI.resolve(account, global: global)
        let flags = RiskFlags.compute(for: account, today: JournalCLI.today().text)
        let recommendations = StrategyMatcher.recommendations(corpus: corpus, account: account, flags: flags)
        if json {
            let items = recommendations.map { item in
                StrategyItem(
                    id: item.rule.id, topics: item.rule.topics, person: item.person, title: item.rule.title[language],
                    text: RuleText.concise(item.rule, language: language), flags: item.flags.map(\.rawValue))
            }
            print(try JSONOutput.encode(StrategyList(account: account.id, strategies: items)))
            return
        }
        var conversation = Conversation(
            environment: EngineEnvironment(corpus: corpus, index: RetrievalIndex(corpus: Corpus(topics: corpus.topics, rules: [])), accounts: StaticAccountDirectory([account])),
            language: language)
        _ = conversation.handle("/open \(account.id)", now: Date())
        CLI.show(conversation.handle("/strategies", now: Date()))
    }
}

struct StrategyList: Encodable {
    var account: String
    var strategies: [StrategyItem]
}

struct StrategyItem: Encodable {
    var id: String
    var topics: [String]
    var person: String?
    var title: String
    var text: String
    var flags: [String]

    enum CodingKeys: String, CodingKey { case id, topics, person, title, text, flags }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(topics, forKey: .topics)
        try container.encode(person, forKey: .person)
        try container.encode(title, forKey: .title)
        try container.encode(text, forKey: .text)
        try container.encode(flags, forKey: .flags)
    }
}
