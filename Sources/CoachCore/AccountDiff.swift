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

    /// Compares `old` with `new`; with no `old`, describes the first version.
    public init(from old: Account?, to new: Account) {
        guard let old else {
            changes = [Self.firstVersion(new)]
            return
        }
        var changes: [String] = []
        Self.compareAccountFields(old, new, into: &changes)
        Self.comparePeople(old.people, new.people, into: &changes)
        Self.compareIssues(old.openIssues, new.openIssues, into: &changes)
        self.changes = changes
    }

    /// True when the two versions say the same thing.
    public var isEmpty: Bool { changes.isEmpty }

    /// The changes on one line, separated by "; ", or "no change".
    public var summary: String { changes.isEmpty ? "no change" : changes.joined(separator: "; ") }
}

extension AccountDiff {
    static let unset = "unset"

    static func firstVersion(_ account: Account) -> String {
        let people = account.people.count == 1 ? "1 person" : "\(account.people.count) people"
        let issues = account.openIssues.count == 1 ? "1 open issue" : "\(account.openIssues.count) open issues"
        return "new account: \(people), \(issues)"
    }

    static func compareAccountFields(_ old: Account, _ new: Account, into changes: inout [String]) {
        value("id", old.id, new.id, into: &changes)
        value("account", old.name, new.name, into: &changes)
        value("tier", old.tier?.rawValue, new.tier?.rawValue, into: &changes)
        value("kind", old.kind?.rawValue, new.kind?.rawValue, into: &changes)
        value("industry", old.industry, new.industry, into: &changes)
        value("owner", old.owner, new.owner, into: &changes)
        value("stage", old.stage?.rawValue, new.stage?.rawValue, into: &changes)
        value("buying-mode", old.buyingMode?.rawValue, new.buyingMode?.rawValue, into: &changes)
        compareList(old.products, new.products, noun: "product", into: &changes)
        value("changes.purchasing-power", old.changes.purchasingPower?.rawValue,
              new.changes.purchasingPower?.rawValue, into: &changes)
        value("changes.reorganized", old.changes.reorganized.map(String.init),
              new.changes.reorganized.map(String.init), into: &changes)
        prose("changes.note", old.changes.note, new.changes.note, into: &changes)
    }

    static func comparePeople(_ old: [Person], _ new: [Person], into changes: inout [String]) {
        let oldByName = Dictionary(old.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let newByName = Dictionary(new.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        for person in new {
            guard let before = oldByName[person.name] else { continue }
            var fields: [String] = []
            compare(before, person, into: &fields)
            if !fields.isEmpty { changes.append("\(person.name): \(fields.joined(separator: ", "))") }
        }
        for person in new where oldByName[person.name] == nil {
            changes.append("+ \(person.name) (\(person.role.rawValue))")
        }
        for person in old where newByName[person.name] == nil {
            changes.append("- \(person.name)")
        }
        if order(old.map(\.name), new.map(\.name)) { changes.append("people reordered") }
    }

    /// Field changes of one person, each as `key old → new` (notes as `note changed`).
    static func compare(_ old: Person, _ new: Person, into fields: inout [String]) {
        value("title", old.title, new.title, into: &fields)
        value("role", old.role.rawValue, new.role.rawValue, into: &fields)
        value("reports-to", old.reportsTo, new.reportsTo, into: &fields)
        value("influence", old.influence.rawValue, new.influence.rawValue, into: &fields)
        value("support", old.support.rawValue, new.support.rawValue, into: &fields)
        value("contact", old.contact?.rawValue, new.contact?.rawValue, into: &fields)
        value("met", old.met.map(String.init), new.met.map(String.init), into: &fields)
        value("new", String(old.isNew), String(new.isNew), into: &fields)
        value("counterpart", old.counterpart, new.counterpart, into: &fields)
        value("personality", old.personality.rawValue, new.personality.rawValue, into: &fields)
        value("birthday", old.birthday, new.birthday, into: &fields)
        value("calendar", old.calendar.rawValue, new.calendar.rawValue, into: &fields)
        value("leap-month", String(old.leapMonth), String(new.leapMonth), into: &fields)
        value("phone", old.phone, new.phone, into: &fields)
        prose("note", old.note, new.note, into: &fields)
        prose("result", old.result, new.result, into: &fields)
        value("sex", old.sex?.rawValue, new.sex?.rawValue, into: &fields)
        value("address", old.address, new.address, into: &fields)
        value("greetings", old.greetings?.rawValue, new.greetings?.rawValue, into: &fields)
    }

    static func compareIssues(_ old: [OpenIssue], _ new: [OpenIssue], into changes: inout [String]) {
        let oldByText = Dictionary(old.map { ($0.text, $0) }, uniquingKeysWith: { first, _ in first })
        let newByText = Dictionary(new.map { ($0.text, $0) }, uniquingKeysWith: { first, _ in first })
        for issue in new {
            guard let before = oldByText[issue.text] else { continue }
            var fields: [String] = []
            if before.status != issue.status {
                fields.append("\(before.status.rawValue) → \(issue.status.rawValue)")
            }
            value("department", before.department, issue.department, into: &fields)
            value("raised", before.raised, issue.raised, into: &fields)
            if !fields.isEmpty { changes.append("open issue '\(issue.text)': \(fields.joined(separator: ", "))") }
        }
        for issue in new where oldByText[issue.text] == nil {
            changes.append("+ open issue '\(issue.text)' (\(issue.status.rawValue))")
        }
        for issue in old where newByText[issue.text] == nil {
            changes.append("- open issue '\(issue.text)'")
        }
        if order(old.map(\.text), new.map(\.text)) { changes.append("open issues reordered") }
    }

    static func compareList(_ old: [String], _ new: [String], noun: String, into changes: inout [String]) {
        let oldSet = Set(old), newSet = Set(new)
        for item in new where !oldSet.contains(item) { changes.append("+ \(noun) '\(item)'") }
        for item in old where !newSet.contains(item) { changes.append("- \(noun) '\(item)'") }
        var oldCounts: [String: Int] = [:], newCounts: [String: Int] = [:]
        for item in old { oldCounts[item, default: 0] += 1 }
        for item in new { newCounts[item, default: 0] += 1 }
        for item in unique(new) {
            if let before = oldCounts[item], let after = newCounts[item], before != after {
                changes.append("\(noun) '\(item)' listed \(before) → \(after) times")
            }
        }
        if order(old, new) { changes.append("\(noun)s reordered") }
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
    static func value(_ key: String, _ old: String?, _ new: String?, into changes: inout [String]) {
        guard old != new else { return }
        changes.append("\(key) \(old ?? unset) → \(new ?? unset)")
    }

    /// Appends `key added|removed|changed` for free text too long to quote.
    static func prose(_ key: String, _ old: String?, _ new: String?, into changes: inout [String]) {
        switch (old, new) {
        case (nil, nil): return
        case (nil, .some): changes.append("\(key) added")
        case (.some, nil): changes.append("\(key) removed")
        case let (.some(before), .some(after)) where before != after: changes.append("\(key) changed")
        default: return
        }
    }
}
