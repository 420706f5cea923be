public import CoachCore
public import CoachRetrieval
import Foundation

/// People of the open account named in a question.
struct PersonMention {
    var account: Account
    var people: [Person]
    /// The question (normalised) with the names taken out, so names never count against coverage.
    var question: String
    /// The question as typed with the names taken out, to tell its language by ("張淑芬 keeps…" is English).
    var unnamed: String
}

extension Conversation {
    /// The open account's people whose names occur in `question` (Simplified finds Traditional, any
    /// case; an English name also by its first word), or nil when none is named.
    func mention(in question: String) -> PersonMention? {
        guard let account = openAccount, !account.people.isEmpty else { return nil }
        var text = TextNormalizer.normalizeForMatching(question)
        var named: [Person] = []
        // Longest names first, so 林美玲 is taken before a shorter name inside it.
        for person in account.people.sorted(by: { $0.name.count > $1.name.count }) {
            for form in Self.nameForms(person.name) {
                if let range = Self.wordRange(of: form, in: text) {
                    text.replaceSubrange(range, with: " ")
                    if !named.contains(person) { named.append(person) }
                    break
                }
            }
        }
        guard !named.isEmpty else { return nil }
        let order = account.people
        named.sort { (order.firstIndex(of: $0) ?? 0) < (order.firstIndex(of: $1) ?? 0) }
        var unnamed = question
        for person in named {
            for form in [person.name] + Self.nameForms(person.name) {
                unnamed = unnamed.replacingOccurrences(of: form, with: " ", options: [.caseInsensitive])
            }
        }
        return PersonMention(account: account, people: named, question: text, unnamed: unnamed)
    }

    /// The normalised forms a name is found by: the whole name, and an English name's first word.
    static func nameForms(_ name: String) -> [String] {
        let whole = TextNormalizer.normalize(name).trimmingCharacters(in: .whitespaces)
        guard !whole.isEmpty else { return [] }
        var forms = [whole]
        let words = whole.split(separator: " ")
        if words.count > 1, let first = words.first, first.count >= 3, first.allSatisfy({ $0.isASCII && $0.isLetter }) {
            forms.append(String(first))
        }
        return forms
    }

    /// Where `form` occurs in `text`; a Latin form only as a whole word.
    static func wordRange(of form: String, in text: String) -> Range<String.Index>? {
        var start = text.startIndex
        while let range = text.range(of: form, range: start..<text.endIndex) {
            let latin = form.first.map { $0.isASCII } ?? false
            let before = range.lowerBound > text.startIndex ? text[text.index(before: range.lowerBound)] : " "
            let after = range.upperBound < text.endIndex ? text[range.upperBound] : " "
            if !latin || (!(before.isLetter || before.isNumber) && !(after.isLetter || after.isNumber)) { return range }
            start = range.upperBound
        }
        return nil
    }

    /// The language to answer a question in: that of its words without the people's names.
    func answerLanguage(_ question: String, mention: PersonMention?) -> Language {
        let text = mention?.unnamed ?? question
        let hasWords = text.unicodeScalars.contains { $0.properties.isAlphabetic }
        return LanguageDetector.detect(hasWords ? text : question, fallback: language)
    }

    /// Searches for a question that names people: without the names first; when that finds
    /// nothing, with each person's role and stance added, so the rule fits the person.
    func search(_ mention: PersonMention, language: Language) -> SearchResult {
        let plain = environment.index.search(mention.question, limit: 6)
        if plain.verdict != .outOfScope { return plain }
        let context = mention.people.map { person in
            [person.role.label[language], person.support == .unknown ? "" : person.support.label[language]].joined(separator: " ")
        }.joined(separator: " ")
        let withRole = environment.index.search(mention.question + " " + context, limit: 6)
        if withRole.verdict != .outOfScope { return withRole }
        // Only a name and words the corpus does not know: what the method says about their role.
        return environment.index.search(context, limit: 6)
    }

    /// Who the named people are, and their birthday, phone, note and flags where the answer is about them.
    func personContext(_ mention: PersonMention, rule: Rule, question: String, now: Date, language: Language) -> [Output] {
        let concepts = Set(environment.index.glossaryConcepts(in: question))
        let aboutBirthday = rule.topics.contains("care.birthday") || concepts.contains("birthday-care") || concepts.contains("lunar-calendar")
        let aboutContact = rule.topics.contains { $0.hasPrefix("care.") || $0 == "selfcheck.written-contact" || $0 == "strategy.high-influence-low-contact" }
            || !concepts.isDisjoint(with: ["wechat", "text-message", "letter-email", "written-contact", "holiday-greetings"])
        let flags = RiskFlags.compute(for: mention.account, today: today(now), overdueDays: corpus.method.overdueDays, texts: corpus.flags)
        var outputs: [Output] = []
        for person in mention.people {
            outputs.append(.text(PersonText.situation(person, language: language), .accent))
            if aboutBirthday {
                outputs.append(.text("- " + (person.birthday.map { PersonText.birthday(person, $0)[language] } ?? PersonText.noBirthday(person.name)[language])))
            }
            if aboutContact, let phone = person.phone { outputs.append(.text("- " + PersonText.phone(phone)[language])) }
            if let note = person.note { outputs.append(.text("- " + PersonText.note(note)[language], .dim)) }
            for flag in flags where flag.person == person.name {
                outputs.append(.text("- " + flag.message[language], .warning))
            }
        }
        outputs.append(.blank)
        return outputs
    }
}

/// What the coach found for a free-text question: the ranked rules and the people it names.
public struct QuestionSearch: Sendable {
    public var result: SearchResult
    /// People of the open account named in the question (their names were left out of the search).
    public var people: [Person]
}

extension Conversation {
    /// Searches the corpus for `question` as `ask` does, recognising the open account's people.
    ///
    /// ```swift
    /// let found = conversation.searchQuestion("張淑芬一直反對我們，怎麼辦")
    /// found.people.map(\.name)   // ["張淑芬"] with east-post open
    /// ```
    public func searchQuestion(_ question: String) -> QuestionSearch {
        let mention = mention(in: question)
        let answerLanguage = answerLanguage(question, mention: mention)
        guard let mention else {
            return QuestionSearch(result: environment.index.search(question, limit: 6), people: [])
        }
        return QuestionSearch(result: search(mention, language: answerLanguage), people: mention.people)
    }
}
