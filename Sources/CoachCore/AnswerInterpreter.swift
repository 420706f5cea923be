import Foundation

/// Reads typed answers to the coach's questions with the corpus's answer vocabularies and the
/// account's people.
///
/// Answers are read in any of the three languages whatever the interface language: yes / no /
/// not sure with the rest of the sentence kept as detail, and people by name, surname, given name,
/// title + surname (林科長, Ms. Chen), title, role ("the CFO"), number, or a list of these.
///
/// ```swift
/// let reader = AnswerInterpreter(vocabularies: corpus.answerVocabularies, people: account.people)
/// reader.read("有，偶爾傳LINE給林科長", as: .yesNo)      // .yes(detail: "偶爾傳LINE給林科長")
/// reader.read("吳佩珊、林美玲", as: .person)              // .people([.onFile("吳佩珊"), .onFile("林美玲")], detail: nil)
/// reader.read("the new guy in purchasing", as: .person)  // .people([.notOnFile("the new guy in purchasing")], detail: nil)
/// ```
/// - Complexity: reading is O(phrases × length) for verdicts and O(people × forms × length) for
///   people; a vocabulary has a few hundred phrases and an account a few dozen people.
public struct AnswerInterpreter: Sendable {
    public enum Verdict: Sendable, Hashable { case yes, no, unsure }

    let vocabularies: [AnswerVocabulary]
    public let people: [Person]
    /// Every verdict phrase, lower-cased, longest first.
    let verdicts: [(phrase: String, verdict: Verdict)]
    let nobody: Set<String>
    let everyone: Set<String>
    let fillers: [String]
    let newPerson: [String]
    let honorifics: [String]
    let conjunctions: [String]
    let roleWords: [(phrase: String, role: BuyingRole)]
    let questionStarts: [String]
    /// One-character sentence particles (啊, 啦), folded.
    let particles: Set<String>
    /// Name forms found anywhere in an answer (full names, title + surname), longest first.
    let anywhereForms: [(form: String, people: [Int])]
    /// Name forms that must be a whole piece of a list (surname, given name, title), longest first.
    let pieceForms: [String: [Int]]

    public init(vocabularies: [AnswerVocabulary], people: [Person] = []) {
        self.vocabularies = vocabularies
        self.people = people
        func lower(_ list: [String]) -> [String] {
            list.map { Self.fold($0) }.filter { !$0.isEmpty }
        }
        var verdicts: [(String, Verdict)] = []
        for vocabulary in vocabularies {
            verdicts += lower(vocabulary.yes).map { ($0, .yes) }
            verdicts += lower(vocabulary.no).map { ($0, .no) }
            verdicts += lower(vocabulary.unsure).map { ($0, .unsure) }
        }
        self.verdicts = verdicts.sorted { $0.0.count > $1.0.count }
        nobody = Set(vocabularies.flatMap { lower($0.nobody) })
        everyone = Set(vocabularies.flatMap { lower($0.everyone) })
        fillers = Array(Set(vocabularies.flatMap { lower($0.filler) })).sorted { ($0.count, $0) > ($1.count, $1) }
        newPerson = Array(Set(vocabularies.flatMap { lower($0.newPerson) })).sorted { $0.count > $1.count }
        honorifics = Array(Set(vocabularies.flatMap { lower($0.honorifics) })).sorted { $0.count > $1.count }
        conjunctions = Array(Set(vocabularies.flatMap { lower($0.conjunctions) })).sorted { $0.count > $1.count }
        roleWords = vocabularies.flatMap { vocabulary in
            vocabulary.roles.flatMap { role, words in lower(words).map { ($0, role) } }
        }.sorted { ($0.0.count, $0.0) > ($1.0.count, $1.0) }
        questionStarts = Array(Set(vocabularies.flatMap { lower($0.questionStarts) }))
        particles = Set(vocabularies.flatMap { lower($0.particles) })

        var anywhere: [String: Set<Int>] = [:]
        // Title + surname forms whose title is the person's own (劉總監 for the 財務總監): they win
        // over the same form made with a generic honorific for someone else of that surname.
        var own: [String: Set<Int>] = [:]
        var pieces: [String: Set<Int>] = [:]
        for (index, person) in people.enumerated() {
            let name = Self.fold(person.name)
            anywhere[name, default: []].insert(index)
            if let title = person.title.map(Self.fold), title.count >= 2 { pieces[title, default: []].insert(index) }
            let titleSuffixes = person.title.map { title in [String(title.suffix(2)), String(title.suffix(3))].map(Self.fold) } ?? []
            if Self.isHan(name) {
                let surnameLength = name.count >= 4 ? 2 : 1
                let surname = String(name.prefix(surnameLength))
                let given = String(name.dropFirst(surnameLength))
                if given.count >= 2 { pieces[given, default: []].insert(index) }
                pieces[surname, default: []].insert(index)
                for honorific in honorifics.filter(Self.isHan) + titleSuffixes.filter(Self.isHan) {
                    anywhere[surname + honorific, default: []].insert(index)
                    if honorific.count == 1 { anywhere[honorific + surname, default: []].insert(index) }
                    if let title = person.title.map(Self.fold), title.hasSuffix(honorific) {
                        own[surname + honorific, default: []].insert(index)
                    }
                }
            } else {
                let words = name.split(separator: " ").map(String.init)
                for word in words where word.count >= 2 { pieces[word, default: []].insert(index) }
                if let last = words.last, words.count > 1 {
                    for honorific in honorifics where !Self.isHan(honorific) {
                        anywhere[honorific + " " + last, default: []].insert(index)
                    }
                }
            }
        }
        anywhereForms = anywhere.map { form, indices in (form, (own[form] ?? indices).sorted()) }.sorted { ($0.0.count, $0.0) > ($1.0.count, $1.0) }
        pieceForms = pieces.mapValues { $0.sorted() }
    }

