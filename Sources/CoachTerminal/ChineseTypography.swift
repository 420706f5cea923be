/// Chinese punctuation as a typesetter would leave it: full-width marks take no space after
/// them, and a semicolon or colon between Chinese text is the full-width one.
///
/// Only spaces and marks next to CJK characters change, so English text passes through as it is.
///
/// ```swift
/// ChineseTypography.tidy("把他培養成教練。 問清楚; 再約") // "把他培養成教練。問清楚；再約"
/// ```
/// - Complexity: O(n) in the characters of the text.
public enum ChineseTypography {
    static let fullWidthMarks: Set<Character> = ["。", "，", "、", "；", "：", "？", "！", "」", "』", "）", "》"]
    static let halfToFull: [Character: Character] = [";": "；"]

    public static func tidy(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value >= 0x3000 }) else { return text }
        let characters = Array(text)
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            // A half-width ; right after Chinese and before Chinese (spaces between) is full width.
            if let full = halfToFull[character], index > 0, isCJK(characters[index - 1]) {
                var next = index + 1
                while next < characters.count, characters[next] == " " { next += 1 }
                if next < characters.count, isCJK(characters[next]) {
                    result.append(full)
                    index = next
                    continue
                }
            }
            result.append(character)
            // No space after a full-width mark when Chinese text follows (indentation at a line start stays).
            if fullWidthMarks.contains(character) {
                var next = index + 1
                while next < characters.count, characters[next] == " " { next += 1 }
                if next > index + 1, next < characters.count, isCJK(characters[next]) || characters[next] == "「" || characters[next] == "（" {
                    index = next
                    continue
                }
            }
            index += 1
        }
        return result
    }

    /// Han characters and kana.
    static func isCJK(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FFFD: return true
        default: return false
        }
    }
}
