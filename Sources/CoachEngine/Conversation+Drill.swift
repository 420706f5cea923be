import CoachCore
import CoachRetrieval
import Foundation

/// `/drill [ID]`: the account the trainee reads before `DrillFlow` asks for its risks and strategies.
extension Conversation {
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
        let flow = DrillFlow(scenario: scenario, trainee: trainee)
        mode = .drill(flow)
        return drillBriefing(account) + [.blank] + flow.askRisks(language, texts: corpus.flags)
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
}
