import CoachCore
import CoachTestSupport
import Testing

/// Strategies fit the role of the person they are for.
@Suite struct StrategyMatchingTests {
    static let today = "2026-11-30"

    func recommendations(_ account: Account) -> [Recommendation] {
        StrategyMatcher.recommendations(corpus: Fixtures.corpus, account: account, flags: RiskFlags.compute(for: account, today: Self.today, overdueDays: 30, texts: Fixtures.corpus.flags))
    }

    static let accounts = [Fixtures.demoAccount("east-post"), Fixtures.fixtureAccount("northwind-freight"), Fixtures.fixtureAccount("jinghua-pharma")]

    @Test(arguments: accounts)
    func anOpposedFinanceHeadNeverGetsTheTechnicalGatekeeperRule(account: Account) {
        let finance = account.people.filter { $0.role == .finance && $0.support == .opposed }.map(\.name)
        #expect(!finance.isEmpty)
        for item in recommendations(account) where item.person.map(finance.contains) == true {
            #expect(!item.rule.topics.contains("strategy.technical-respect"), "\(item.rule.id) for \(item.person ?? "")")
            #expect(!item.rule.roles.contains(.technical) || item.rule.roles.contains(.finance), "\(item.rule.id) for \(item.person ?? "")")
        }
    }

    @Test(arguments: accounts)
    func aRoleStrategyGoesOnlyToPeopleOfItsRoles(account: Account) {
        for item in recommendations(account) where !item.rule.roles.isEmpty {
            guard let name = item.person, let person = account.person(named: name) else { continue }
            #expect(item.rule.roles.contains(person.role), "\(item.rule.id) (\(item.rule.roles)) for \(name) (\(person.role))")
        }
    }

    /// Northwind: everyone opposes us, one person per role.
    @Test(arguments: [BuyingRole.decisionMaker, .technical, .finance, .user, .coach])
    func everyRoleHasAStrategyForAnOpposedPerson(role: BuyingRole) throws {
        let account = Fixtures.fixtureAccount("northwind-freight")
        let person = try #require(account.people.first { $0.role == role && $0.support == .opposed })
        let forPerson = recommendations(account).filter { $0.person == person.name }
        let opposedRules = forPerson.filter { item in
            item.rule.roles.contains(role) && item.rule.when.contains { condition in
                let opposed = condition.person?.support?.contains(.opposed) == true || condition.flags?.contains(.opposed) == true
                return opposed && condition.person?.role?.contains(role) == true
            }
        }
        #expect(!opposedRules.isEmpty, "no opposed-\(role.rawValue) strategy for \(person.name): \(forPerson.map(\.rule.id))")
    }

    @Test func theDrillScoresTheFinanceHeadAgainstTheFinanceRule() {
        let account = Fixtures.demoAccount("east-post")
        var generator = SeededGenerator(seed: 3)
        let drill = DrillScenario(account: account, corpus: Fixtures.corpus, today: Self.today, generator: &generator)
        let rules = Fixtures.corpus.rules.filter { $0.topics.contains("strategy.technical-respect") }
        for rule in rules {
            #expect(!drill.people(for: rule).contains("張淑芬"), "\(rule.id)")
        }
        // The opposed risk on east-post is explained by a rule written for the finance head's role.
        let explaining = drill.rule(explaining: .opposed)
        #expect(explaining?.roles.contains(.finance) == true, "\(explaining?.id ?? "none")")
    }
}
