import CoachCore
import Foundation

/// A visit being logged with `/log`: the short guided prompts, the answers so far, then the facts
/// learnt that could update the account.
struct JournalState: Sendable {
    /// The prompts, in the order they are asked.
    enum Step: Int, CaseIterable, Sendable {
        case date, people, discussed, opinions, issues, commitments, findings

        /// Steps that take one line per item until an empty line.
        var isList: Bool { self == .issues || self == .findings }
    }

    enum Phase: Sendable, Equatable {
        /// Asking `step`.
        case asking
        /// Showing the summary; the user saves it or picks a part to change.
        case reviewing
        /// Changing one part from the summary, then back to it.
        case editing
        /// The log is saved; asking whether each fact learnt should update the account.
        case offering
    }

    /// Something learnt at the visit that the account file does not say yet.
    enum Fact: Sendable, Equatable {
        /// A person the file marks as not met was met.
        case met(String)
        /// Someone not in the file was met.
        case newPerson(String)
    }

    var account: Account
    /// The question outline, numbered as `/outline` shows it.
    var outline: [OutlineQuestion]
    var today: DayNumber
    var step: Step = .date
    var phase: Phase = .asking
    var content: VisitLogContent
    var issues: [NewFollowUp] = []
    /// Facts still to ask about, and those the user accepted.
    var offers: [Fact] = []
    var accepted: [Fact] = []
    /// When the log was begun (kept with the draft).
    var startedAt: Date
    /// Whether a draft of this log is in the store (one was recorded, or the log resumed one).
    var draftKept = false

    init(account: Account, outline: [OutlineQuestion], today: DayNumber, startedAt: Date) {
        self.account = account
        self.outline = outline
        self.today = today
        self.startedAt = startedAt
        content = VisitLogContent(visitDate: today.text)
    }

    /// The log as a kept draft left it.
    init(account: Account, outline: [OutlineQuestion], today: DayNumber, draft: VisitLogDraft) {
        self.init(account: account, outline: outline, today: today, startedAt: draft.startedAt)
        content = draft.content
        issues = draft.issues
        step = Step(rawValue: draft.step) ?? .date
        switch draft.phase {
        case .asking: phase = .asking
        case .editing: phase = .editing
        case .reviewing: phase = .reviewing
        }
        draftKept = true
    }

    /// The log so far as a draft to keep; nil once it is saved (when the facts learnt are offered).
    func draft(salesperson: String, savedAt: Date) -> VisitLogDraft? {
        let kept: VisitLogDraft.Phase
        switch phase {
        case .asking: kept = .asking
        case .editing: kept = .editing
        case .reviewing: kept = .reviewing
        case .offering: return nil
        }
        return VisitLogDraft(
            salesperson: salesperson, accountID: account.id, step: step.rawValue, phase: kept, content: content,
            issues: issues, startedAt: startedAt, savedAt: savedAt)
    }

    /// The prompt: the account and how far the log has come.
    var prompt: String {
        switch phase {
        case .asking, .editing: "log \(account.id) \(step.rawValue + 1)/\(Step.allCases.count)> "
        case .reviewing: "log \(account.id)> "
        case .offering: "log \(account.id) ?> "
        }
    }

    /// Moves to the next step, or to the summary after the last one (or after an edit).
    mutating func advance() {
        if phase == .editing {
            phase = .reviewing
            return
        }
        if let next = Step(rawValue: step.rawValue + 1) {
            step = next
        } else {
            phase = .reviewing
        }
    }

    /// The facts the visit taught about the account: people met whom the file marks as not met,
    /// and people met who are not in the file.
    var learntFacts: [Fact] {
        content.peopleMet.compactMap { name in
            guard let person = account.person(named: name) else { return .newPerson(name) }
            return person.met == false ? .met(name) : nil
        }
    }

    /// `account` with the accepted facts applied: met people marked met, new people added as new
    /// faces whose role is still unknown.
    func updated(_ account: Account) -> Account {
        var result = account
        for fact in accepted {
            switch fact {
            case .met(let name):
                if let index = result.people.firstIndex(where: { $0.name == name }) { result.people[index].met = true }
            case .newPerson(let name):
                if result.person(named: name) == nil {
                    result.people.append(Person(name: name, role: .unknown, met: true, isNew: true))
                }
            }
        }
        return result
    }

    /// Reads who was met: numbers or names from the account separated by commas (or by spaces
    /// when every word is a number or a name from the file), new names as typed; nil for an
    /// empty line, an empty list for "nobody".
    func people(from line: String) -> [String]? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return nil }
        if ["none", "nobody", "no one", "-", "没有", "沒有", "没人", "沒人", "无", "無"].contains(trimmed.lowercased()) { return [] }
        let people = account.people
        func known(_ word: String) -> String? {
            if let number = Int(word), (1...max(people.count, 1)).contains(number), number <= people.count { return people[number - 1].name }
            return people.first { $0.name == word }?.name
        }
        var names: [String] = []
        for part in trimmed.split(whereSeparator: { ",，、;；".contains($0) }) {
            let word = part.trimmingCharacters(in: .whitespaces)
            guard !word.isEmpty else { continue }
            if let name = known(word) {
                names.append(name)
                continue
            }
            let pieces = word.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" }).map(String.init)
            if pieces.count > 1, pieces.allSatisfy({ known($0) != nil }) {
                names += pieces.compactMap(known)
            } else if let name = people.first(where: { word.contains($0.name) })?.name {
                names.append(name)
            } else {
                names.append(word)
            }
        }
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }

    /// Reads an issue line: `text | department | due`, where the due date is `YYYY-MM-DD` or `+N`
    /// days after the visit (a second part that reads as a date is the due date). Returns the
    /// issue and the due text that could not be read, if any.
    func issue(from line: String) -> (NewFollowUp, badDue: String?) {
        let parts = line.split(whereSeparator: { $0 == "|" || $0 == "｜" })
            .map { $0.trimmingCharacters(in: .whitespaces) }
        var issue = NewFollowUp(text: parts.first ?? line)
        var rest = Array(parts.dropFirst()).filter { !$0.isEmpty }
        var badDue: String?
        if let last = rest.last, rest.count >= 2 || dueDate(last) != nil || looksLikeDate(last) {
            if let due = dueDate(last) { issue.due = due } else { badDue = last }
            rest.removeLast()
        }
        if let department = rest.first { issue.department = department }
        return (issue, badDue)
    }

    /// `YYYY-MM-DD`, or `+N` days after the visit date.
    func dueDate(_ text: String) -> String? {
        if let day = DayNumber.strict(text) { return day.text }
        if text.hasPrefix("+"), let days = Int(text.dropFirst()), let visit = DayNumber(content.visitDate) {
            return visit.adding(days: days).text
        }
        return nil
    }

    func looksLikeDate(_ text: String) -> Bool {
        text.hasPrefix("+") || (text.first?.isNumber == true && text.contains("-"))
    }

    /// Reads a finding line: `N what was learnt` for outline question N, else what was learnt.
    func finding(from line: String, language: Language) -> OutlineFinding {
        let words = line.split(maxSplits: 1, whereSeparator: { $0 == " " || $0 == "." || $0 == "、" || $0 == "\u{3000}" })
        if let first = words.first, let number = Int(first), number >= 1, number <= outline.count {
            let learnt = words.count > 1 ? String(words[1]).trimmingCharacters(in: .whitespaces) : ""
            return OutlineFinding(question: outline[number - 1].text[language], learnt: learnt)
        }
        return OutlineFinding(learnt: line)
    }
}
