/// Folds Traditional Chinese characters to Simplified, character by character.
///
/// The table is ICU's "Traditional-Simplified" transform applied to each CJK character
/// (`scripts/gen-t2s.swift`); a lookup is O(1) and needs no ICU start-up.
public enum TraditionalToSimplified {
    /// Each Traditional-only scalar and its Simplified form (for loops that fold scalar by scalar).
    public static let map: [Unicode.Scalar: Unicode.Scalar] = {
        var map: [Unicode.Scalar: Unicode.Scalar] = [:]
        var pending: Unicode.Scalar?
        for scalar in table.unicodeScalars where scalar != "\n" {
            if let from = pending {
                map[from] = scalar
                pending = nil
            } else {
                pending = scalar
            }
        }
        return map
    }()

    /// Characters that exist only in Simplified: images of the table that ICU's Simplified-Traditional
    /// transform changes (了, 面, 里 are images too, but Traditional text uses them as well).
    static let simplifiedOnly: Set<Unicode.Scalar> = Set(simplifiedOnlyTable.unicodeScalars.filter { $0 != "\n" })

    /// The text with every Traditional character replaced by its Simplified form.
    public static func fold(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { scalars.append(map[scalar] ?? scalar) }
        return String(scalars)
    }

    /// Whether the character is Traditional-only (it has a different Simplified form).
    public static func isTraditional(_ character: Character) -> Bool {
        character.unicodeScalars.count == 1 && map[character.unicodeScalars.first!] != nil
    }

    /// Whether the character is Simplified-only.
    public static func isSimplified(_ character: Character) -> Bool {
        character.unicodeScalars.count == 1 && simplifiedOnly.contains(character.unicodeScalars.first!)
    }
}
