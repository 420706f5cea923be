/// The Snowball English stemmer ("Porter2", as Snowball 3 defines it), so that "decisions",
/// "decided" and "deciding" meet at one index token.
///
/// It works on lower-case ASCII words (digits and apostrophes allowed); any other word, and a word of fewer
/// than three letters, comes back unchanged. Checked against the Snowball project's English test
/// vocabulary (42,649 words, `snowball-data/english`).
///
/// Not the tokenizer's stemmer yet: on the tuning questions it answered two English questions fewer
/// than `Tokenizer.stem`'s light stemming (the corpus's asks were written against that one).
///
/// ```swift
/// EnglishStemmer.stem("generously")  // "generous"
/// EnglishStemmer.stem("running")     // "run"
/// EnglishStemmer.stem("skies")       // "sky" (an exceptional form)
/// ```
///
/// - Complexity: O(n) in the length of the word; it works on the word's bytes, never on `Character`s.
public struct EnglishStemmer {
    /// The word being stemmed, as ASCII bytes; `Y` marks a consonant y.
    private var word: [UInt8]
    /// Start of region R1 (after the first non-vowel that follows a vowel) and of R2 (the same, within R1).
    private var r1 = 0
    private var r2 = 0
    private var foundY = false

    private init(_ bytes: [UInt8]) { word = bytes }