    // MARK: Reading

    /// Reads an answer to a question of `type`; free text is never unreadable.
    public func read(_ text: String, as type: SelfCheckQuestion.AnswerType, proposed: [String] = []) -> AnswerReading {
        switch type {
        case .yesNo: readYesNo(text)
        case .person: readPeople(text, proposed: proposed)
        case .freeText: Self.clean(text).isEmpty ? .unreadable : .yes(detail: Self.clean(text))
        }
    }

    /// Yes, no or not sure, with the rest of the sentence as detail.
    public func readYesNo(_ text: String) -> AnswerReading {
        guard let (verdict, detail) = verdict(in: Self.clean(text)) else { return .unreadable }
        switch verdict {
        case .yes: return .yes(detail: detail)
        case .no: return .no(detail: detail)
        case .unsure: return .unsure(detail: detail)
        }
    }

    /// People an answer names.
    ///
    /// - Parameter proposed: the people the question put forward; "both" / "都是" means them,
    ///   a bare yes confirms them (returned as `.yes`, see `AnswerReading.value(for:proposed:)`).
    public func readPeople(_ text: String, proposed: [String] = []) -> AnswerReading {
        let cleaned = Self.clean(text)
        guard !cleaned.isEmpty else { return .unreadable }
        let key = stripFillers(Self.fold(cleaned))
        if nobody.contains(key) || nobody.contains(Self.fold(cleaned)) { return .people([], detail: nil) }
        if everyone.contains(key) {
            return proposed.isEmpty ? .unreadable : .people(proposed.map(PersonMention.onFile), detail: nil)
        }
        if let numbers = numbered(cleaned) { return .people(numbers, detail: nil) }
        // A name is read as a name even when it starts like a verdict word.
        if pieceForms[key] != nil || anywhereForms.contains(where: { $0.form == key }) {
            let (mentions, detail) = names(in: cleaned)
            if !mentions.isEmpty { return .people(mentions, detail: detail) }
        }
        if let (verdict, rest) = verdict(in: cleaned) {
            switch verdict {
            case .unsure:
                return .unsure(detail: rest)
            case .yes, .no:
                guard let rest else { return verdict == .yes ? .yes(detail: nil) : .people([], detail: nil) }
                let key = stripFillers(Self.fold(rest))
                if nobody.contains(key) { return .people([], detail: nil) }
                if everyone.contains(key), !proposed.isEmpty { return .people(proposed.map(PersonMention.onFile), detail: nil) }
                let (mentions, detail) = names(in: rest)
                if !mentions.isEmpty { return .people(mentions, detail: detail) }
                return verdict == .yes ? .yes(detail: rest) : .people([], detail: rest)
            }
        }
        let (mentions, detail) = names(in: cleaned)
        return mentions.isEmpty ? .unreadable : .people(mentions, detail: detail)
    }

    /// Whether `text` is only a filler or a new-person word of the vocabularies (那個, 那位): never a name.
    public func isFillerOrNewPerson(_ text: String) -> Bool {
        let key = Self.fold(text)
        return fillers.contains(key) || newPerson.contains(key)
    }

