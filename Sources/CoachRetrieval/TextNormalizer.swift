import CoachCore
import Foundation

/// Normalises text for matching: NFKC (full-width to half-width), lower case, Traditional folded
/// to Simplified, punctuation to spaces.
public enum TextNormalizer {
    /// - Complexity: O(n) in Unicode scalars. Text needing full compatibility decomposition (rare:
    ///   compatibility ideographs, circled numbers, ligatures, combining accents) takes Foundation's
    ///   NFKC first; full-width ASCII and the ideographic space are mapped directly.
    public static func normalize(_ text: String) -> String {
        if text.unicodeScalars.contains(where: needsCompatibilityMapping) {
            return fold(text.precomposedStringWithCompatibilityMapping)
        }
        return fold(text)
    }

    /// `normalize` for matching questions against the corpus: the acronym "IT", written in capitals
    /// as a word of its own ("the IT head", "IT部门"), stays `IT`, where lower case would make it the
    /// pronoun "it", a stop word. Text with no lower-case letter at all (shouting) has no acronyms.
    ///
    /// ```swift
    /// TextNormalizer.normalizeForMatching("Who signs off for IT?")  // "who signs off for IT "
    /// ```
    /// - Complexity: O(n) in Unicode scalars, as `normalize`.
    public static func normalizeForMatching(_ text: String) -> String {
        let keepsAcronyms = containsAcronym(text)
        if text.unicodeScalars.contains(where: needsCompatibilityMapping) {
            return fold(text.precomposedStringWithCompatibilityMapping, keepingAcronyms: keepsAcronyms)
        }
        return fold(text, keepingAcronyms: keepsAcronyms)
    }

    /// Whether `text` has the word "IT" in capitals and some lower-case or non-ASCII letter elsewhere.
    static func containsAcronym(_ text: String) -> Bool {
        var hasLowercase = false, hasAcronym = false
        // The last three bytes, the newest first; a space stands for the start of the text.
        var last: UInt8 = 0x20, second: UInt8 = 0x20, third: UInt8 = 0x20
        func check(next: UInt8) {
            if second == 0x49, last == 0x54, !isLatinWordByte(third), !isLatinWordByte(next) { hasAcronym = true }
        }
        for byte in text.utf8 {
            if (byte >= 0x61 && byte <= 0x7A) || byte >= 0x80 { hasLowercase = true }
            check(next: byte)
            third = second
            second = last
            last = byte
        }
        check(next: 0x20)
        return hasLowercase && hasAcronym
    }

    /// Lower-cases, folds Traditional to Simplified and turns everything but word characters into
    /// spaces; with `keepingAcronyms`, a word "IT" in capitals stays as it is.
    static func fold(_ text: String, keepingAcronyms: Bool = false) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(text.utf8.count)
        let source = text.unicodeScalars
        var index = source.startIndex
        var previousIsLatin = false
        while index < source.endIndex {
            let original = source[index]
            if keepingAcronyms, original == "I", !previousIsLatin, isAcronymIT(source, at: index) {
                scalars.append("I")
                scalars.append("T")
                index = source.index(index, offsetBy: 2)
                previousIsLatin = true
                continue
            }
            previousIsLatin = original.isASCII && isLatinWordByte(UInt8(original.value))
            index = source.index(after: index)
            var scalar = original
            if (0xFF01...0xFF5E).contains(scalar.value) { scalar = Unicode.Scalar(scalar.value - 0xFEE0)! }
            if scalar.isASCII {
                let v = scalar.value
                if v >= 0x41 && v <= 0x5A {
                    scalars.append(Unicode.Scalar(v + 0x20)!)
                } else if isWordScalar(scalar) {
                    scalars.append(scalar)
                } else {
                    scalars.append(" ")
                }
            } else if let folded = TraditionalToSimplified.map[scalar] {
                scalars.append(folded)
            } else if isCJK(scalar) {
                scalars.append(scalar)
            } else if scalar.properties.generalCategory == .nonspacingMark {
                continue
            } else if isWordScalar(scalar) {
                if scalar.properties.changesWhenLowercased {
                    scalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
                } else {
                    scalars.append(scalar)
                }
            } else {
                scalars.append(" ")
            }
        }
        return String(scalars)
    }

    /// Whether "IT" starts at `index` and no Latin letter, digit or apostrophe follows it.
    private static func isAcronymIT(_ source: String.UnicodeScalarView, at index: String.UnicodeScalarView.Index) -> Bool {
        let second = source.index(after: index)
        guard second < source.endIndex, source[second] == "T" else { return false }
        let after = source.index(after: second)
        guard after < source.endIndex else { return true }
        let next = source[after]
        return !(next.isASCII && isLatinWordByte(UInt8(next.value)))
    }

    /// ASCII letters, digits and the apostrophe: what an English word is made of.
    @inline(__always)
    static func isLatinWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x27
    }

    /// Scalars whose NFKC form differs in a way that matters for matching.
    @inline(__always)
    static func needsCompatibilityMapping(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x300 { return false }
        return (0x300...0x36F).contains(v) || (0x2150...0x218F).contains(v) || (0x2460...0x24FF).contains(v)
            || (0x2F00...0x2FDF).contains(v) || (0x3200...0x33FF).contains(v) || (0xF900...0xFAFF).contains(v)
            || (0xFB00...0xFB4F).contains(v) || (0xFF61...0xFFEF).contains(v) || (0x1D400...0x1D7FF).contains(v)
            || (0x2F800...0x2FA1F).contains(v)
    }

    /// Letters, digits and the apostrophe inside English words.
    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value
            return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39) || v == 0x27
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// Whether the scalar is a CJK ideograph or kana (tokenised by character pairs).
    @inline(__always)
    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (0x3400...0x4DBF).contains(value) || (0x4E00...0x9FFF).contains(value)
            || (0xF900...0xFAFF).contains(value) || (0x20000...0x2FFFF).contains(value)
            || (0x3040...0x30FF).contains(value)
    }

    /// Whether the character is a CJK ideograph.
    static func isCJK(_ character: Character) -> Bool {
        character.unicodeScalars.first.map(isCJK) ?? false
    }
}
