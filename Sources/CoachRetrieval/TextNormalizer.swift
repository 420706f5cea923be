import Foundation

/// Normalises text for matching: NFKC (full-width to half-width), lower case, Traditional folded
/// to Simplified, punctuation to spaces.
public enum TextNormalizer {
    public static func normalize(_ text: String) -> String {
        let compatible = text.precomposedStringWithCompatibilityMapping.lowercased()
        var result = ""
        result.reserveCapacity(compatible.utf8.count)
        for character in compatible {
            if let folded = TraditionalToSimplified.map[character] {
                result.append(folded)
            } else if character.isLetter || character.isNumber || character == "-" || character == "'" {
                result.append(character)
            } else {
                result.append(" ")
            }
        }
        return result
    }

    /// Whether the character is a CJK ideograph (tokenised by character pairs).
    static func isCJK(_ character: Character) -> Bool {
        guard let value = character.unicodeScalars.first?.value else { return false }
        return (0x3400...0x4DBF).contains(value) || (0x4E00...0x9FFF).contains(value)
            || (0xF900...0xFAFF).contains(value) || (0x20000...0x2FFFF).contains(value)
            || (0x3040...0x30FF).contains(value)
    }
}