    /// Whether the line reads as a question to the coach rather than an answer.
    public func looksLikeQuestion(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.hasSuffix("?") || trimmed.hasSuffix("？") { return true }
        let key = Self.fold(trimmed)
        return questionStarts.contains { start in
            key.hasPrefix(start) && Self.boundary(after: start, in: key)
        }
    }

    /// The corpus's short re-ask for an answer it could not read, in `language`.
    public func reAsk(_ type: SelfCheckQuestion.AnswerType, language: Language) -> String? {
        vocabularies.first { $0.language == language }?.reAsk[type]
            ?? vocabularies.first { $0.language == .en }?.reAsk[type]
    }

    // MARK: Verdicts

    /// The verdict an answer opens with and the rest of it; fillers before the verdict are skipped.
    func verdict(in text: String) -> (Verdict, String?)? {
        var rest = text
        for _ in 0..<4 {
            let key = Self.fold(rest)
            if key.isEmpty { return nil }
            if let hit = verdicts.first(where: { key.hasPrefix($0.phrase) && Self.boundary(after: $0.phrase, in: key) }) {
                let remainder = Self.drop(hit.phrase.count, from: rest, key: key)
                return (hit.verdict, detail(remainder))
            }
            // A one-character verdict closed by a particle of the vocabulary (要啊，… 對呀。 有喔).
            if let hit = verdicts.first(where: { key.hasPrefix($0.phrase) && particleCloses($0.phrase, in: key) }) {
                let remainder = Self.drop(hit.phrase.count + 1, from: rest, key: key)
                return (hit.verdict, detail(remainder))
            }
            guard let filler = fillers.first(where: { key.hasPrefix($0) && Self.boundary(after: $0, in: key, fillerCJK: true) }) else { return nil }
            rest = Self.drop(filler.count, from: rest, key: key).trimmingCharacters(in: Self.separators)
        }
        return nil
    }

    /// Whether `phrase` at the start of `key` is followed by one of the vocabularies' particles
    /// (啊, 呀, 喔) and then a separator or the end.
    func particleCloses(_ phrase: String, in key: String) -> Bool {
        let characters = Array(key)
        guard characters.count > phrase.count, particles.contains(String(characters[phrase.count])) else { return false }
        guard characters.count > phrase.count + 1 else { return true }
        return characters[phrase.count + 1].unicodeScalars.allSatisfy(Self.separators.contains)
    }

    /// The rest of a sentence as detail, kept as typed; nil when only separators, fillers or
    /// conjunctions are left.
    func detail(_ text: String) -> String? {
        var trimmed = text.trimmingCharacters(in: Self.separators)
        // A particle left over from the verdict (不要啦，… → 先不用).
        if particleCloses("", in: Self.fold(trimmed)) {
            trimmed = String(trimmed.dropFirst()).trimmingCharacters(in: Self.separators)
        }
        var rest = stripFillers(trimmed)
        for conjunction in conjunctions { rest = rest.replacingOccurrences(of: conjunction, with: "") }
        return stripFillers(rest).isEmpty ? nil : trimmed
    }

    /// Whether a phrase matched at the start of `key` ends at a word boundary: the end, a separator,
    /// or (Chinese) any following character when the phrase has two characters or more.
    static func boundary(after phrase: String, in key: String, fillerCJK: Bool = false) -> Bool {
        guard key.count > phrase.count else { return true }
        let next = key[key.index(key.startIndex, offsetBy: phrase.count)]
        if next.unicodeScalars.allSatisfy(separators.contains) { return true }
        guard let last = phrase.last, isHan(String(last)) else { return false }
        return fillerCJK || phrase.count >= 2 || !isHan(String(next))
    }

    // MARK: People

    /// `1`, `1,3`, `1 3`, `1和3`: people by their number in the account's list.
    func numbered(_ text: String) -> [PersonMention]? {
        let pieces = split(text, alsoSpaces: true)
        guard !pieces.isEmpty else { return nil }
        var mentions: [PersonMention] = []
        for piece in pieces {
            guard let number = Int(piece), people.indices.contains(number - 1) else { return nil }
            mentions.append(.onFile(people[number - 1].name))
        }
        return unique(mentions)
    }

