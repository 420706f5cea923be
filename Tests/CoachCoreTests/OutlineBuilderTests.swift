import CoachCore
import CoachTestSupport
import Foundation
import Testing

/// The outline a salesperson would carry: balanced, polite, one product at a time.
@Suite struct OutlineBuilderTests {
    static let today = "2026-11-30"
    static let accounts: [Account] = ["east-post", "riverside-health", "sz-huake"].map(Fixtures.demoAccount)
        + ["northwind-freight", "jinghua-pharma", "valid"].map(Fixtures.fixtureAccount)

    func outline(_ account: Account, limit: Int = OutlineBuilder.defaultLimit) -> [OutlineQuestion] {
        OutlineBuilder.build(
            corpus: Fixtures.corpus, account: account, flags: RiskFlags.compute(for: account, today: Self.today, overdueDays: 30, texts: Fixtures.corpus.flags),
            today: Self.today, limit: limit)
    }

    @Test(arguments: accounts)
    func everyPersonGetsAtLeastOneQuestion(account: Account) {
        let questions = outline(account)
        for person in account.people {
            #expect(questions.contains { $0.person == person.name }, "\(account.id): no question for \(person.name)")
        }
    }

    @Test(arguments: accounts)
    func everyRoleOnTheAccountGetsItsShare(account: Account) {
        let questions = outline(account)
        for role in Set(account.people.map(\.role)) {
            let people = account.people.filter { $0.role == role }.map(\.name)
            let count = questions.filter { $0.person.map(people.contains) ?? false }.count
            #expect(count >= min(2 * people.count, 2), "\(account.id): \(role) has \(count) question(s)")
        }
    }

    @Test(arguments: accounts)
    func openIssuesTakeAtMostAFifth(account: Account) {
        for limit in [20, 60] {
            let questions = outline(account, limit: limit)
            #expect(questions.filter { $0.issue != nil }.count <= limit / 5, "\(account.id) at \(limit)")
        }
    }

    @Test(arguments: accounts)
    func noLinePastesTheProductList(account: Account) {
        guard account.products.count > 1 else { return }
        let lists = [account.products.joined(separator: "、"), account.products.joined(separator: ", "), account.products.joined(separator: ",")]
        for question in outline(account) {
            for language in Language.allCases {
                #expect(!lists.contains { question.text[language].contains($0) }, "\(question.templateID): \(question.text[language])")
            }
        }
    }

    @Test func chineseCustomersAreAddressedByTitleAndSurname() {
        let account = Fixtures.demoAccount("east-post")
        let questions = outline(account)
        let texts = questions.flatMap { question in Language.allCases.map { question.text[$0] } }
        for person in account.people where person.title != nil {
            #expect(!texts.contains { $0.contains(person.name) }, "\(person.name) addressed by bare full name")
        }
        #expect(texts.contains { $0.contains("張處長") })
        #expect(texts.contains { $0.contains("林科長") })
    }

    @Test func onlyOverdueIssuesAreCalledLate() throws {
        let account = Fixtures.demoAccount("east-post")
        let late = outline(account, limit: 200).filter { $0.templateID == "outline.open-issues.overdue-interim" }
        let overdue = RiskFlags.overdueIssues(in: account, today: Self.today, days: Fixtures.corpus.method.overdueDays).map(\.text)
        #expect(!late.isEmpty)
        for question in late {
            #expect(overdue.contains(try #require(question.issue)), "\(question.issue ?? ""): raised less than \(Fixtures.corpus.method.overdueDays) days ago")
        }
        #expect(!late.contains { $0.issue == "希望提供分區回應率報表" })
    }

    @Test(arguments: accounts)
    func everyQuestionSaysWhomToAsk(account: Account) {
        for question in outline(account) {
            if question.audience == .person { #expect(question.person != nil) }
            if question.person == nil { #expect(question.audience != .person, "\(question.templateID)") }
        }
        let audiences = Set(outline(account).map(\.audience))
        #expect(audiences.contains(.coach) || account.people.isEmpty)
    }

    /// The English outline of a Chinese account: the only Chinese left is what the file supplies
    /// (names, titles, products, issues, the account), and every line is a question.
    @Test(arguments: ["east-post", "jinghua-pharma"])
    func englishOutlineOfAChineseAccountIsGrammatical(id: String) {
        let account = id == "east-post" ? Fixtures.demoAccount(id) : Fixtures.fixtureAccount(id)
        let honorifics = PoliteAddress.honorifics(Fixtures.corpus)
        var supplied = [account.name] + account.products + account.openIssues.map(\.text)
        for person in account.people {
            supplied += [person.name, PoliteAddress.of(person, honorifics: honorifics)] + (person.title.map { [$0] } ?? [])
        }
        supplied.sort { $0.count > $1.count }
        for question in outline(account) {
            var text = question.text.en
            #expect(!text.contains("{") && !text.contains("}"), "\(text)")
            #expect(text.hasSuffix("?") || text.hasSuffix("."), "\(question.templateID): \(text)")
            for value in supplied { text = text.replacingOccurrences(of: value, with: "X") }
            #expect(!text.unicodeScalars.contains { (0x3400...0x9FFF).contains($0.value) }, "\(question.templateID): \(question.text.en)")
            #expect(!text.contains("does handled"))
        }
    }
}
