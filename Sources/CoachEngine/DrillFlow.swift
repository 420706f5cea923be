import CoachCore
import Foundation

/// `/drill`: the trainee names the account's risks, then picks strategies, and is scored against
/// the flags and strategies the engine derives, each miss explained with its rule.
struct DrillFlow: TrainingFlow {
    enum Phase: Sendable { case risks, strategies }

    var scenario: DrillScenario
    var phase: Phase = .risks
    var flags: Set<FlagKind> = []
    var trainee: String

    func prompt(_ language: Language) -> String { "\(UIText.promptDrill[language]) \(scenario.account.id)> " }

    mutating func handle(_ line: String, context: FlowContext) -> FlowStep {
        answer(line, skipped: false, context: context)
    }

    mutating func skip(_ context: FlowContext) -> FlowStep { answer("", skipped: true, context: context) }

    func current(_ context: FlowContext) -> [Output] {
        phase == .risks ? askRisks(context.language, texts: context.corpus.flags) : askStrategies(context.language)
    }

    func resume(_ context: FlowContext) -> [Output] { current(context) }

    func askRisks(_ language: Language, texts: FlagTexts) -> [Output] {
        let lines: [Output] = DrillScenario.flagChoices.enumerated().map { .text("  \($0.offset + 1). \(texts.label($0.element)[language])") }
        return [.text(TrainingText.risksQuestion[language], .heading)] + lines + [.text(TrainingText.risksHint[language], .dim)]
    }

    func askStrategies(_ language: Language) -> [Output] {
        let lines: [Output] = scenario.strategyOptions.enumerated().map { .text("  \($0.offset + 1). \($0.element.title[language])") }
        return [.text(TrainingText.strategiesQuestion[language], .heading)] + lines + [.text(TrainingText.strategiesHint[language], .dim)]
    }

    mutating func answer(_ line: String, skipped: Bool, context: FlowContext) -> FlowStep {
        let language = context.language
        let nothing = skipped || Self.meansNothing(line, corpus: context.corpus)
        switch phase {
        case .risks:
            guard !line.isEmpty || skipped else { return .stay([.text(TrainingText.risksHint[language], .dim)]) }
            var outputs: [Output] = []
            if !nothing {
                let parsed = Self.parseRisks(line, texts: context.corpus.flags)
                guard !parsed.kinds.isEmpty else {
                    return .stay([
                        .text(TrainingText.notUnderstood(parsed.unknown.joined(separator: ", "))[language], .warning),
                        .text(TrainingText.risksHint[language], .dim),
                    ])
                }
                flags = parsed.kinds
                let named = DrillScenario.flagChoices.filter(parsed.kinds.contains).map { context.corpus.flags.label($0)[language] }
                outputs.append(.text(UIText.labelled(TrainingText.youNamed[language], UIText.list(named, language), language), .accent))
                if !parsed.unknown.isEmpty {
                    outputs.append(.text(TrainingText.notUnderstood(parsed.unknown.joined(separator: ", "))[language], .dim))
                }
            }
            phase = .strategies
            return .stay(outputs + [.blank] + askStrategies(language))
        case .strategies:
            var picks = Set<String>()
            if !nothing {
                let options = scenario.strategyOptions
                guard let numbers = Self.numbers(in: line, upTo: options.count) else {
                    return .stay([.text(TrainingText.strategiesHint[language], .warning)])
                }
                picks = Set(numbers.map { options[$0 - 1].id })
            }
            return .done(score(strategies: picks, context: context))
        }
    }

    /// Whether `line` means "nothing to pick": a "nobody" or a plain "no" of the answer vocabularies.
    static func meansNothing(_ line: String, corpus: Corpus) -> Bool {
        let typed = line.lowercased()
        return corpus.answerVocabularies.contains { vocabulary in
            (vocabulary.nobody + vocabulary.no).contains { $0.lowercased() == typed }
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
    static func parseRisks(_ line: String, texts: FlagTexts) -> (kinds: Set<FlagKind>, unknown: [String]) {
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
            } else if let kind = riskNamed(part, texts: texts) {
                kinds.insert(kind)
            } else {
                unknown.append(part)
            }
        }
        return (kinds, unknown)
    }

    /// The risk whose name best overlaps `text` (at least half of the name's or the text's tokens).
    static func riskNamed(_ text: String, texts: FlagTexts) -> FlagKind? {
        let said = Set(QuestionRun.matchTokens(text))
        guard !said.isEmpty else { return nil }
        var best: (kind: FlagKind, score: Double)?
        for kind in DrillScenario.flagChoices {
            let names = texts.label(kind).all + [kind.rawValue.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: ":", with: " ")]
            for name in names {
                let tokens = Set(QuestionRun.matchTokens(name))
                guard !tokens.isEmpty else { continue }
                let shared = Double(tokens.intersection(said).count)
                let score = max(shared / Double(tokens.count), shared / Double(said.count))
                if score >= 0.5, score > (best?.score ?? 0) { best = (kind, score) }
            }
        }
        return best?.kind
    }

    /// The score, each miss explained with its rule; records the result.
    func score(strategies picks: Set<String>, context: FlowContext) -> [Output] {
        let language = context.language
        let score = scenario.score(flags: flags, strategies: picks)
        let result = DrillResult(
            trainee: trainee, accountID: scenario.account.id, flags: score.flags, strategies: score.strategies,
            percent: score.percent, at: context.now)
        var outputs: [Output] = [.record(.drillScored(result)), .blank]
        outputs.append(.text(TrainingText.drillScore(score.percent)[language], .heading))

        outputs.append(.text(TrainingText.risksScore(score.flags.hits, score.flags.expected, score.flags.chosen, Self.percent(score.flags.precision), Self.percent(score.flags.recall))[language], .bold))
        if !score.missedFlags.isEmpty {
            outputs.append(.text(TrainingText.missedRisks[language], .warning))
            for kind in score.missedFlags {
                let messages = scenario.flags(of: kind).map { $0.message[language] }
                outputs.append(.text("- " + UIText.labelled(context.corpus.flags.label(kind)[language], messages.joined(separator: " "), language)))
                if let rule = scenario.rule(explaining: kind) { outputs.append(Self.ruleReference(rule, language)) }
            }
        }
        if !score.wrongFlags.isEmpty {
            outputs.append(.text(TrainingText.wrongRisks[language], .warning))
            for kind in score.wrongFlags { outputs.append(.text("- " + context.corpus.flags.label(kind)[language])) }
        }

        outputs.append(.text(TrainingText.strategiesScore(score.strategies.hits, score.strategies.expected, score.strategies.chosen, Self.percent(score.strategies.precision), Self.percent(score.strategies.recall))[language], .bold))
        if !score.missedStrategies.isEmpty {
            outputs.append(.text(TrainingText.missedStrategies[language], .warning))
            for rule in score.missedStrategies {
                let people = scenario.people(for: rule)
                let who = people.isEmpty ? "" : TrainingText.forPeople(UIText.list(people, language))[language]
                outputs.append(.text("- " + rule.title[language] + who))
                outputs.append(Self.ruleReference(rule, language))
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
    static func ruleReference(_ rule: Rule, _ language: Language) -> Output {
        let line = UIText.labelled(rule.title[language], rule.gist[language], language)
        return .text("  " + UIText.labelled(TrainingText.rule[language], UIText.noted(line, "/rule \(rule.id)", language), language), .dim)
    }

    static func percent(_ share: Double) -> Int { Int((share * 100).rounded()) }
}
