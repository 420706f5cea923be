/// Folds Traditional Chinese characters to Simplified, character by character.
///
/// The table is ICU's "Traditional-Simplified" transform applied to each CJK character
/// (`scripts/gen-t2s.swift`); a lookup is O(1) and needs no ICU start-up.
public enum TraditionalToSimplified {
    static let map: [Character: Character] = {
        var map: [Character: Character] = [:]
        var pending: Character?
        for character in table where character != "\n" {
            if let from = pending {
                map[from] = character
                pending = nil
            } else {
                pending = character
            }
        }
        return map
    }()

    /// Characters that exist only in Simplified (the images of the table that are not also sources).
    static let simplifiedOnly: Set<Character> = Set(map.values).subtracting(map.keys)

    /// The text with every Traditional character replaced by its Simplified form.
    public static func fold(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            result.append(map[character] ?? character)
        }
        return result
    }

    /// Whether the character is Traditional-only (it has a different Simplified form).
    public static func isTraditional(_ character: Character) -> Bool { map[character] != nil }

    /// Whether the character is Simplified-only.
    public static func isSimplified(_ character: Character) -> Bool { simplifiedOnly.contains(character) }
}
