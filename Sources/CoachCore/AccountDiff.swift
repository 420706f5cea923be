/// What changed between two versions of an account, as short lines a salesperson can scan.
///
/// Values are shown with the account file's own words (`contact low → medium`), so the summary
/// reads the same whatever the interface language. People are matched by name, open issues by
/// their text; a renamed person shows as one removed and one added.
///
/// ```swift
/// let diff = AccountDiff(from: previous, to: current)
/// diff.changes  // ["王建國: contact low → medium", "+ 趙敏 (user)", "- 李四"]
/// diff.summary  // "王建國: contact low → medium; + 趙敏 (user); - 李四"
/// ```
/// - Complexity: O(n) in the number of people, issues and products.
public struct AccountDiff: Sendable, Hashable {
    /// One line per change: account fields first, then people, then open issues.
    public var changes: [String]
    /// The same changes in each interface language: keys and values named as on the screens
    /// (`王建國：接觸 低 → 中`); English keeps the file's words.
    public var localizedChanges: [Language: [String]]

    /// Compares `old` with `new`; with no `old`, describes the first version.
    public init(from old: Account?, to new: Account) {
        changes = Self.lines(from: old, to: new, words: DiffWords(language: nil))
        var localized: [Language: [String]] = [.en: changes]
        for language in [Language.zhHans, .zhHant] {
            localized[language] = Self.lines(from: old, to: new, words: DiffWords(language: language))
        }
        localizedChanges = localized
    }

    static func lines(from old: Account?, to new: Account, words: DiffWords) -> [String] {
        guard let old else { return [words.firstVersion(new)] }
        var changes: [String] = []
        compareAccountFields(old, new, words, into: &changes)
        comparePeople(old.people, new.people, words, into: &changes)
        compareIssues(old.openIssues, new.openIssues, words, into: &changes)
        return changes
    }

    /// True when the two versions say the same thing.
    public var isEmpty: Bool { changes.isEmpty }

    /// The changes on one line, separated by "; ", or "no change".
    public var summary: String { changes.isEmpty ? "no change" : changes.joined(separator: "; ") }

    /// The changes on one line in `language` ("；" between them in Chinese).
    public func summary(in language: Language) -> String {
        let lines = localizedChanges[language] ?? changes
        let words = DiffWords(language: language == .en ? nil : language)
        return lines.isEmpty ? words.noChange : lines.joined(separator: words.separator)
    }

    /// `summary(in:)` in the three languages.
    public var localizedSummary: LocalizedText {
        LocalizedText(en: summary, zhHans: summary(in: .zhHans), zhHant: summary(in: .zhHant))
    }
}

extension AccountDiff {

    static func compareAccountFields(_ old: Account, _ new: Account, _ words: DiffWords, into changes: inout [String]) {
        value("id", old.id, new.id, words, into: &changes)
        value("account", old.name, new.name, words, into: &changes)
        value("tier", old.tier?.rawValue, new.tier?.rawValue, words, into: &changes)
        value("kind", old.kind?.rawValue, new.kind?.rawValue, words, into: &changes)
        value("industry", old.industry, new.industry, words, into: &changes)
        value("owner", old.owner, new.owner, words, into: &changes)
        value("stage", old.stage?.rawValue, new.stage?.rawValue, words, into: &changes)
        value("buying-mode", old.buyingMode?.rawValue, new.buyingMode?.rawValue, words, into: &changes)
        compareList(old.products, new.products, noun: "product", words, into: &changes)
        value("changes.purchasing-power", old.changes.purchasingPower?.rawValue,
              new.changes.purchasingPower?.rawValue, words, into: &changes)
        value("changes.reorganized", old.changes.reorganized.map(String.init),
              new.changes.reorganized.map(String.init), words, into: &changes)
        prose("changes.note", old.changes.note, new.changes.note, words, into: &changes)
    }

