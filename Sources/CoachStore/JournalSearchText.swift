public import CoachCore
import CoachRetrieval

/// The searchable text of a visit log and the grams its full-text index holds.
///
/// A log's *folded* text is what `journal --search` has always matched: its content, account id,
/// visitor and the texts and departments of the follow-ups raised at it, through
/// `TextNormalizer.normalize` (lower case, half width, Traditional folded to Simplified, everything
/// but word characters a space). A word of a search matches a log when it occurs in that text.
///
/// The FTS5 index (`visitLogGrams`, tokenizer `ascii`, so every non-ASCII character is part of a
/// token and the tokens below stay whole) finds candidates for a word without reading every log:
/// - a run of CJK characters is indexed as its character pairs, and its last character alone, so
///   every character starts a token: a two-character word such as 投递 is one token, a longer word
///   all of its pairs, a one-character word a prefix query;
/// - any other run (letters, digits) is indexed as all of its suffixes, so a part of a word
///   (`post` in `eastpost`) is a prefix query.
/// Candidates are then checked against the folded text with `instr`, so results are exactly those
/// of a plain substring test.
public enum JournalSearchText {
    /// Tokens longer than this are cut (a query part longer than it is cut the same way).
    static let maximumToken = 48

    /// The folded text of a log.
    public static func folded(content: VisitLogContent, accountID: String, visitor: String, followUps: [(text: String, department: String?)]) -> String {
        let fields = content.searchableText + [accountID, visitor] + followUps.flatMap { [$0.text, $0.department ?? ""] }
        return TextNormalizer.normalize(fields.joined(separator: " \u{1F} "))
    }

    /// The words of a search, folded as the text is.
    public static func words(_ query: String) -> [String] {
        TextNormalizer.normalize(query).split(separator: " ").map(String.init)
    }

    /// Space-separated tokens of `folded` for the index.
    ///
    /// A run (`segments`) is a stretch of the text's own UTF-8, so each token is copied from it as
    /// bytes: a pair or the last character of a CJK run, a suffix of any other.
    ///
    /// - Complexity: O(n·k) for n characters and tokens of at most k (`maximumToken`), written
    ///   into one buffer.
    static func grams(_ folded: String) -> String {
        var folded = folded
        return folded.withUTF8 { utf8 in
            var out: [UInt8] = []
            out.reserveCapacity(utf8.count * 3)
            // Where each scalar of the current run starts (and, once it ends, where it ends).
            var starts: [Int] = []
            var runIsCJK = false
            func token(_ from: Int, _ to: Int) {
                if !out.isEmpty { out.append(0x20) }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[from..<to]))
            }
            func endRun(at end: Int) {
                let count = starts.count
                guard count > 0 else { return }
                starts.append(end)
                if runIsCJK {
                    for index in 0..<(count - 1) { token(starts[index], starts[index + 2]) }
                    token(starts[count - 1], end)
                } else {
                    for index in 0..<count { token(starts[index], starts[min(count, index + maximumToken)]) }
                }
                starts.removeAll(keepingCapacity: true)
            }
            var index = 0
            while index < utf8.count {
                let byte = utf8[index]
                var length = 1
                let scalar: Unicode.Scalar
                if byte < 0x80 {
                    // ASCII: letters and digits belong to runs, everything else ends one.
                    guard (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) else {
                        endRun(at: index)
                        index += 1
                        continue
                    }
                    scalar = Unicode.Scalar(byte)
                } else {
                    var value: UInt32
                    if byte >= 0xF0 {
                        length = 4
                        value = UInt32(byte & 0x07)
                    } else if byte >= 0xE0 {
                        length = 3
                        value = UInt32(byte & 0x0F)
                    } else {
                        length = 2
                        value = UInt32(byte & 0x1F)
                    }
                    for offset in 1..<length { value = value << 6 | UInt32(utf8[index + offset] & 0x3F) }
                    scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
                }
                let cjk = TextNormalizer.isCJKScalar(scalar)
                if !starts.isEmpty, cjk != runIsCJK { endRun(at: index) }
                runIsCJK = cjk
                starts.append(index)
                index += length
            }
            endRun(at: utf8.count)
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// The FTS5 query that finds every log whose folded text contains `word` (and maybe more);
    /// nil when the word has nothing the index can look up.
    static func match(_ word: String) -> String? {
        var terms: [String] = []
        for segment in segments(word) {
            let scalars = segment.scalars
            if segment.cjk && scalars.count >= 2 {
                for index in scalars.indices.dropLast() {
                    var pair = String.UnicodeScalarView()
                    pair.append(scalars[index])
                    pair.append(scalars[index + 1])
                    terms.append("\"\(String(pair))\"")
                }
            } else {
                var prefix = String.UnicodeScalarView()
                prefix.append(contentsOf: scalars.prefix(maximumToken))
                terms.append("\"\(String(prefix))\"*")
            }
        }
        return terms.isEmpty ? nil : terms.joined(separator: " AND ")
    }

    struct Segment {
        var scalars: [Unicode.Scalar]
        var cjk: Bool
    }

    /// Runs of CJK and of other token characters; spaces, the apostrophe and ASCII punctuation
    /// (separators for the `ascii` tokenizer) end a run.
    static func segments(_ text: String) -> [Segment] {
        var result: [Segment] = []
        var current: [Unicode.Scalar] = []
        var currentCJK = false
        func flush() {
            if !current.isEmpty { result.append(Segment(scalars: current, cjk: currentCJK)) }
            current = []
        }
        for scalar in text.unicodeScalars {
            if scalar.isASCII && !(scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) {
                flush()
                continue
            }
            let cjk = TextNormalizer.isCJKScalar(scalar)
            if !current.isEmpty && cjk != currentCJK { flush() }
            currentCJK = cjk
            current.append(scalar)
        }
        flush()
        return result
    }
}
