import CoachCore

/// A token and how much it counts: Chinese character pairs and English words count fully,
/// single Chinese characters less (they are ambiguous on their own).
public struct Token: Sendable, Hashable {
    public var text: String
    public var isUnigram: Bool
}

/// Splits normalised text into tokens: Chinese as overlapping character pairs plus single
/// characters, English as words with light stemming and without stop words. The acronym `IT`
/// (kept in capitals by `TextNormalizer.normalizeForMatching`) is a word, not the pronoun.
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
    /// With `shorthand`, a word as typed ("b4", "dont", "lah") is folded into the words it stands
    /// for before the stop words go.
    static func tokens(_ normalized: String, shorthand: Shorthand = .empty, spelling: (String) -> String) -> [Token] {
        var tokens: [Token] = []
        var word = String.UnicodeScalarView()
        var run: [Unicode.Scalar] = []
        func flushWord() {
            guard !word.isEmpty else { return }
            let cleaned = String(word).trimmingCharactersIn("'")
            if !cleaned.isEmpty {
                for full in shorthand.expand(cleaned) where !stopWords.contains(full) {
                    tokens.append(Token(text: stem(spelling(full)), isUnigram: false))
                }
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

    /// The phrase units, each English word folded by `shorthand` and passed through `spelling`
    /// before stemming (stop words too).
    static func phraseUnits(_ normalized: String, shorthand: Shorthand = .empty, spelling: (String) -> String) -> [String] {
        var units: [String] = []
        var word = String.UnicodeScalarView()
        func flushWord() {
            guard !word.isEmpty else { return }
            let cleaned = String(word).trimmingCharactersIn("'")
            if !cleaned.isEmpty {
                for full in shorthand.expand(cleaned) { units.append(stem(spelling(full))) }
            }
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

    /// Light English stemming, the same on both sides: plurals, -ing, -ed, -ly, and a final silent
    /// e, so "change", "changed" and "changing" (or "approve", "approved") share a stem.
    static func stem(_ word: String) -> String {
        let stemmed = lightStem(word)
        guard stemmed.count > 4, stemmed.hasSuffix("e"), !stemmed.hasSuffix("ee"), stemmed.allSatisfy({ $0.isASCII }) else { return stemmed }
        return String(stemmed.dropLast())
    }

    private static func lightStem(_ word: String) -> String {
        guard word.count > 3, word.allSatisfy({ $0.isASCII }) else { return word }
        var w = word
        if w.hasSuffix("'s") { w.removeLast(2) }
        if w.hasSuffix("ies") && w.count > 4 { return String(w.dropLast(3)) + "y" }
        if w.hasSuffix("sses") { return String(w.dropLast(2)) }
        if w.hasSuffix("ing") && w.count > 5 { w.removeLast(3); return undouble(w) }
        if w.hasSuffix("ed") && w.count > 4 { w.removeLast(2); return undouble(w) }
        if w.hasSuffix("ly") && w.count > 5 { w.removeLast(2); return w }
        if w.hasSuffix("es") && w.count > 4, let before = w.dropLast(2).last, "sxz".contains(before) || w.hasSuffix("ches") || w.hasSuffix("shes") {
            return String(w.dropLast(2))
        }
        if w.hasSuffix("s") && !w.hasSuffix("ss") && !w.hasSuffix("us") && !w.hasSuffix("is") { return String(w.dropLast()) }
        return w
    }

    private static func undouble(_ word: String) -> String {
        var w = word
        if w.count > 2, let last = w.last, w.dropLast().last == last, !"lsz".contains(last) { w.removeLast() }
        if w.hasSuffix("at") || w.hasSuffix("iz") || w.hasSuffix("bl") { w.append("e") }
        return w
    }

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
