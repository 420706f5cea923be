/// Builds the question outline (about sixty questions per account) from the corpus's templates.
public enum OutlineBuilder {
    public static let defaultLimit = 60
    /// Open issues take at most this share of the outline.
    public static let issueShare = 5

    /// Every gap in the account becomes questions, balanced the way a salesperson would carry them.
    ///
    /// Templates whose `when:` matches are filled once per matching person or open issue; then
    /// every person gets their most important question, everyone gets a fair share in turn, and the
    /// rest is filled by priority; open issues take at most a fifth. People are addressed politely
    /// (張處長; the full name for non-Chinese names); products are named one at a time; the "we are
    /// late" questions go only to issues open past the method's limit. Grouped by person.
    ///
    /// ```swift
    /// let outline = OutlineBuilder.build(corpus: corpus, account: account, flags: flags, today: "2026-11-30")
    /// ```
    /// - Parameter today: `YYYY-MM-DD`; without it no issue is treated as overdue.
    /// - Complexity: O(templates × people × issues + n log n).
    public static func build(
        corpus: Corpus, account: Account, flags: [RiskFlag], today: String? = nil, limit: Int = defaultLimit
    ) -> [OutlineQuestion] {
        let candidates = candidates(corpus: corpus, account: account, flags: flags, today: today)
        return grouped(select(candidates, account: account, limit: limit), order: account.people.map(\.name))
    }

    /// Every filled template, most important first, no text twice.
    static func candidates(corpus: Corpus, account: Account, flags: [RiskFlag], today: String?) -> [OutlineQuestion] {
        var candidates: [OutlineQuestion] = []
        let openIssues = account.openIssues.filter { !$0.status.isClosed }
        let overdueDays = corpus.method.overdueDays
        let overdue = today.map { RiskFlags.overdueIssues(in: account, today: $0, days: overdueDays) } ?? []
        let honorifics = PoliteAddress.honorifics(corpus)
        var productTurn = 0
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
            // "We are late" is said only of issues past the limit, never of every open issue.
            let late = template.when.contains { $0.flags?.contains(.openIssueOverdue) == true }
            let issues: [OpenIssue?] = names.contains("issue") ? (late ? overdue : openIssues) : [nil]
            for name in people {
                for issue in issues {
                    let person = name.flatMap(account.person(named:))
                    var values: [String: LocalizedText] = ["account": same(account.name)]
                    if names.contains("product") {
                        values["product"] = product(account, turn: productTurn)
                        productTurn += 1
                    }
                    if let person {
                        values["person"] = same(PoliteAddress.of(person, honorifics: honorifics))
                        values["title"] = person.title.map(same) ?? person.role.label
                    }
                    if let issue { values["issue"] = same(issue.text) }
                    candidates.append(OutlineQuestion(
                        text: fill(template.text, values), role: template.role ?? person?.role, person: personal ? name : nil,
                        audience: audience(template, personal: personal), issue: issue?.text, topics: template.topics,
                        templateID: template.id, priority: template.priority))
                }
            }
        }
        var seen = Set<String>()
        return candidates.enumerated()
            .sorted { ($0.element.priority, -$0.offset) > ($1.element.priority, -$1.offset) }
            .map(\.element)
            .filter { seen.insert($0.text.en + "|" + $0.text.zhHans).inserted }
    }

    /// Whom a template's question is for: its `for:`, else the person when the question addresses
    /// them ("{person}, …"), your coach when it asks about them or is a coach's question, whoever
    /// you meet otherwise.
    static func audience(_ template: OutlineTemplate, personal: Bool) -> OutlineQuestion.Audience {
        if let audience = template.audience { return audience }
        guard personal else { return template.role == .coach ? .coach : .customer }
        return template.text.en.hasPrefix("{person},") || template.text.en.hasPrefix("{person}:") ? .person : .coach
    }

    /// The balanced choice: each person's best question first, then a fair share for everyone in
    /// turn, then by priority; open-issue questions capped at a fifth of the limit.
    static func select(_ candidates: [OutlineQuestion], account: Account, limit: Int) -> [OutlineQuestion] {
        let issueCap = max(1, limit / issueShare)
        var chosen: [OutlineQuestion] = []
        var taken = Set<Int>()
        var issueCount = 0
        func take(_ index: Int) -> Bool {
            guard chosen.count < limit, !taken.contains(index) else { return false }
            let question = candidates[index]
            if question.issue != nil {
                guard issueCount < issueCap else { return false }
                issueCount += 1
            }
            taken.insert(index)
            chosen.append(question)
            return true
        }
        let people = account.people.map(\.name)
        let perPerson = max(2, (limit * 2 / 3) / max(1, people.count))
        var queues = Dictionary(grouping: candidates.indices.filter { candidates[$0].person != nil }) { candidates[$0].person! }
        for round in 0..<perPerson {
            var progressed = false
            for name in people {
                while var queue = queues[name], !queue.isEmpty {
                    let next = queue.removeFirst()
                    queues[name] = queue
                    if take(next) { progressed = true; break }
                }
            }
            if !progressed && round > 0 { break }
        }
        for index in candidates.indices where chosen.count < limit { _ = take(index) }
        return chosen
    }

    /// Groups by person in account order after the most urgent; account questions last.
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

    /// One product per question, in turn; "our products" when the account names none.
    static func product(_ account: Account, turn: Int) -> LocalizedText {
        guard !account.products.isEmpty else {
            return LocalizedText(en: "our products", zhHans: "我们的产品", zhHant: "我們的產品")
        }
        return same(account.products[turn % account.products.count])
    }

    static func same(_ text: String) -> LocalizedText { LocalizedText(en: text, zhHans: text, zhHant: text) }

    static func fill(_ text: LocalizedText, _ values: [String: LocalizedText]) -> LocalizedText {
        LocalizedText(
            en: Placeholder.fill(text.en, values.mapValues(\.en)),
            zhHans: Placeholder.fill(text.zhHans, values.mapValues(\.zhHans)),
            zhHant: Placeholder.fill(text.zhHant, values.mapValues(\.zhHant)))
    }
}
