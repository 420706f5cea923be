import CoachCore

/// How the prep's results read on screen: the strategy list.
enum PrepView {
    /// Strategies, most urgent first; a rule that applies to several people is listed once with all of them.
    static func strategies(_ recommendations: [Recommendation], limit: Int, language: Language) -> [Output] {
        guard !recommendations.isEmpty else { return [.text(PrepText.noStrategies[language])] }
        var order: [String] = []
        var people: [String: [String]] = [:]
        var rules: [String: Rule] = [:]
        for item in recommendations {
            if rules[item.rule.id] == nil {
                order.append(item.rule.id)
                rules[item.rule.id] = item.rule
            }
            people[item.rule.id, default: []].append(item.person ?? PrepText.forAccount[language])
        }
        var outputs: [Output] = [.text(PrepText.strategiesHeading[language], .heading)]
        for (index, id) in order.prefix(limit).enumerated() {
            let rule = rules[id]!
            let who = UIText.list(people[id] ?? [], language)
            let line = UIText.labelled(rule.title[language], rule.gist[language], language)
            outputs.append(.text("\(index + 1). [\(who)] \(line) (/rule \(rule.id))"))
        }
        if order.count > limit {
            outputs.append(.text("(+\(order.count - limit): /strategies)", .dim))
        }
        return outputs
    }
}