    /// The stem of `word` (lower case expected, as the tokenizer hands it over).
    public static func stem(_ word: String) -> String {
        if let exception = exceptions[word] { return exception }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(word.utf8.count)
        for byte in word.utf8 {
            guard (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == apostrophe else { return word }
            bytes.append(byte)
        }
        guard bytes.count >= 3 else { return word }
        var stemmer = EnglishStemmer(bytes)
        stemmer.prelude()
        stemmer.markRegions()
        stemmer.step1a()
        stemmer.step1b()
        stemmer.step1c()
        stemmer.step2()
        stemmer.step3()
        stemmer.step4()
        stemmer.step5()
        stemmer.postlude()
        return String(decoding: stemmer.word, as: UTF8.self)
    }

    // MARK: Regions

    /// Drops a leading apostrophe and marks consonant y (initial, or after a vowel) as `Y`.
    private mutating func prelude() {
        if word.first == Self.apostrophe { word.removeFirst() }
        for index in word.indices where word[index] == Self.y && (index == 0 || Self.isVowel(word[index - 1])) {
            word[index] = Self.capitalY
            foundY = true
        }
    }

    /// R1 and R2; a few prefixes (gener-, commun-, arsen-…) fix R1 where the rule would not.
    private mutating func markRegions() {
        r1 = word.count
        r2 = word.count
        let start: Int
        if let prefix = Self.regionPrefixes.first(where: hasPrefix) {
            start = prefix.count
        } else {
            guard let end = afterVowelAndNonVowel(from: 0) else { return }
            start = end
        }
        r1 = start
        r2 = afterVowelAndNonVowel(from: start) ?? word.count
    }

    /// The position after the first non-vowel that follows a vowel at or after `start`.
    private func afterVowelAndNonVowel(from start: Int) -> Int? {
        var index = start
        while index < word.count, !Self.isVowel(word[index]) { index += 1 }
        index += 1
        while index < word.count, Self.isVowel(word[index]) { index += 1 }
        return index < word.count ? index + 1 : nil
    }

    /// Whether the word up to `end` ends in a short syllable: non-vowel (not w, x or Y), vowel,
    /// non-vowel; or vowel and non-vowel at the very start; or "past".
    private func endsInShortSyllable(_ end: Int) -> Bool {
        if end >= 3, !Self.isVowelWXY(word[end - 1]), Self.isVowel(word[end - 2]), !Self.isVowel(word[end - 3]) { return true }
        if end == 2, !Self.isVowel(word[1]), Self.isVowel(word[0]) { return true }
        return end >= 4 && word[(end - 4)..<end].elementsEqual(Self.past)
    }

    // MARK: Steps

    /// Possessive apostrophes, then plurals: -sses, -ied/-ies, -s.
    private mutating func step1a() {
        if hasSuffix(Self.apostropheSApostrophe) { word.removeLast(3) } else if hasSuffix(Self.apostropheS) { word.removeLast(2) } else if word.last == Self.apostrophe { word.removeLast() }
        if hasSuffix(Self.sses) {
            word.removeLast(2)
        } else if hasSuffix(Self.ied) || hasSuffix(Self.ies) {
            // "cries" → "cri", but "ties" → "tie".
            word.removeLast(word.count > 4 ? 2 : 1)
        } else if hasSuffix(Self.ss) || hasSuffix(Self.us) {
            return
        } else if word.last == Self.s {
            // Only if a vowel comes before the letter before the s: "gaps" → "gap", "gas" stays.
            if word.count >= 2, word[0..<(word.count - 2)].contains(where: Self.isVowel) { word.removeLast() }
        }
    }

    /// -eed/-eedly in R1 become -ee; -ed, -edly, -ing, -ingly go after a vowel, and the stem is tidied.
    private mutating func step1b() {
        if let suffix = [Self.eedly, Self.eed].first(where: hasSuffix) {
            let start = word.count - suffix.count
            guard start >= r1 else { return }
            let stem = word[0..<start]
            if Self.eedExceptions.contains(where: { stem.elementsEqual($0) }) { return }
            word.removeLast(suffix.count - 2)
            return
        }
        guard let suffix = [Self.ingly, Self.edly, Self.ing, Self.ed].first(where: hasSuffix) else { return }
        let start = word.count - suffix.count
        if suffix == Self.ing {
            // "dying" → "die"; "inning", "outing", "herring"… stay whole.
            if start == 2, word[1] == Self.y, !Self.isVowel(word[0]) {
                word.removeLast(4)
                word.append(Self.i)
                word.append(Self.e)
                return
            }
            if Self.ingExceptions.contains(where: { word[0..<start].elementsEqual($0) }) { return }
        }
        guard word[0..<start].contains(where: Self.isVowel) else { return }
        word.removeLast(suffix.count)
        if hasSuffix(Self.at) || hasSuffix(Self.bl) || hasSuffix(Self.iz) {
            word.append(Self.e)
        } else if let last = word.last, word.count >= 2, word[word.count - 2] == last, Self.doubles.contains(last) {
            // "hopping" → "hop", but "added" → "add".
            if word.count == 3, Self.aeo.contains(word[0]) { return }
            word.removeLast()
        } else if word.count == r1, endsInShortSyllable(word.count) {
            word.append(Self.e)
        }
    }

    /// A final y after a non-vowel (not the first letter) becomes i: "cry" → "cri", "by" stays.
    private mutating func step1c() {
        let count = word.count
        guard count >= 3, word[count - 1] == Self.y || word[count - 1] == Self.capitalY, !Self.isVowel(word[count - 2]) else { return }
        word[count - 1] = Self.i
    }

    /// Double suffixes in R1: -ational → -ate, -iveness → -ive, -li after a valid letter…
    private mutating func step2() {
        guard let (suffix, replacement) = Self.step2Suffixes.first(where: { hasSuffix($0.0) }) else { return }
        let start = word.count - suffix.count
        guard start >= r1 else { return }
        if suffix == Self.ogi {
            guard start > 0, word[start - 1] == Self.l else { return }
        } else if suffix == Self.li {
            guard start > 0, Self.validLI.contains(word[start - 1]) else { return }
        }
        replaceSuffix(suffix.count, with: replacement)
    }

    /// -icate, -alize, -ful, -ness… in R1; -ative in R2.
    private mutating func step3() {
        guard let (suffix, replacement) = Self.step3Suffixes.first(where: { hasSuffix($0.0) }) else { return }
        let start = word.count - suffix.count
        guard start >= r1 else { return }
        if suffix == Self.ative, start < r2 { return }
        replaceSuffix(suffix.count, with: replacement)
    }

    /// Single suffixes in R2: -ance, -ment, -ize…; -ion after s or t.
    private mutating func step4() {
        guard let suffix = Self.step4Suffixes.first(where: hasSuffix) else { return }
        let start = word.count - suffix.count
        guard start >= r2 else { return }
        if suffix == Self.ion {
            guard start > 0, word[start - 1] == Self.s || word[start - 1] == Self.t else { return }
        }
        word.removeLast(suffix.count)
    }

    /// A final e in R2 (or in R1 after no short syllable); a double l's second l in R2.
    private mutating func step5() {
        guard let last = word.last else { return }
        let start = word.count - 1
        if last == Self.e {
            if start >= r2 || (start >= r1 && !endsInShortSyllable(start)) { word.removeLast() }
        } else if last == Self.l, start >= r2, start > 0, word[start - 1] == Self.l {
            word.removeLast()
        }
    }

    private mutating func postlude() {
        guard foundY else { return }
        for index in word.indices where word[index] == Self.capitalY { word[index] = Self.y }
    }

    // MARK: Helpers

    private func hasSuffix(_ suffix: [UInt8]) -> Bool {
        word.count >= suffix.count && word[(word.count - suffix.count)...].elementsEqual(suffix)
    }

    private func hasPrefix(_ prefix: [UInt8]) -> Bool {
        word.count >= prefix.count && word[0..<prefix.count].elementsEqual(prefix)
    }

    private mutating func replaceSuffix(_ length: Int, with replacement: [UInt8]) {
        word.removeLast(length)
        word.append(contentsOf: replacement)
    }

    @inline(__always)
    private static func isVowel(_ byte: UInt8) -> Bool {
        byte == 0x61 || byte == 0x65 || byte == 0x69 || byte == 0x6F || byte == 0x75 || byte == 0x79
    }

    /// A vowel, w, x or Y: the letters a short syllable may not end with.
    @inline(__always)
    private static func isVowelWXY(_ byte: UInt8) -> Bool {
        isVowel(byte) || byte == 0x77 || byte == 0x78 || byte == capitalY
    }

    // MARK: Tables

    private static let apostrophe = UInt8(ascii: "'")
    private static let capitalY = UInt8(ascii: "Y")
    private static let y = UInt8(ascii: "y"), i = UInt8(ascii: "i"), e = UInt8(ascii: "e")
    private static let s = UInt8(ascii: "s"), t = UInt8(ascii: "t"), l = UInt8(ascii: "l")
    private static let aeo: [UInt8] = Array("aeo".utf8)
    private static let doubles: [UInt8] = Array("bdfgmnprt".utf8)
    private static let validLI: [UInt8] = Array("cdeghkmnrt".utf8)
    private static let past = Array("past".utf8)
    private static let apostropheSApostrophe = Array("'s'".utf8), apostropheS = Array("'s".utf8)
    private static let sses = Array("sses".utf8), ied = Array("ied".utf8), ies = Array("ies".utf8)
    private static let ss = Array("ss".utf8), us = Array("us".utf8)
    private static let eed = Array("eed".utf8), eedly = Array("eedly".utf8), ed = Array("ed".utf8)
    private static let edly = Array("edly".utf8), ing = Array("ing".utf8), ingly = Array("ingly".utf8)
    private static let at = Array("at".utf8), bl = Array("bl".utf8), iz = Array("iz".utf8)
    private static let ogi = Array("ogi".utf8), li = Array("li".utf8), ative = Array("ative".utf8), ion = Array("ion".utf8)

    /// Words that stem irregularly, or not at all.
    private static let exceptions: [String: String] = [
        "skis": "ski", "skies": "sky", "idly": "idl", "gently": "gentl", "ugly": "ugli", "early": "earli",
        "only": "onli", "singly": "singl", "sky": "sky", "news": "news", "howe": "howe", "atlas": "atlas",
        "cosmos": "cosmos", "bias": "bias", "andes": "andes",
    ]

    /// Prefixes after which R1 begins.
    private static let regionPrefixes: [[UInt8]] = ["gener", "commun", "arsen", "past", "univers", "later", "emerg", "organ", "inter"].map { Array($0.utf8) }

    /// Stems before -eed that keep it: "proceed", "succeed", "exceed".
    private static let eedExceptions: [[UInt8]] = ["proc", "succ", "exc"].map { Array($0.utf8) }

    /// Whole words before -ing that keep it: "inning", "outing", "canning", "herring", "earring", "evening".
    private static let ingExceptions: [[UInt8]] = ["inn", "out", "cann", "herr", "earr", "even"].map { Array($0.utf8) }

    /// Step 2's suffixes and replacements, longest first (the longest suffix that fits decides).
    private static let step2Suffixes: [([UInt8], [UInt8])] = [
        ("ational", "ate"), ("ization", "ize"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"),
        ("tional", "tion"), ("biliti", "ble"), ("lessli", "less"),
        ("entli", "ent"), ("ation", "ate"), ("alism", "al"), ("aliti", "al"), ("ousli", "ous"), ("iviti", "ive"),
        ("fulli", "ful"), ("ogist", "og"),
        ("enci", "ence"), ("anci", "ance"), ("abli", "able"), ("izer", "ize"), ("ator", "ate"), ("alli", "al"),
        ("bli", "ble"), ("ogi", "og"),
        ("li", ""),
    ].map { (Array($0.0.utf8), Array($0.1.utf8)) }

    /// Step 3's suffixes and replacements, longest first.
    private static let step3Suffixes: [([UInt8], [UInt8])] = [
        ("ational", "ate"), ("tional", "tion"), ("alize", "al"), ("icate", "ic"), ("iciti", "ic"), ("ative", ""),
        ("ical", "ic"), ("ness", ""), ("ful", ""),
    ].map { (Array($0.0.utf8), Array($0.1.utf8)) }

    /// Step 4's suffixes, longest first.
    private static let step4Suffixes: [[UInt8]] = [
        "ement", "ance", "ence", "able", "ible", "ment", "ate", "ive", "ize", "iti", "ism", "ion", "ous", "ant", "ent",
        "ic", "al", "er",
    ].map { Array($0.utf8) }
}