    static func comparePeople(_ old: [Person], _ new: [Person], _ words: DiffWords, into changes: inout [String]) {
        let oldByName = Dictionary(old.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let newByName = Dictionary(new.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        for person in new {
            guard let before = oldByName[person.name] else { continue }
            var fields: [String] = []
            compare(before, person, words, into: &fields)
            if !fields.isEmpty { changes.append(words.labelled(person.name, fields.joined(separator: words.fieldSeparator))) }
        }
        for person in new where oldByName[person.name] == nil {
            changes.append("+ " + words.noted(person.name, words.value("role", person.role.rawValue)))
        }
        for person in old where newByName[person.name] == nil {
            changes.append("- \(person.name)")
        }
        if order(old.map(\.name), new.map(\.name)) { changes.append(words.reordered("people")) }
    }

    /// Field changes of one person, each as `key old → new` (notes as `note changed`).
    static func compare(_ old: Person, _ new: Person, _ words: DiffWords, into fields: inout [String]) {
        value("title", old.title, new.title, words, into: &fields)
        value("role", old.role.rawValue, new.role.rawValue, words, into: &fields)
        value("reports-to", old.reportsTo, new.reportsTo, words, into: &fields)
        value("influence", old.influence.rawValue, new.influence.rawValue, words, into: &fields)
        value("support", old.support.rawValue, new.support.rawValue, words, into: &fields)
        value("contact", old.contact?.rawValue, new.contact?.rawValue, words, into: &fields)
        value("met", old.met.map(String.init), new.met.map(String.init), words, into: &fields)
        value("new", String(old.isNew), String(new.isNew), words, into: &fields)
        value("counterpart", old.counterpart, new.counterpart, words, into: &fields)
        value("personality", old.personality.rawValue, new.personality.rawValue, words, into: &fields)
        value("birthday", old.birthday, new.birthday, words, into: &fields)
        value("calendar", old.calendar.rawValue, new.calendar.rawValue, words, into: &fields)
        value("leap-month", String(old.leapMonth), String(new.leapMonth), words, into: &fields)
        value("phone", old.phone, new.phone, words, into: &fields)
        prose("note", old.note, new.note, words, into: &fields)
        prose("result", old.result, new.result, words, into: &fields)
        value("sex", old.sex?.rawValue, new.sex?.rawValue, words, into: &fields)
        value("address", old.address, new.address, words, into: &fields)
        value("greetings", old.greetings?.rawValue, new.greetings?.rawValue, words, into: &fields)
    }

    static func compareIssues(_ old: [OpenIssue], _ new: [OpenIssue], _ words: DiffWords, into changes: inout [String]) {
        let oldByText = Dictionary(old.map { ($0.text, $0) }, uniquingKeysWith: { first, _ in first })
        let newByText = Dictionary(new.map { ($0.text, $0) }, uniquingKeysWith: { first, _ in first })
        for issue in new {
            guard let before = oldByText[issue.text] else { continue }
            var fields: [String] = []
            if before.status != issue.status {
                fields.append("\(words.value("status", before.status.rawValue)) → \(words.value("status", issue.status.rawValue))")
            }
            value("department", before.department, issue.department, words, into: &fields)
            value("raised", before.raised, issue.raised, words, into: &fields)
            if !fields.isEmpty { changes.append(words.labelled(words.item("open issue", issue.text), fields.joined(separator: words.fieldSeparator))) }
        }
        for issue in new where oldByText[issue.text] == nil {
            changes.append("+ " + words.noted(words.item("open issue", issue.text), words.value("status", issue.status.rawValue)))
        }
        for issue in old where newByText[issue.text] == nil {
            changes.append("- " + words.item("open issue", issue.text))
        }
        if order(old.map(\.text), new.map(\.text)) { changes.append(words.reordered("open issues")) }
    }

    static func compareList(_ old: [String], _ new: [String], noun: String, _ words: DiffWords, into changes: inout [String]) {
        let oldSet = Set(old), newSet = Set(new)
        for item in new where !oldSet.contains(item) { changes.append("+ " + words.item(noun, item)) }
        for item in old where !newSet.contains(item) { changes.append("- " + words.item(noun, item)) }
        var oldCounts: [String: Int] = [:], newCounts: [String: Int] = [:]
        for item in old { oldCounts[item, default: 0] += 1 }
        for item in new { newCounts[item, default: 0] += 1 }
        for item in unique(new) {
            if let before = oldCounts[item], let after = newCounts[item], before != after {
                changes.append(words.listed(words.item(noun, item), before, after))
            }
        }
        if order(old, new) { changes.append(words.reordered(noun + "s")) }
    }

    /// Whether the items both lists share appear in a different order.
    static func order(_ old: [String], _ new: [String]) -> Bool {
        let oldSet = Set(old), newSet = Set(new)
        let oldCommon = unique(old.filter { newSet.contains($0) })
        let newCommon = unique(new.filter { oldSet.contains($0) })
        return oldCommon != newCommon
    }

    static func unique(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { seen.insert($0).inserted }
    }

    /// Appends `key old → new` when the values differ (`unset` for a missing value).
    static func value(_ key: String, _ old: String?, _ new: String?, _ words: DiffWords, into changes: inout [String]) {
        guard old != new else { return }
        let before = old.map { words.value(key, $0) } ?? words.unset
        let after = new.map { words.value(key, $0) } ?? words.unset
        changes.append("\(words.key(key)) \(before) → \(after)")
    }

    /// Appends `key added|removed|changed` for free text too long to quote.
    static func prose(_ key: String, _ old: String?, _ new: String?, _ words: DiffWords, into changes: inout [String]) {
        switch (old, new) {
        case (nil, nil): return
        case (nil, .some): changes.append(words.prose(key, .added))
        case (.some, nil): changes.append(words.prose(key, .removed))
        case let (.some(before), .some(after)) where before != after: changes.append(words.prose(key, .changed))
        default: return
        }
    }
}
