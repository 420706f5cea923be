import _FoundationICU

/// Where a line of Chinese may break: between the words ICU's dictionary finds, never inside one.
///
/// Chinese has no spaces, so a wrapper that breaks between any two characters cuts 指令 into 指|令
/// and 自問自答 into 自|問自答. ICU's word break iterator (the dictionary Foundation ships in
/// `_FoundationICU`) knows Simplified and Traditional words.
///
/// ```swift
/// WordBoundaries.ends(in: Array("輸入指令"))   // [2, 4]: 輸入 | 指令
/// ```
/// - Complexity: O(n) in the characters of the line.
public enum WordBoundaries {
    /// The character offsets at which a word ends (the text's end included), ascending.
    public static func ends(in characters: [Character]) -> [Int] {
        guard !characters.isEmpty else { return [] }
        // ICU speaks UTF-16 offsets; remember where each character starts in them.
        var utf16: [UInt16] = []
        var characterAt: [Int32: Int] = [:]
        for (index, character) in characters.enumerated() {
            characterAt[Int32(utf16.count)] = index
            utf16.append(contentsOf: character.utf16)
        }
        characterAt[Int32(utf16.count)] = characters.count
        var offsets: [Int32] = []
        utf16.withUnsafeBufferPointer { buffer in
            var status = U_ZERO_ERROR
            guard let iterator = swift_ubrk_open(UBRK_WORD, "zh", buffer.baseAddress, Int32(buffer.count), &status),
                  status.rawValue <= U_ZERO_ERROR.rawValue else { return }
            defer { swift_ubrk_close(iterator) }
            var boundary = swift_ubrk_first(iterator)
            while boundary != UBRK_DONE {
                offsets.append(boundary)
                boundary = swift_ubrk_next(iterator)
            }
        }
        // A boundary inside a character (ICU sees code points, Swift sees grapheme clusters) is no boundary.
        let ends = offsets.compactMap { characterAt[$0] }.filter { $0 > 0 }
        // Without ICU's answer, every character is its own word: the wrapper's old behaviour.
        return ends.isEmpty ? Array(1...characters.count) : ends
    }
}
