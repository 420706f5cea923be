public import CoachCore
public import CoachEngine
public import CoachTerminal

extension KeepTogether {
    /// The phrases a line must not break inside: every person's name and title, every
    /// account's name and its owner's (the salesperson) in `accounts`, and the role, level and support labels in all three languages.
    /// With `honorifics` (the corpus's answer vocabularies), a Chinese name's surname with each
    /// (王總, 張處長) too, in both scripts: how people are called in answers and notes.
    ///
    /// - Complexity: O(a · p · h): reads every account once.
    public static func names(in accounts: any AccountDirectory, honorifics: [String] = []) -> KeepTogether {
        var phrases: [String] = []
        for id in accounts.accountIDs() {
            guard let account = accounts.account(id: id) else { continue }
            phrases.append(account.name)
            if let owner = account.owner { phrases.append(owner) }
            for person in account.people {
                phrases.append(person.name)
                if let title = person.title { phrases.append(title) }
                if let surname = person.name.first, person.name.count >= 2, person.name.count <= 4,
                   surname.unicodeScalars.allSatisfy({ (0x4E00...0x9FFF).contains($0.value) }) {
                    for honorific in honorifics where honorific.unicodeScalars.allSatisfy({ (0x4E00...0x9FFF).contains($0.value) }) {
                        let form = String(surname) + honorific
                        phrases.append(form)
                        phrases.append(TraditionalToSimplified.fold(form))
                    }
                }
            }
        }
        var labels: [LocalizedText] = BuyingRole.allCases.map(\.label)
        labels += [Level.high, .medium, .low, .unknown].map(\.label)
        labels += Support.allCases.map(\.label)
        for label in labels { phrases += Language.allCases.map { label[$0] } }
        return KeepTogether(phrases)
    }
}
