import CoachCore
import CoachRetrieval
import Foundation

extension Conversation {
    /// How many related rules follow an answer.
    static let seeAlsoCount = 2

    /// Answers a free-text question from the corpus, in the language it was asked in.
    mutating func ask(_ question: String, now: Date) -> [Output] {
        let mention = mention(in: question)
        let answerLanguage = answerLanguage(question, mention: mention)
        let result = mention.map { search($0, language: answerLanguage) } ?? environment.index.search(question, limit: 6)
        switch result.verdict {
        case .outOfScope:
            return [.text(UIText.outOfScope[answerLanguage])]
        case .unsure:
            let choices = distinctTopics(result.hits.map(\.rule)).prefix(2)
            pendingChoices = Array(choices)
            var outputs: [Output] = [.text(UIText.unsure[answerLanguage])]
            for (offset, rule) in choices.enumerated() {
                outputs.append(.text("  \(offset + 1). \(rule.title[answerLanguage])", .accent))
            }
            outputs.append(.text(UIText.unsureHint[answerLanguage], .dim))
            return outputs
        case .confident:
            let best = result.hits[0].rule
            let others = distinctTopics(result.hits.dropFirst().map(\.rule)).filter { other in
                other.id != best.id && Set(other.topics) != Set(best.topics)
            }
            var outputs = answer(with: best, others: Array(others.prefix(Self.seeAlsoCount)), language: answerLanguage)
            if let mention {
                // After the title and gist: who this is about, then the rule applied to them.
                outputs.insert(contentsOf: personContext(mention, rule: best, question: question, now: now, language: answerLanguage), at: min(3, outputs.count))
            }
            return outputs
        }
    }

    /// The first rule of each topic set, in order.
    func distinctTopics(_ rules: [Rule]) -> [Rule] {
        var seen = Set<[String]>()
        return rules.filter { seen.insert($0.topics.sorted()).inserted }
    }

    /// A concise answer: title, gist, what to do; the open account's people; see also; the source.
    mutating func answer(with rule: Rule, others: [Rule], language answerLanguage: Language) -> [Output] {
        lastRule = rule
        var outputs: [Output] = [.text(rule.title[answerLanguage], .heading), .text(rule.gist[answerLanguage], .bold), .blank]
        let sections = MarkdownText.sections(rule.body[answerLanguage])
        if rule.kind == .card {
            outputs += MarkdownText.outputs(rule.body[answerLanguage])
        } else if let first = sections.first {
            outputs += MarkdownText.outputs(first)
        }
        outputs += accountPeople(for: rule, language: answerLanguage)
        outputs.append(.blank)
        if !others.isEmpty {
            let list = others.map { "\($0.title[answerLanguage]) (/rule \($0.id))" }.joined(separator: answerLanguage == .en ? "; " : "；")
            outputs.append(.text(UIText.labelled(UIText.seeAlso[answerLanguage], list, answerLanguage), .dim))
        }
        var footer = UIText.reference(referenceTopic(rule, answerLanguage))[answerLanguage]
        if sections.count > 1 && rule.kind != .card { footer += " · " + UIText.moreHint[answerLanguage] }
        outputs.append(.text(footer, .dim))
        return outputs
    }

    /// When an account is open and the rule concerns roles, who plays them in that account.
    func accountPeople(for rule: Rule, language answerLanguage: Language) -> [Output] {
        guard let id = openAccountID, let account = environment.accounts.account(id: id), !rule.roles.isEmpty else { return [] }
        var outputs: [Output] = [.blank, .text(UIText.inAccount(account)[answerLanguage], .accent)]
        for role in rule.roles where role != .unknown {
            let people = account.people(in: role)
            let roleName = role.label[answerLanguage]
            if people.isEmpty {
                if BuyingRole.required.contains(role) {
                    outputs.append(.text(UIText.noPersonInRole(roleName, answerLanguage)))
                }
            } else {
                for person in people {
                    outputs.append(.text(UIText.personLine(person, roleName: roleName, language: answerLanguage)))
                }
            }
        }
        return outputs.count > 2 ? outputs : []
    }

    /// `/more`: the whole rule behind the last answer.
    func more() -> [Output] {
        guard let rule = lastRule else { return [.text(UIText.nothingToExpand[language])] }
        return fullRule(rule)
    }

    /// `/rule ID`.
    mutating func showRule(_ id: String?) -> [Output] {
        guard let id else { return [.text(UIText.ruleUsage[language])] }
        guard let rule = corpus.rule(id: id) else {
            let hint = Suggestion.closest(to: id, in: corpus.rules.map(\.id)).map { UIText.didYouMean($0)[language] } ?? ""
            return [.text(UIText.unknownRule(id, hint)[language], .error)]
        }
        lastRule = rule
        return fullRule(rule)
    }

    func fullRule(_ rule: Rule) -> [Output] {
        var outputs: [Output] = [.text(rule.title[language], .heading), .text(rule.gist[language], .bold), .blank]
        outputs += MarkdownText.outputs(rule.body[language])
        outputs += accountPeople(for: rule, language: language)
        outputs += [.blank, .text(UIText.reference(referenceTopic(rule, language))[language], .dim)]
        return outputs
    }

    /// The name of the rule's first topic, the short reference of an answer.
    func referenceTopic(_ rule: Rule, _ language: Language) -> String? {
        rule.topics.first.flatMap { corpus.topic(id: $0) }.map { Conversation.topicName($0, language) }
    }

    /// `/source`: the file of the last rule shown, as written.
    func source() -> [Output] {
        guard let rule = lastRule else { return [.text(UIText.nothingToExpand[language])] }
        guard let text = environment.ruleFile(rule.source) else {
            return [.text(UIText.sourceUnreadable(rule.source)[language], .warning)]
        }
        let lines = text.components(separatedBy: "\n").map { StyledLine($0) }
        return [.text(UIText.labelled(UIText.sourceHeading[language], rule.source, language), .heading), .lines(lines)]
    }

    /// `/card [ID]`: list the pocket cards or print one.
    mutating func card(_ id: String?) -> [Output] {
        let cards = corpus.rules(of: .card)
        guard let id else {
            var lines: [StyledLine] = [StyledLine(UIText.cardsHeading[language], .heading)]
            for card in cards {
                lines.append(StyledLine([.init("  " + card.id, .accent), .init("  " + card.title[language])]))
            }
            return [.lines(lines), .text(UIText.cardsHint[language], .dim)]
        }
        // By id (with or without `card.`) or by title in any language, through the one matcher.
        let matcher = NameMatcher(cards.map { card in
            NameMatcher.Candidate(id: card.id, names: [card.title.en, card.title.zhHans, card.title.zhHant, String(card.id.dropFirst("card.".count))])
        })
        let found: Rule?
        switch matcher.match(id) {
        case .found(let cardID): found = cards.first { $0.id == cardID }
        case .ambiguous(let ids):
            return [.text(UIText.ambiguousCard(id, ids.compactMap { cardID in cards.first { $0.id == cardID }?.title[language] })[language], .error)]
        case .notFound: found = nil
        }
        guard let card = found else {
            let hint = matcher.suggestion(for: id).flatMap { cardID in cards.first { $0.id == cardID } }
                .map { UIText.didYouMean($0.title[language])[language] } ?? ""
            return [.text(UIText.unknownRule(id, hint)[language], .error)]
        }
        lastRule = card
        let body = MarkdownText.stripEmphasis(card.body[language])
        let lines = body.components(separatedBy: "\n").map { StyledLine($0) }
        return [.text(card.title[language], .heading), .lines(lines)]
    }
}
