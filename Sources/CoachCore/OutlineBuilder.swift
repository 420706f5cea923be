/// A question of the per-account question outline, filled from the account.
public struct OutlineQuestion: Sendable, Hashable, Codable {
    public var text: LocalizedText
    public var role: BuyingRole?
    /// The person it is about or put to; nil for questions about the account.
    public var person: String?
    public var topics: [String]
    public var templateID: String
    public var priority: Int

    public init(text: LocalizedText, role: BuyingRole?, person: String?, topics: [String], templateID: String, priority: Int) {
        self.text = text
        self.role = role
        self.person = person
        self.topics = topics
        self.templateID = templateID
        self.priority = priority
    }
}

/// Builds the question outline (about sixty questions per account) from the corpus's templates.
public enum OutlineBuilder {
    public static let defaultLimit = 60

    /// Every gap in the account becomes questions: templates whose `when:` matches are filled once per
    /// matching person or open issue; duplicates are dropped; the most important come first; every
    /// flagged person (new faces, unmet buyers…) keeps at least one question; grouped by person.
    ///
    /// - Complexity: O(templates × people + n log n).
    public static func build(corpus: Corpus, account: Account, flags: [RiskFlag], limit: Int = defaultLimit) -> [OutlineQuestion] {
        var candidates: [OutlineQuestion] = []
        let products = productText(account)
        let openIssues = account.openIssues.filter { !$0.status.isClosed }
        for template in corpus.templates {
            let names = Set(Language.allCases.flatMap { Placeholder.names(in: template.text[$0]) })
            let personal = names.contains("person") || names.contains("title")
            var people: [String?] = [nil]
            if !template.when.isEmpty {
                let match = template.when.evaluate(on: account, flags: flags)
                guard match.matched else { continue }
                if personal {
                    guard !match.people.isEmpty else { continue }
                    people = match.people
                } else if !match.people.isEmpty, template.when.allSatisfy(\.isPersonal) {
                    people = [match.people.first]
                }
            } else if personal {
                continue
            }
            let issues: [OpenIssue?] = names.contains("issue") ? openIssues : [nil]
            for name in people {
                for issue in issues {
                    let person = name.flatMap(account.person(named:))
                    var values: [String: LocalizedText] = [
                        "account": LocalizedText(en: account.name, zhHans: account.name, zhHant: account.name),
                        "product": products,
                    ]
                    if let person {
                        values["person"] = LocalizedText(en: person.name, zhHans: person.name, zhHant: person.name)
                        values["title"] = person.title.map { LocalizedText(en: $0, zhHans: $0, zhHant: $0) } ?? person.role.label
                    }
                    if let issue { values["issue"] = LocalizedText(en: issue.text, zhHans: issue.text, zhHant: issue.text) }
                    let text = fill(template.text, values)
                    candidates.append(OutlineQuestion(
                        text: text, role: template.role ?? person?.role, person: personal ? name : nil,
                        topics: template.topics, templateID: template.id, priority: template.priority))
                }
            }
        }
        var seen = Set<String>()
        let unique = candidates.enumerated()
            .sorted { ($0.element.priority, -$0.offset) > ($1.element.priority, -$1.offset) }
            .map(\.element)
            .filter { seen.insert($0.text.en + "|" + $0.text.zhHans).inserted }

        var chosen = Array(unique.prefix(limit))
        // Every flagged person keeps at least one question, even past the limit.
        let flagged = account.people.map(\.name).filter { name in flags.contains { $0.person == name } }
        for name in flagged where !chosen.contains(where: { $0.person == name }) {
            if let question = unique.first(where: { $0.person == name }) {
                if chosen.count >= limit, let drop = chosen.lastIndex(where: { $0.person == nil }) { chosen.remove(at: drop) }
                chosen.append(question)
            }
        }
        return grouped(chosen, order: account.people.map(\.name))
    }

    /// Groups by person in the order of each group's most important question; account questions last.
    static func grouped(_ questions: [OutlineQuestion], order: [String]) -> [OutlineQuestion] {
        let sorted = questions.enumerated().sorted { ($0.element.priority, -$0.offset) > ($1.element.priority, -$1.offset) }.map(\.element)
        var groups: [String] = []
        for question in sorted {
            if let person = question.person, !groups.contains(person) { groups.append(person) }
        }
        var result: [OutlineQuestion] = []
        for person in groups { result += sorted.filter { $0.person == person } }
        result += sorted.filter { $0.person == nil }
        return result
    }

    static func productText(_ account: Account) -> LocalizedText {
        guard !account.products.isEmpty else {
            return LocalizedText(en: "our products", zhHans: "我们的产品", zhHant: "我們的產品")
        }
        return LocalizedText(
            en: account.products.joined(separator: ", "),
            zhHans: account.products.joined(separator: "、"),
            zhHant: account.products.joined(separator: "、"))
    }

    static func fill(_ text: LocalizedText, _ values: [String: LocalizedText]) -> LocalizedText {
        LocalizedText(
            en: Placeholder.fill(text.en, values.mapValues(\.en)),
            zhHans: Placeholder.fill(text.zhHans, values.mapValues(\.zhHans)),
            zhHant: Placeholder.fill(text.zhHant, values.mapValues(\.zhHant)))
    }
}
