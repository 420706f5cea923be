import ArgumentParser
import CoachApp
import CoachCore
import CoachOptions
import Foundation

/// `coach outline ID|FILE`: the question outline to carry to the next contact.
struct OutlineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outline",
        abstract: HelpText.text("Print the question outline of an account (md prints well as a pocket card).")
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case md, txt, json
    }

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: .l("md, txt or json."))
    var format: Format = .txt

    @Flag(name: .long, help: .l("Same as --format json."))
    var json = false

    @Option(name: .long, help: .l("At most this many questions (default 60)."))
    var limit = OutlineBuilder.defaultLimit

    @Argument(help: .l("An account id in the store, or the path of an account file."))
    var account: String

    func run() throws {
        let language = try global.language()
        let corpus = try CLI.loadCorpus(global)
        let (account, _) = try CLI.resolve(account, global: global)
        let flags = RiskFlags.compute(for: account, today: JournalCLI.today().text, overdueDays: corpus.method.overdueDays, texts: corpus.flags)
        let questions = OutlineBuilder.build(corpus: corpus, account: account, flags: flags, today: JournalCLI.today().text, limit: limit)
        switch json ? .json : format {
        case .json:
            let items = questions.map { OutlineItem(text: $0.text[language], role: $0.role?.rawValue, person: $0.person, audience: $0.audience.rawValue, topics: $0.topics) }
            print(try JSONOutput.encode(OutlineList(account: account.id, questions: items)))
        case .md, .txt:
            print(render(questions, account: account, language: language, markdown: format == .md && !json))
        }
    }

    /// Groups under a heading per person; numbered; Markdown headings for md.
    func render(_ questions: [OutlineQuestion], account: Account, language: Language, markdown: Bool) -> String {
        let title = LocalizedText(en: "Question outline", zhHans: "问话提纲", zhHant: "問話提綱")[language]
        let general = LocalizedText(en: "About the account", zhHans: "关于整个客户", zhHant: "關於整個客戶")[language]
        let heading = language == .en ? "\(title): \(account.name)" : "\(title)：\(account.name)"
        var lines = [markdown ? "# " + heading : heading]
        var group: String?? = nil
        for (index, question) in questions.enumerated() {
            if group != .some(question.person) {
                group = .some(question.person)
                let heading = question.person.map { name in
                    let person = account.person(named: name)
                    return [name, person?.title, person.map { $0.role.label[language] }].compactMap { $0 }.joined(separator: " · ")
                } ?? general
                lines.append("")
                lines.append(markdown ? "## \(heading)" : heading)
                if markdown { lines.append("") }
            }
            lines.append("\(index + 1). \(question.text[language]) \(question.audience.tag(language))")
        }
        return lines.joined(separator: "\n")
    }
}

struct OutlineList: Encodable {
    var account: String
    var questions: [OutlineItem]
}

struct OutlineItem: Encodable {
    var text: String
    var role: String?
    var person: String?
    var audience: String
    var topics: [String]

    enum CodingKeys: String, CodingKey { case text, role, person, audience, topics }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(role, forKey: .role)
        try container.encode(person, forKey: .person)
        try container.encode(audience, forKey: .audience)
        try container.encode(topics, forKey: .topics)
    }
}
