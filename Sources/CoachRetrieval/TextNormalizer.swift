import Foundation

/// Normalises text for matching: NFKC (full-width to half-width), lower case, Traditional folded
/// to Simplified, punctuation to spaces.
public enum TextNormalizer {
    /// - Complexity: O(n) in Unicode scalars.
    public static func normalize(_ text: String) -> String {
        let compatible = text.precomposedStringWithCompatibilityMapping.lowercased()
        var scalars = String.UnicodeScalarView()
        for scalar in compatible.unicodeScalars {
            if let folded = TraditionalToSimplified.map[scalar] {
                scalars.append(folded)
            } else if isWordScalar(scalar) {
                scalars.append(scalar)
            } else if scalar.properties.generalCategory == .nonspacingMark {
                continue
            } else {
                scalars.append(" ")
            }
        }
        return String(scalars)
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