    /// The people named in `text` and what is left of it as detail.
    func names(in text: String) -> ([PersonMention], String?) {
        var found: [(position: Int, mentions: [PersonMention])] = []
        // Full names and title + surname anywhere in the sentence; each match is cut out.
        var original = Array(text)
        var keyChars = Array(Self.fold(text))
        guard keyChars.count == original.count else { return ([], nil) }
        for (form, indices) in anywhereForms {
            let formChars = Array(form)
            var start = 0
            while let at = Self.find(formChars, in: keyChars, from: start) {
                let end = at + formChars.count
                let before = at == 0 || !Self.isWordCharacter(keyChars[at - 1])
                let after = end == keyChars.count || !Self.isWordCharacter(keyChars[end])
                if !Self.isHan(form) && !(before && after) { start = at + 1; continue }
                found.append((at, [mention(indices, typed: String(original[at..<end]))]))
                for offset in at..<end {
                    keyChars[offset] = "\u{1}"
                    original[offset] = "\u{1}"
                }
                start = end
            }
        }
        // What is left: pieces of a list, each a whole mention or detail.
        var leftovers: [String] = []
        var typedPieces: [(Int, String)] = []
        let pieceStart = original.count + 1
        for (number, piece) in split(String(original), alsoSpaces: false).enumerated() {
            let typed = stripFillers(piece, keepCase: true)
            let folded = Self.fold(typed)
            if folded.isEmpty { continue }
            let position = pieceStart + number
            typedPieces.append((position, typed))
            if let indices = pieceForms[folded], !startsWithNewPerson(folded) {
                found.append((position, [mention(indices, typed: typed)]))
            } else if let role = roleWords.first(where: { $0.phrase == folded })?.role {
                // A role word stands for everyone in that role ("the users"); someone new if nobody is.
                let holders = people.filter { $0.role == role }.map { PersonMention.onFile($0.name) }
                found.append((position, holders.isEmpty ? [.notOnFile(typed)] : holders))
            } else if looksLikePerson(typed) {
                found.append((position, [.notOnFile(typed)]))
            } else {
                typedPieces.removeLast()
                leftovers.append(typed)
            }
        }
        let ordered = found.sorted { $0.position < $1.position }.flatMap(\.mentions)
        guard !leftovers.isEmpty else { return (unique(ordered), nil) }
        // The detail is the sentence as typed without the names read from it.
        var rest = String(original).replacingOccurrences(of: "\u{1}", with: "")
        for (_, typed) in typedPieces where rest.contains(typed) {
            rest = rest.replacingOccurrences(of: typed, with: "")
        }
        return (unique(ordered), detail(rest))
    }

    func mention(_ indices: [Int], typed: String) -> PersonMention {
        if indices.count == 1 { return .onFile(people[indices[0]].name) }
        return .ambiguous(typed, candidates: indices.map { people[$0].name })
    }

    /// Whether a piece left over after the names on file reads as a person: it says someone is new
    /// ("the new guy in purchasing"), ends in a title (陳主任), or looks like a name (趙敏, Priya Nair).
    func looksLikePerson(_ typed: String) -> Bool {
        let folded = Self.fold(typed)
        if newPerson.contains(where: { Self.contains(word: $0, in: folded) }) { return true }
        if verdicts.contains(where: { $0.phrase == folded }) || nobody.contains(folded) || everyone.contains(folded) { return false }
        if Self.isHan(folded) {
            if (2...8).contains(folded.count), honorifics.contains(where: { $0.count >= 2 && folded.hasSuffix($0) }) { return true }
            return (2...3).contains(folded.count) && !fillers.contains(folded)
        }
        let words = typed.split(separator: " ")
        if let first = words.first, honorifics.contains(Self.fold(String(first))), words.count >= 2 { return true }
        return (1...3).contains(words.count) && words.allSatisfy { word in
            word.first?.isUppercase == true && word.dropFirst().allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" }
        }
    }

    func startsWithNewPerson(_ folded: String) -> Bool {
        newPerson.contains { Self.contains(word: $0, in: folded) }
    }

    /// Splits a list on punctuation and conjunctions ("吳佩珊、林美玲", "Sarah and Tom").
    func split(_ text: String, alsoSpaces: Bool) -> [String] {
        var pieces: [String] = [text]
        let punctuation = CharacterSet(charactersIn: ",，、;；/|\u{1}").union(alsoSpaces ? .whitespaces : CharacterSet())
        pieces = pieces.flatMap { $0.components(separatedBy: punctuation) }
        for conjunction in conjunctions {
            pieces = pieces.flatMap { piece -> [String] in
                if Self.isHan(conjunction) { return Self.split(piece, onFolded: conjunction) }
                return Self.splitWords(piece, on: conjunction)
            }
        }
        return pieces.map { $0.trimmingCharacters(in: Self.separators) }.filter { !$0.isEmpty }
    }

