import CoachCore
import CoachRetrieval
import Foundation

/// `/drill [ID]`: the trainee reads an account, names its risks, picks strategies, and is scored
/// against the flags and strategies the engine derives, each miss explained with its rule.
extension Conversation {
    /// Answers that mean "nothing to pick".
    static let noneWords: Set<String> = ["none", "nothing", "no", "-", "0", "没有", "沒有", "无", "無", "都没有", "都沒有"]

    mutating func startDrill(_ id: String?, now: Date) -> [Output] {
        let ids = environment.accounts.accountIDs()
        guard !ids.isEmpty else { return [.text(UIText.noAccounts[language])] }
        var generator = SeededGenerator(seed: nextTrainingSeed(now: now))
        let chosen = id ?? ids[generator.index(below: ids.count)]
        let account: Account
        switch findAccount(chosen) {
        case .success(let found): account = found
        case .failure(let miss): return miss.outputs
        }
        let scenario = DrillScenario(account: account, corpus: corpus, today: today(now), generator: &generator)
        mode = .drill(TrainingState.DrillRun(scenario: scenario))
        return drillBriefing(account) + [.blank] + askRisks(scenario)
    }

    /// The account as the trainee reads it: facts only, no flags.
    func drillBriefing(_ account: Account) -> [Output] {
        var outputs: [Output] = [.text(TrainingText.drillHeading(account.name, account.id)[language], .heading)]
        var facts: [String] = []
        if let tier = account.tier { facts.append(TrainingText.tier(tier.rawValue)[language]) }
        if let kind = account.kind { facts.append(kind.label[language]) }
        if let stage = account.stage { facts.append(UIText.labelled(TrainingText.stage[language], stage.label[language], language)) }
        if !account.products.isEmpty { facts.append(UIText.labelled(TrainingText.products[language], UIText.list(account.products, language), language)) }
        if !facts.isEmpty { outputs.append(.text(facts.joined(separator: " · "))) }
        var changes: [String] = []
        if let power = account.changes.purchasingPower {
            changes.append(UIText.labelled(TrainingText.purchasingPower[language], power.label[language], language))
        }
        if let reorganized = account.changes.reorganized {
            changes.append((reorganized ? TrainingText.reorganized : TrainingText.notReorganized)[language])
        }
        if let note = account.changes.note { changes.append(note) }
        if !changes.isEmpty {
            outputs.append(.text(UIText.labelled(TrainingText.changes[language], changes.joined(separator: language == .en ? "; " : "；"), language)))
        }
        outputs.append(.text(TrainingText.people[language], .bold))
        for person in account.people { outputs.append(.text("- " + personFacts(person))) }
        if !account.openIssues.isEmpty {
            outputs.append(.text(TrainingText.openIssues[language], .bold))
            for issue in account.openIssues {
                let raised = issue.raised.map { "\($0) " } ?? ""
                outputs.append(.text("- " + raised + UIText.noted(issue.text, issue.status.label[language], language)))
            }
        }
        return outputs
    }

    /// "Priya Nair, Chief Operating Officer: role unknown; influence unknown, …; not met; new".
    func personFacts(_ person: Person) -> String {
        let name = person.title.map { language == .en ? "\(person.name), \($0)" : "\(person.name)（\($0)）" } ?? person.name
        var parts = [
            person.role.label[language],
            [
                UIText.labelled(TrainingText.influence[language], person.influence.label[language], language),
                UIText.labelled(TrainingText.support[language], person.support.label[language], language),
                UIText.labelled(TrainingText.contact[language], person.contact?.label[language] ?? "-", language),
            ].joined(separator: language == .en ? ", " : "，"),
        ]
        if let met = person.met { parts.append((met ? TrainingText.met : TrainingText.notMet)[language]) }
        if person.isNew { parts.append(TrainingText.newFace[language]) }
        return UIText.labelled(name, parts.joined(separator: language == .en ? "; " : "；"), language)
    }

    func askRisks(_ scenario: DrillScenario) -> [Output] {
        let lines: [Output] = DrillScenario.flagChoices.enumerated().map { .text("  \($0.offset + 1). \($0.element.label[language])") }
        return [.text(TrainingText.risksQuestion[language], .heading)] + lines + [.text(TrainingText.risksHint[language], .dim)]
    }

    func askStrategies(_ scenario: DrillScenario) -> [Output] {
        let lines: [Output] = scenario.strategyOptions.enumerated().map { .text("  \($0.offset + 1). \($0.element.title[language])") }
        return [.text(TrainingText.strategiesQuestion[language], .heading)] + lines + [.text(TrainingText.strategiesHint[language], .dim)]
    }

    mutating func answerDrill(_ line: String, skipped: Bool = false, now: Date) -> [Output] {
        guard case .drill(var run) = mode else { return [] }
        let nothing = skipped || Self.noneWords.contains(line.lowercased())
        switch run.phase {
        case .risks:
            guard !line.isEmpty || skipped else { return [.text(TrainingText.risksHint[language], .dim)] }
            var outputs: [Output] = []
            if !nothing {
                let parsed = Self.parseRisks(line)
                guard !parsed.kinds.isEmpty else {
                    return [.text(TrainingText.notUnderstood(parsed.unknown.joined(separator: ", "))[language], .warning), .text(TrainingText.risksHint[language], .dim)]
                }
                run.flags = parsed.kinds
                let named = DrillScenario.flagChoices.filter(parsed.kinds.contains).map { $0.label[language] }
                outputs.append(.text(UIText.labelled(TrainingText.youNamed[language], UIText.list(named, language), language), .accent))
                if !parsed.unknown.isEmpty {
                    outputs.append(.text(TrainingText.notUnderstood(parsed.unknown.joined(separator: ", "))[language], .dim))
                }
            }
            run.phase = .strategies
            mode = .drill(run)
            return outputs + [.blank] + askStrategies(run.scenario)
        case .strategies:
            var picks = Set<String>()
            if !nothing {
                let options = run.scenario.strategyOptions
                guard let numbers = Self.numbers(in: line, upTo: options.count) else {
                    return [.text(TrainingText.strategiesHint[language], .warning)]
                }
                picks = Set(numbers.map { options[$0 - 1].id })
            }
            return scoreDrill(run, strategies: picks, now: now)
        }
    }

