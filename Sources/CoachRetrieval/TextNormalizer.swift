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

    /// Lower-cases, folds Traditional to Simplified and turns everything but word characters into spaces.
    static func fold(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(text.utf8.count)
        for original in text.unicodeScalars {
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