    static func splitWords(_ piece: String, on word: String) -> [String] {
        split(piece, onFolded: " " + word + " ")
    }

    /// Splits `piece` where its folded form holds `marker` (folded, so 還有 typed splits on the
    /// vocabulary's 还有); the pieces keep the text as typed.
    static func split(_ piece: String, onFolded marker: String) -> [String] {
        let key = fold(piece)
        guard key.contains(marker), key.count == piece.count else { return [piece] }
        var result: [String] = []
        var rest = Substring(piece)
        var restKey = Substring(key)
        while let range = restKey.range(of: marker) {
            let offset = restKey.distance(from: restKey.startIndex, to: range.lowerBound)
            let start = rest.index(rest.startIndex, offsetBy: offset)
            result.append(String(rest[..<start]))
            rest = rest[rest.index(start, offsetBy: marker.count)...]
            restKey = restKey[range.upperBound...]
        }
        result.append(String(rest))
        return result
    }

    /// Drops fillers at the start and end of a piece.
    func stripFillers(_ text: String, keepCase: Bool = false) -> String {
        var current = text.trimmingCharacters(in: Self.separators)
        var changed = true
        while changed {
            changed = false
            let key = Self.fold(current)
            if fillers.contains(key) {
                current = ""
            } else if let filler = fillers.first(where: { key.hasPrefix($0) && key.count > $0.count && Self.boundary(after: $0, in: key, fillerCJK: true) }) {
                current = Self.drop(filler.count, from: current, key: key).trimmingCharacters(in: Self.separators)
                changed = true
            } else if let filler = fillers.first(where: { key.hasSuffix($0) && key.count > $0.count && Self.isHan($0) }) {
                current = String(current.dropLast(filler.count)).trimmingCharacters(in: Self.separators)
                changed = true
            }
        }
        return keepCase ? current : Self.fold(current)
    }

    func unique(_ mentions: [PersonMention]) -> [PersonMention] {
        var seen = Set<PersonMention>()
        return mentions.filter { seen.insert($0).inserted }
    }

    // MARK: Text helpers

    static let separators = CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: ",，、;；:：.。!！?？~～-—…()（）「」“”\"'"))

    /// Trims whitespace and closing punctuation and straightens quotes.
    static func clean(_ text: String) -> String {
        text.replacingOccurrences(of: "’", with: "'")
            .trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: ".!。！~～…")))
    }

    /// Lower-cased, Traditional folded to Simplified (a Traditional file read by someone typing
    /// Simplified) and with straight quotes; keeps the character count (checked by callers).
    static func fold(_ text: String) -> String {
        let folded = TraditionalToSimplified.fold(text.replacingOccurrences(of: "’", with: "'").lowercased())
        return folded.count == text.count ? folded : TraditionalToSimplified.fold(text.replacingOccurrences(of: "’", with: "'"))
    }

    /// Drops the first `count` characters of `text` (measured on its folded `key`).
    static func drop(_ count: Int, from text: String, key: String) -> String {
        String(text.dropFirst(count))
    }

    static func isHan(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { (0x3400...0x9FFF).contains($0.value) || (0xF900...0xFAFF).contains($0.value) || (0x20000...0x2FFFF).contains($0.value) }
    }

    static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }

    /// Whether `word` occurs in `text` as a word (Latin) or anywhere (Chinese).
    static func contains(word: String, in text: String) -> Bool {
        if isHan(word) { return text.contains(word) }
        let chars = Array(text), wordChars = Array(word)
        var start = 0
        while let at = find(wordChars, in: chars, from: start) {
            let end = at + wordChars.count
            if (at == 0 || !isWordCharacter(chars[at - 1])) && (end == chars.count || !isWordCharacter(chars[end])) { return true }
            start = at + 1
        }
        return false
    }

    static func find(_ needle: [Character], in haystack: [Character], from start: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count, start <= haystack.count - needle.count else { return nil }
        for index in start...(haystack.count - needle.count) where haystack[index] == needle[0] {
            if Array(haystack[index..<(index + needle.count)]) == needle { return index }
        }
        return nil
    }
}
