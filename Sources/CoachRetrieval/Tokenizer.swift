/// A token and how much it counts: Chinese character pairs and English words count fully,
/// single Chinese characters less (they are ambiguous on their own).
public struct Token: Sendable, Hashable {
    public var text: String
    public var isUnigram: Bool
}

/// Splits normalised text into tokens: Chinese as overlapping character pairs plus single
/// characters, English as words stemmed with the Snowball English stemmer (`EnglishStemmer`) and
/// without stop words. The acronym `IT` (kept in capitals by `TextNormalizer.normalizeForMatching`)
/// is a word, not the pronoun.
public enum Tokenizer {
    /// - Complexity: O(n) in the characters of `normalized`.
    public static func tokens(_ normalized: String) -> [Token] {
        tokens(normalized, spelling: { $0 })
    }

    /// The tokens, each English word (before stemming, stop words already gone) passed through
    /// `spelling` first: the index records the words it sees, a question has a misspelt word
    /// replaced by a word of the corpus.
    ///
    /// - Complexity: O(n) in the characters of `normalized`, plus the cost of `spelling`.
    static func tokens(_ normalized: String, spelling: (String) -> String) -> [Token] {
        var tokens: [Token] = []
        var word = String.UnicodeScalarView()
        var run: [Unicode.Scalar] = []
        func flushWord() {
            guard !word.isEmpty else { return }
            let cleaned = String(word).trimmingCharactersIn("'")
            if !cleaned.isEmpty, !stopWords.contains(cleaned) {
                tokens.append(Token(text: stem(spelling(cleaned)), isUnigram: false))
            }
            word = String.UnicodeScalarView()
        }
        func flushRun() {
            guard !run.isEmpty else { return }
            for index in run.indices {
                let scalar = run[index]
                if !cjkStopCharacters.contains(scalar) {
                    tokens.append(Token(text: String(Character(scalar)), isUnigram: true))
                }
                if index + 1 < run.count {
                    var pair = String.UnicodeScalarView()
                    pair.append(scalar)
                    pair.append(run[index + 1])
                    tokens.append(Token(text: String(pair), isUnigram: false))
                }
            }
            run.removeAll(keepingCapacity: true)
        }
        for scalar in normalized.unicodeScalars {
            if TextNormalizer.isCJK(scalar) {
                flushWord()
                run.append(scalar)
            } else if TextNormalizer.isWordScalar(scalar) {
                flushRun()
                word.append(scalar)
            } else {
                flushWord()
                flushRun()
            }
        }
        flushWord()
        flushRun()
        return tokens
    }

    /// Units for phrase matching: English words (stemmed, stop words kept) and single Chinese
    /// characters, in order. A glossary term matches where its units occur contiguously.
    ///
    /// - Complexity: O(n) in the characters of `normalized`.
    public static func phraseUnits(_ normalized: String) -> [String] {
        phraseUnits(normalized, spelling: { $0 })
    }

    /// The phrase units, each English word passed through `spelling` before stemming (stop words too).
    static func phraseUnits(_ normalized: String, spelling: (String) -> String) -> [String] {
        var units: [String] = []
        var word = String.UnicodeScalarView()
        func flushWord() {
            guard !word.isEmpty else { return }
            let cleaned = String(word).trimmingCharactersIn("'")
            if !cleaned.isEmpty { units.append(stem(spelling(cleaned))) }
            word = String.UnicodeScalarView()
        }
        for scalar in normalized.unicodeScalars {
            if TextNormalizer.isCJK(scalar) {
                flushWord()
                units.append(String(Character(scalar)))
            } else if TextNormalizer.isWordScalar(scalar) {
                word.append(scalar)
            } else {
                flushWord()
            }
        }
        flushWord()
        return units
    }

    /// The index token of an English word: its Snowball stem, with British -ise/-isation spellings
    /// stemmed as the American -ize/-ization ones; nouns in -er and the few words that the stemmer
    /// would merge with a word of another meaning ("personality" with "person") are kept whole.
    static func stem(_ word: String) -> String {
        if let kept = keptWhole[word] { return kept }
        if let person = agentNoun(word) { return person }
        return EnglishStemmer.stem(americanSpelling(word))
    }

