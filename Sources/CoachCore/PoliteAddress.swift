/// How a salesperson addresses a person politely: surname and title for Chinese names (張處長,
/// 林科長, 王總經理), the full name otherwise; never the bare full name of a Chinese customer.
public enum PoliteAddress {
    /// The address of `person`, using the corpus's honorifics (`corpus/answers/*.yaml`).
    ///
    /// ```swift
    /// PoliteAddress.of(張淑芬, honorifics: ["處長", "科長"])   // "張處長"
    /// ```
    public static func of(_ person: Person, honorifics: [String]) -> String {
        let name = person.name
        guard AnswerInterpreter.isHan(name), name.count >= 2 else { return name }
        let surname = String(name.prefix(name.count >= 4 ? 2 : 1))
        guard let title = person.title, !title.isEmpty else { return name }
        let suffixes = honorifics.filter { AnswerInterpreter.isHan($0) && $0.count >= 2 }.sorted { $0.count > $1.count }
        if let honorific = suffixes.first(where: { title.hasSuffix($0) }) { return surname + honorific }
        // A title ending in a one-character rank (副總) keeps its last two characters.
        if AnswerInterpreter.isHan(title), title.count >= 2, honorifics.contains(String(title.suffix(1))) {
            return surname + String(title.suffix(2))
        }
        return name
    }

    /// Every Chinese honorific of the corpus's vocabularies.
    public static func honorifics(_ corpus: Corpus) -> [String] {
        Array(Set(corpus.answerVocabularies.flatMap(\.honorifics).filter(AnswerInterpreter.isHan)))
    }
}
