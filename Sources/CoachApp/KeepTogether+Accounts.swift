public import CoachCore
public import CoachEngine
public import CoachTerminal

extension KeepTogether {
    /// The phrases a line must not break inside: every person's name and title and every
    /// account's name in `accounts`, and the role, level and support labels in all three languages.
    ///
    /// - Complexity: O(a · p): reads every account once.
    public static func names(in accounts: any AccountDirectory) -> KeepTogether {
        var phrases: [String] = []
        for id in accounts.accountIDs() {
            guard let account = accounts.account(id: id) else { continue }
            phrases.append(account.name)
            for person in account.people {
                phrases.append(person.name)
                if let title = person.title { phrases.append(title) }
            }
        }
        var labels: [LocalizedText] = BuyingRole.allCases.map(\.label)
        labels += [Level.high, .medium, .low, .unknown].map(\.label)
        labels += Support.allCases.map(\.label)
        for label in labels { phrases += Language.allCases.map { label[$0] } }
        return KeepTogether(phrases)
    }
}