    /// A noun for a person or a thing in -er ("manager", "supporters", "influencer"), singular and
    /// unstemmed: Porter2 would make it its verb ("manag", "support"), and in this method who does
    /// something (the supporter) is a different question from doing it (support).
    static func agentNoun(_ word: String) -> String? {
        let utf8 = word.utf8
        guard utf8.count >= 6 else { return nil }
        var end = utf8.endIndex
        if utf8.last == UInt8(ascii: "s") { end = utf8.index(before: end) }
        let r = utf8.index(before: end), e = utf8.index(before: r)
        guard utf8[r] == UInt8(ascii: "r"), utf8[e] == UInt8(ascii: "e"), utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return nil }
        return end == utf8.endIndex ? word : String(word.dropLast())
    }

    /// "organised" → "organized", "analysing" → "analyzing": British spellings of the verbs whose
    /// -ise is the -ize of American English (Porter2 takes -ize away, not -ise). Other -ise words
    /// ("promise", "advise", "surprise") are left alone.
    ///
    /// - Complexity: O(n) in the word's length.
    static func americanSpelling(_ word: String) -> String {
        var previous: UInt8 = 0
        guard word.utf8.count >= 6, word.utf8.contains(where: { byte in
            defer { previous = byte }
            return byte == UInt8(ascii: "s") && (previous == UInt8(ascii: "i") || previous == UInt8(ascii: "y"))
        }) else { return word }
        let bytes = Array(word.utf8)
        guard bytes.count >= 6, let ending = britishEndings.first(where: { bytes.count >= $0.count + 5 && bytes.suffix($0.count).elementsEqual($0) }) else { return word }
        let s = bytes.count - ending.count - 1
        let vowel = bytes[s - 1]
        guard bytes[s] == UInt8(ascii: "s"), vowel == UInt8(ascii: "i") || vowel == UInt8(ascii: "y") else { return word }
        let base = String(decoding: bytes[..<(s - 1)], as: UTF8.self)
        guard (vowel == UInt8(ascii: "i") ? britishIseBases : britishYseBases).contains(base) else { return word }
        var american = bytes
        american[s] = UInt8(ascii: "z")
        return String(decoding: american, as: UTF8.self)
    }

    /// Endings after -is-/-ys-, longest first.
    private static let britishEndings: [[UInt8]] = ["ational", "ations", "ation", "ing", "ers", "ed", "es", "er", "e"].map { Array($0.utf8) }

    /// What comes before -ise in the verbs spelt -ize in American English.
    private static let britishIseBases: Set<String> = [
        "organ", "reorgan", "recogn", "priorit", "custom", "personal", "real", "summar", "special", "emphas",
        "apolog", "minim", "maxim", "standard", "final", "critic", "categor", "author", "util", "optim",
        "central", "formal", "visual", "legal", "stabil", "normal", "memor", "modern", "harmon", "synchron",
        "character", "familiar", "capital", "sympath", "local", "global", "digit", "computer", "mobil",
        "incentiv", "monet", "internal", "human", "energ", "jeopard", "scrutin", "item", "agon",
    ]

    /// What comes before -yse in the verbs spelt -yze in American English.
    private static let britishYseBases: Set<String> = ["anal", "paral", "catal"]

    /// Words kept apart from the everyday word Porter2 would merge them with, by their own token.
    static let keptWhole: [String: String] = [
        "personality": "personality", "personalities": "personality", "personal": "personal", "personally": "personal",
        "insider": "insider", "insiders": "insider", "business": "business", "businesses": "business",
        "accountant": "accountant", "accountants": "accountant", "accounting": "accounting",
        "decisive": "decisive", "production": "production", "officer": "officer", "officers": "officer",
        "methodical": "methodical", "careful": "careful", "carefully": "careful",
        "executive": "executive", "executives": "executive", "positive": "positive", "informal": "informal",
        "animated": "animated", "conversion": "conversion", "celebrity": "celebrity", "celebrities": "celebrity",
    ]

    static let stopWords: Set<String> = [
        "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "for", "with", "by", "from",
        "is", "are", "was", "were", "be", "been", "am", "do", "does", "did", "doing", "i", "me", "my", "we", "our",
        "us", "you", "your", "he", "she", "it", "its", "they", "them", "their", "this", "that", "these", "those",
        "what", "which", "who", "whom", "how", "when", "where", "why", "can", "could", "should", "would", "will",
        "shall", "may", "might", "must", "so", "about", "into", "as", "than", "then", "there", "here", "any",
        "some", "all", "just", "get", "got", "have", "has", "had", "not", "no", "yes", "up", "out", "over",
        "again", "also", "very", "too", "much", "many", "more", "most", "one", "now", "him", "her", "his",
        "hers", "ok", "okay", "pls", "please", "im", "i'm", "it's", "what's", "don't", "doesn't", "won't", "keep",
        "thing", "something", "anything", "really", "still", "even", "need", "want", "like", "way", "let",
    ]

    /// Function characters that carry no topic on their own (they still form pairs).
    static let cjkStopCharacters: Set<Unicode.Scalar> = [
        "的", "了", "吗", "呢", "吧", "啊", "么", "是", "在", "我", "你", "他", "她", "们", "这", "那", "个", "有",
        "和", "就", "都", "也", "要", "会", "怎", "什", "为", "该", "能", "可", "以", "还", "很", "又", "把", "被",
        "给", "对", "跟", "与", "及", "一", "不", "没", "啥", "嘛", "呀", "哪", "些", "之", "其", "得", "地", "着",
    ]
}

extension String {
    func trimmingCharactersIn(_ set: String) -> String {
        var copy = Substring(self)
        while let first = copy.first, set.contains(first) { copy.removeFirst() }
        while let last = copy.last, set.contains(last) { copy.removeLast() }
        return String(copy)
    }
}
