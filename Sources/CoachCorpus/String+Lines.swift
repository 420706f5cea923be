import Foundation

extension String {
    /// The lines of the text, found by a scan of its UTF-8 rather than Character by Character;
    /// the same lines as `split(separator: "\n", omittingEmptySubsequences: false)` (a `\r\n` is
    /// then one Character, not a break) or, with `breakingCRLF`, as splitting on `"\n"` and
    /// `"\r\n"` both.
    ///
    /// Every line feed is a Character boundary (nothing combines with it) and only a carriage
    /// return before it joins it, so the byte scan finds exactly the Characters those splits do.
    ///
    /// - Complexity: O(n) in the bytes of the text.
    func lines(breakingCRLF: Bool) -> [Substring] {
        var result: [Substring] = []
        let bytes = utf8
        var start = bytes.startIndex
        var index = start
        var previous: UInt8 = 0
        while index != bytes.endIndex {
            let byte = bytes[index]
            if byte == 0x0A, breakingCRLF || previous != 0x0D {
                let end = breakingCRLF && previous == 0x0D ? bytes.index(before: index) : index
                result.append(self[start..<end])
                start = bytes.index(after: index)
            }
            previous = byte
            index = bytes.index(after: index)
        }
        result.append(self[start..<bytes.endIndex])
        return result
    }

    /// The text without leading and trailing `.whitespacesAndNewlines`, as Foundation's
    /// `trimmingCharacters(in:)` gives it, but without calling Foundation when neither end is
    /// white space (almost every value in a corpus file).
    var trimmingWhitespaceAndNewlines: String { trimming(.whitespacesAndNewlines) }
}

extension StringProtocol {
    /// `trimmingCharacters(in: set)`, without calling Foundation when neither the first nor the
    /// last Unicode scalar is in `set` (then there is nothing to trim).
    func trimming(_ set: CharacterSet) -> String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last,
              set.contains(first) || set.contains(last) else { return String(self) }
        return trimmingCharacters(in: set)
    }
}