    /// Numbers from 1 to `limit` separated by commas or spaces; nil when anything else is there.
    static func numbers(in line: String, upTo limit: Int) -> [Int]? {
        let parts = line.precomposedStringWithCompatibilityMapping
            .split(whereSeparator: { ",，、;； ".contains($0) })
        guard !parts.isEmpty else { return nil }
        var numbers: [Int] = []
        for part in parts {
            guard let number = Int(part), (1...limit).contains(number) else { return nil }
            numbers.append(number)
        }
        return numbers
    }

    /// Risks named by number or in words ("new face", "没见过决策者"); words are matched against the
    /// risk names in every language.
    static func parseRisks(_ line: String) -> (kinds: Set<FlagKind>, unknown: [String]) {
        var kinds = Set<FlagKind>()
        var unknown: [String] = []
        let choices = DrillScenario.flagChoices
        let parts = line.precomposedStringWithCompatibilityMapping
            .split(whereSeparator: { ",，、;；\n".contains($0) })
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        for part in parts {
            let words = part.split(separator: " ")
            let numbers = words.compactMap { Int($0) }
            if numbers.count == words.count {
                for number in numbers {
                    if (1...choices.count).contains(number) { kinds.insert(choices[number - 1]) } else { unknown.append(String(number)) }
                }
            } else if let kind = riskNamed(part) {
                kinds.insert(kind)
            } else {
                unknown.append(part)
            }
        }
        return (kinds, unknown)
    }

    /// The risk whose name best overlaps `text` (at least half of the name's or the text's tokens).
    static func riskNamed(_ text: String) -> FlagKind? {
        let said = Set(matchTokens(text))
        guard !said.isEmpty else { return nil }
        var best: (kind: FlagKind, score: Double)?
        for kind in DrillScenario.flagChoices {
            let names = kind.label.all + [kind.rawValue.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: ":", with: " ")]
            for name in names {
                let tokens = Set(matchTokens(name))
                guard !tokens.isEmpty else { continue }
                let shared = Double(tokens.intersection(said).count)
                let score = max(shared / Double(tokens.count), shared / Double(said.count))
                if score >= 0.5, score > (best?.score ?? 0) { best = (kind, score) }
            }
        }
        return best?.kind
    }

    /// The score, each miss explained with its rule; records the result.
    mutating func scoreDrill(_ run: TrainingState.DrillRun, strategies picks: Set<String>, now: Date) -> [Output] {
        mode = .idle
        let scenario = run.scenario
        let score = scenario.score(flags: run.flags, strategies: picks)
        let result = DrillResult(
            trainee: trainee, accountID: scenario.account.id, flags: score.flags, strategies: score.strategies,
            percent: score.percent, at: now)
        var outputs: [Output] = [.record(.drillScored(result)), .blank]
        outputs.append(.text(TrainingText.drillScore(score.percent)[language], .heading))

        outputs.append(.text(TrainingText.risksScore(score.flags.hits, score.flags.expected, score.flags.chosen, percent(score.flags.precision), percent(score.flags.recall))[language], .bold))
        if !score.missedFlags.isEmpty {
            outputs.append(.text(TrainingText.missedRisks[language], .warning))
            for kind in score.missedFlags {
                let messages = scenario.flags(of: kind).map { $0.message[language] }
                outputs.append(.text("- " + UIText.labelled(kind.label[language], messages.joined(separator: " "), language)))
                if let rule = scenario.rule(explaining: kind) { outputs.append(ruleReference(rule)) }
            }
        }
        if !score.wrongFlags.isEmpty {
            outputs.append(.text(TrainingText.wrongRisks[language], .warning))
            for kind in score.wrongFlags { outputs.append(.text("- " + kind.label[language])) }
        }

        outputs.append(.text(TrainingText.strategiesScore(score.strategies.hits, score.strategies.expected, score.strategies.chosen, percent(score.strategies.precision), percent(score.strategies.recall))[language], .bold))
        if !score.missedStrategies.isEmpty {
            outputs.append(.text(TrainingText.missedStrategies[language], .warning))
            for rule in score.missedStrategies {
                let people = scenario.people(for: rule)
                let who = people.isEmpty ? "" : TrainingText.forPeople(UIText.list(people, language))[language]
                outputs.append(.text("- " + rule.title[language] + who))
                outputs.append(ruleReference(rule))
            }
        }
        if !score.wrongStrategies.isEmpty {
            outputs.append(.text(TrainingText.wrongStrategies[language], .warning))
            for rule in score.wrongStrategies { outputs.append(.text("- " + UIText.noted(rule.title[language], "/rule \(rule.id)", language))) }
        }
        outputs.append(.text(TrainingText.drillSaved[language], .dim))
        return outputs
    }

    /// "  Rule: title: gist (/rule id)".
    func ruleReference(_ rule: Rule) -> Output {
        let line = UIText.labelled(rule.title[language], rule.gist[language], language)
        return .text("  " + UIText.labelled(TrainingText.rule[language], UIText.noted(line, "/rule \(rule.id)", language), language), .dim)
    }

    func percent(_ share: Double) -> Int { Int((share * 100).rounded()) }
}
