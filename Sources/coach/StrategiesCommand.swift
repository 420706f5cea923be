import ArgumentParser
import CoachApp
import CoachCore
import CoachEngine
import CoachOptions
import CoachRetrieval
import CoachStore
import Foundation

/// `coach strategies ID|FILE`: the strategy rules that apply to an account, most urgent first.
struct StrategiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "strategies",
        abstract: HelpText.text("List the strategies that apply to an account, person by person, most urgent first.")
    )

    @OptionGroup var global: GlobalOptions

    @Flag(name: .long, help: .l("Print the strategies as JSON."))
    var json = false

    @Flag(name: .long, help: .l("Leave out your latest finished prep of the account; only the account file counts."))
    var noPrep = false

    @Argument(help: .l("An account id in the store, or the path of an account file."))
    var account: String

    func run() throws {
        let language = try global.language()
        let corpus = try CLI.loadCorpus(global)
        let (account, version) = try CLI.resolve(account, global: global)
        let flags = RiskFlags.compute(for: account, today: JournalCLI.today().text, overdueDays: corpus.method.overdueDays, texts: corpus.flags)
        // An account from the store: your latest finished prep of it adds its answers.
        var prep: StoredSession?
        if version != nil, !noPrep {
            prep = try global.openStore().sessions(accountID: account.id)
                .filter { $0.status == .finished }
                .max { ($0.finishedAt ?? $0.updatedAt) < ($1.finishedAt ?? $1.updatedAt) }
        }
        let plan = StrategyPlanner.plan(corpus: corpus, account: account, accountFlags: flags, answers: prep?.answers ?? [])
        if json {
            let items = plan.all.map { advice in
                StrategyItem(
                    id: advice.rule.id, topics: advice.rule.topics, people: advice.people, title: advice.rule.title[language],
                    text: RuleText.concise(advice.rule, language: language), flags: advice.flags.map(\.rawValue),
                    why: advice.reasons.map { $0[language] }, fromAnswers: advice.fromAnswers)
            }
            print(try JSONOutput.encode(StrategyList(account: account.id, prep: prep?.key, top: plan.top.count, strategies: items)))
            return
        }
        var outputs = StrategyPlanView.outputs(plan, account: account, corpus: corpus, language: language)
        outputs.insert(.text(prep.map { PlanCLIText.fromPrep($0.key)[language] } ?? PlanCLIText.fileOnly[language]), at: min(1, outputs.count))
        CLI.show(outputs)
    }
}

/// Interface text of `coach strategies`.
enum PlanCLIText {
    static let fileOnly = LocalizedText(
        en: "(from the account file only; a finished /prep of this account adds your answers)",
        zhHans: "（只根据客户档案；完成一次 /prep 后会加入你的回答）",
        zhHant: "（只根據客戶檔案；完成一次 /prep 後會加入你的回答）")
    static func fromPrep(_ key: String) -> LocalizedText {
        LocalizedText(
            en: "(with your answers from the prep \(key); --no-prep for the file alone)",
            zhHans: "（含你在准备 \(key) 中的回答；--no-prep 只看档案）",
            zhHant: "（含你在準備 \(key) 中的回答；--no-prep 只看檔案）")
    }
}

struct StrategyList: Encodable {
    var account: String
    /// The finished prep whose answers count, if any.
    var prep: String?
    /// How many strategies come first (the rest are folded in the text view).
    var top: Int
    var strategies: [StrategyItem]

    enum CodingKeys: String, CodingKey { case account, prep, top, strategies }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(account, forKey: .account)
        try container.encode(prep, forKey: .prep)
        try container.encode(top, forKey: .top)
        try container.encode(strategies, forKey: .strategies)
    }
}

struct StrategyItem: Encodable {
    var id: String
    var topics: [String]
    var people: [String]
    var title: String
    var text: String
    var flags: [String]
    var why: [String]
    var fromAnswers: Bool

    enum CodingKeys: String, CodingKey { case id, topics, people, title, text, flags, why, fromAnswers = "from-answers" }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(topics, forKey: .topics)
        try container.encode(people, forKey: .people)
        try container.encode(title, forKey: .title)
        try container.encode(text, forKey: .text)
        try container.encode(flags, forKey: .flags)
        try container.encode(why, forKey: .why)
        try container.encode(fromAnswers, forKey: .fromAnswers)
    }
}
