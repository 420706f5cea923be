/// Reads the part of YAML that corpus and account files are written in, without libyaml, Yams'
/// composer or tag resolution, into the tree Yams would compose from the same text; anything
/// outside that part it declines (returns nil), and the caller reads the text with Yams instead,
/// so no file is read differently and every error stays Yams' error.
///
/// Read: block mappings with plain one-line keys (a key without a value has an empty plain
/// scalar), block sequences (also at their key's indent), plain, single- and double-quoted scalars
/// on one line, flow sequences and mappings (over several lines when indented deeper than their
/// key), comments and blank lines. Declined: tabs, carriage returns, a byte order mark, control
/// characters, directives and document markers, anchors, aliases, tags, block scalars (`|`, `>`),
/// scalars over several lines, complex or quoted keys, merge keys, duplicate keys, empty sequence
/// entries, trailing commas, escapes other than `\\ \" \/ \n \t \uXXXX`, nesting deeper than
/// `maxDepth` and text with no node at all.
///
/// ```swift
/// YAMLSubsetReader.read("id: a\ntopics: [x, y]\n")   // a mapping of a scalar and a sequence
/// YAMLSubsetReader.read("id: &a x\n")                // nil: an anchor, read with Yams
/// ```
///
/// - Complexity: O(n) in the bytes of the text; recursion never deeper than `maxDepth`.
struct YAMLSubsetReader {
    /// Deeper than any corpus or account file nests; deeper text goes to Yams (and its guard).
    static let maxDepth = 32
    /// Longer keys go to Yams, which limits simple keys to 1024 characters.
    static let maxKeyBytes = 256

    /// The tree of `text`, or nil when the text is outside the subset (or has no node).
    static func read(_ text: String) -> YAMLTree? {
        var copy = text
        return copy.withUTF8 { bytes -> YAMLTree? in
            var reader = YAMLSubsetReader(bytes: bytes)
            guard reader.splitLines() else { return nil }
            return reader.document()
        }
    }

    /// A line with content (not blank, not only a comment): its number, where its bytes start and
    /// end (before the line feed) and its indent in spaces.
    private struct Line {
        var number: Int
        var start: Int
        var end: Int
        var indent: Int
        var content: Int { start + indent }
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var lines: [Line] = []
    /// The content line being read.
    private var current = 0
    private let lastMark = LastMark()

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    // MARK: Lines

    /// Splits the text into content lines; false on a byte that libyaml treats specially or
    /// refuses (tab, CR, controls, DEL, C1 controls and NEL, LS, PS, BOM, U+FFFE, U+FFFF) and on
    /// directives and document markers.
    private mutating func splitLines() -> Bool {
        let count = bytes.count
        var index = 0
        var lineStart = 0
        var number = 1
        while index <= count {
            if index == count || bytes[index] == 0x0A {
                var indent = 0
                while lineStart + indent < index, bytes[lineStart + indent] == 0x20 { indent += 1 }
                let first = lineStart + indent
                if first < index, bytes[first] != UInt8(ascii: "#") {
                    if indent == 0, isMarker(at: first, end: index) { return false }
                    lines.append(Line(number: number, start: lineStart, end: index, indent: indent))
                }
                number += 1
                index += 1
                lineStart = index
                continue
            }
            let byte = bytes[index]
            if byte < 0x20 || byte == 0x7F { return false }
            if byte == 0xC2, index + 1 < count, (0x80...0x9F).contains(bytes[index + 1]) { return false }
            if byte == 0xE2, index + 2 < count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 {
                return false
            }
            if byte == 0xEF, index + 2 < count,
               (bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF) || (bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE) {
                return false
            }
            index += 1
        }
        return true
    }

    /// `%` (a directive), `---` or `...` at the start of a line.
    private func isMarker(at position: Int, end: Int) -> Bool {
        if bytes[position] == UInt8(ascii: "%") { return true }
        guard position + 3 <= end else { return false }
        let first = bytes[position]
        guard first == UInt8(ascii: "-") || first == UInt8(ascii: ".") else { return false }
        return bytes[position + 1] == first && bytes[position + 2] == first
            && (position + 3 == end || bytes[position + 3] == 0x20)
    }

    // MARK: Blocks

    private mutating func document() -> YAMLTree? {
        guard !lines.isEmpty, let root = block(depth: 0), current == lines.count else { return nil }
        return root
    }

    /// The block collection starting at the current line's content.
    private mutating func block(depth: Int) -> YAMLTree? {
        guard depth < Self.maxDepth, current < lines.count else { return nil }
        let line = lines[current]
        if isEntry(line) { return sequence(indent: line.indent, depth: depth) }
        return mapping(indent: line.indent, firstKey: line.content, depth: depth)
    }

    /// Whether `line` is a sequence entry: `-` then a space or the end of the line.
    private func isEntry(_ line: Line) -> Bool {
        let position = line.content
        return bytes[position] == UInt8(ascii: "-") && (position + 1 == line.end || bytes[position + 1] == 0x20)
    }

    /// A block mapping whose keys are at column `indent` (0-based), the first at byte `firstKey`
    /// of the current line (after `- ` when the mapping is a sequence entry).
    private mutating func mapping(indent: Int, firstKey: Int, depth: Int) -> YAMLTree? {
        guard depth < Self.maxDepth else { return nil }
        var entries: [YAMLTree.Entry] = []
        var keys = KeySet()
        var position = firstKey
        while true {
            let line = lines[current]
            guard let (key, afterColon) = plainKey(at: position, end: line.end), keys.insert(key, entries) else { return nil }
            let keyMark = mark(line, position)
            let rest = skipSpaces(afterColon, end: line.end)
            let value: YAMLTree
            if rest == line.end || bytes[rest] == UInt8(ascii: "#") {
                // The value is on the lines below: deeper, or a sequence at the key's own indent;
                // or there is none, and the value is an empty plain scalar just after the colon.
                current += 1
                let next = current < lines.count ? lines[current] : nil
                if let next, next.indent > indent {
                    guard let nested = block(depth: depth + 1) else { return nil }
                    value = nested
                } else if let next, next.indent == indent, isEntry(next) {
                    guard let nested = sequence(indent: indent, depth: depth + 1) else { return nil }
                    value = nested
                } else {
                    value = .scalar("", isPlain: true, mark(line, afterColon))
                }
            } else {
                guard let inline = inlineValue(at: rest, blockIndent: indent, depth: depth + 1) else { return nil }
                value = inline
                current += 1
            }
            entries.append(YAMLTree.Entry(key: key, keyMark: keyMark, value: value))
            guard current < lines.count else { break }
            let next = lines[current]
            if next.indent < indent { break }
            // Deeper would continue a plain scalar over lines; an entry here is not allowed.
            guard next.indent == indent, !isEntry(next) else { return nil }
            position = next.content
        }
        return .mapping(entries, entries[0].keyMark)
    }

    /// A block sequence whose `-` are at column `indent`, starting at the current line.
    private mutating func sequence(indent: Int, depth: Int) -> YAMLTree? {
        guard depth < Self.maxDepth else { return nil }
        let first = lines[current]
        let sequenceMark = mark(first, first.content)
        var items: [YAMLTree] = []
        while true {
            let line = lines[current]
            let position = skipSpaces(line.content + 1, end: line.end)
            let item: YAMLTree
            if position == line.end || bytes[position] == UInt8(ascii: "#") {
                current += 1
                guard current < lines.count, lines[current].indent > indent, let nested = block(depth: depth + 1) else { return nil }
                item = nested
            } else if bytes[position] == UInt8(ascii: "-"), position + 1 == line.end || bytes[position + 1] == 0x20 {
                return nil
            } else if plainKey(at: position, end: line.end) != nil {
                // `- key: value`: a mapping whose keys line up after the `- `.
                guard let nested = mapping(indent: position - line.start, firstKey: position, depth: depth + 1) else { return nil }
                item = nested
            } else {
                guard let inline = inlineValue(at: position, blockIndent: indent, depth: depth + 1) else { return nil }
                item = inline
                current += 1
            }
            items.append(item)
            guard current < lines.count else { break }
            let next = lines[current]
            if next.indent < indent || (next.indent == indent && !isEntry(next)) { break }
            guard next.indent == indent else { return nil }
        }
        return .sequence(items, sequenceMark)
    }

    /// A plain key at `position` ending in `:` and a space or the end of the line, and the byte
    /// after the colon; nil when the line has none, or one this reader leaves to Yams.
    private func plainKey(at position: Int, end: Int) -> (String, Int)? {
        guard !isIndicator(bytes[position]) else { return nil }
        var index = position
        while index < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: ":"), index + 1 == end || bytes[index + 1] == 0x20 { break }
            if byte == UInt8(ascii: "#") { return nil }
            index += 1
        }
        guard index < end, index - position <= Self.maxKeyBytes, bytes[index - 1] != 0x20 else { return nil }
        let key = text(position, index)
        guard key != "<<" else { return nil }
        return (key, index + 1)
    }

    // MARK: Values

    /// A scalar or flow collection at byte `position` of the current line that takes the rest of
    /// it but a comment (a flow collection may go on over lines indented deeper than
    /// `blockIndent`); leaves `current` at the line where the value ends.
    private mutating func inlineValue(at position: Int, blockIndent: Int, depth: Int) -> YAMLTree? {
        var index = position
        let value: YAMLTree?
        switch bytes[position] {
        case UInt8(ascii: "["), UInt8(ascii: "{"):
            value = flow(at: &index, blockIndent: blockIndent, depth: depth)
        case UInt8(ascii: "\""):
            value = doubleQuoted(at: &index, line: lines[current])
        case UInt8(ascii: "'"):
            value = singleQuoted(at: &index, line: lines[current])
        default:
            guard startsPlain(at: position, end: lines[current].end) else { return nil }
            return plainBlockScalar(at: position, line: lines[current])
        }
        guard let value else { return nil }
        let end = lines[current].end
        let after = skipSpaces(index, end: end)
        guard after == end || (after > index && bytes[after] == UInt8(ascii: "#")) else { return nil }
        return value
    }

    /// A plain scalar in block context: up to the end of the line or ` #`, without trailing
    /// spaces; nil when it holds `: ` or ends in `:` (Yams would read a mapping or refuse it).
    private func plainBlockScalar(at position: Int, line: Line) -> YAMLTree? {
        var index = position
        var stop = line.end
        while index < line.end {
            let byte = bytes[index]
            if byte == UInt8(ascii: ":"), index + 1 == line.end || bytes[index + 1] == 0x20 { return nil }
            if byte == UInt8(ascii: "#"), bytes[index - 1] == 0x20 {
                stop = index
                break
            }
            index += 1
        }
        while stop > position, bytes[stop - 1] == 0x20 { stop -= 1 }
        return .scalar(text(position, stop), isPlain: true, mark(line, position))
    }

    /// A flow sequence or mapping, `index` at its bracket on the current line; leaves `index`
    /// after the closing bracket and `current` at its line. Every scalar in it ends on its line.
    private mutating func flow(at index: inout Int, blockIndent: Int, depth: Int) -> YAMLTree? {
        guard depth < Self.maxDepth else { return nil }
        let isMapping = bytes[index] == UInt8(ascii: "{")
        let close = isMapping ? UInt8(ascii: "}") : UInt8(ascii: "]")
        let flowMark = mark(lines[current], index)
        var items: [YAMLTree] = []
        var entries: [YAMLTree.Entry] = []
        var keys = KeySet()
        index += 1
        guard skipFlowSpace(&index, blockIndent: blockIndent) else { return nil }
        if bytes[index] == close {
            index += 1
            return isMapping ? .mapping([], flowMark) : .sequence([], flowMark)
        }
        while true {
            if isMapping {
                let line = lines[current]
                let keyStart = index
                guard startsPlain(at: index, end: line.end),
                      let key = flowPlain(at: &index, end: line.end),
                      index + 1 < line.end, bytes[index] == UInt8(ascii: ":"), bytes[index + 1] == 0x20,
                      keys.insert(key, entries) else { return nil }
                index = skipSpaces(index + 1, end: line.end)
                guard index < line.end, let value = flowValue(at: &index, blockIndent: blockIndent, depth: depth + 1) else { return nil }
                entries.append(YAMLTree.Entry(key: key, keyMark: mark(line, keyStart), value: value))
            } else {
                guard let value = flowValue(at: &index, blockIndent: blockIndent, depth: depth + 1) else { return nil }
                items.append(value)
            }
            guard skipFlowSpace(&index, blockIndent: blockIndent) else { return nil }
            if bytes[index] == close {
                index += 1
                break
            }
            guard bytes[index] == UInt8(ascii: ",") else { return nil }
            index += 1
            // A trailing comma is left to Yams.
            guard skipFlowSpace(&index, blockIndent: blockIndent), bytes[index] != close, bytes[index] != UInt8(ascii: ",") else {
                return nil
            }
        }
        return isMapping ? .mapping(entries, flowMark) : .sequence(items, flowMark)
    }

    /// Moves `index` past spaces, a comment after a space and line ends inside a flow collection,
    /// to the next character; false at the end of the text, at a `#` right after a character, or
    /// on a line not indented deeper than `blockIndent`.
    private mutating func skipFlowSpace(_ index: inout Int, blockIndent: Int) -> Bool {
        while true {
            let line = lines[current]
            let before = index
            index = skipSpaces(index, end: line.end)
            if index < line.end {
                guard bytes[index] == UInt8(ascii: "#") else { return true }
                guard index > before || index == line.content else { return false }
            }
            current += 1
            guard current < lines.count, lines[current].indent > blockIndent else { return false }
            index = lines[current].content
        }
    }

    /// A value inside a flow collection, on the current line.
    private mutating func flowValue(at index: inout Int, blockIndent: Int, depth: Int) -> YAMLTree? {
        let line = lines[current]
        switch bytes[index] {
        case UInt8(ascii: "["), UInt8(ascii: "{"):
            return flow(at: &index, blockIndent: blockIndent, depth: depth)
        case UInt8(ascii: "\""):
            return doubleQuoted(at: &index, line: line)
        case UInt8(ascii: "'"):
            return singleQuoted(at: &index, line: line)
        default:
            let start = index
            guard startsPlain(at: index, end: line.end), let text = flowPlain(at: &index, end: line.end) else { return nil }
            return .scalar(text, isPlain: true, mark(line, start))
        }
    }

    /// A plain scalar inside a flow collection: up to `,`, a bracket or `: ` on its line, without
    /// trailing spaces (`:` before another character is part of it, as libyaml reads it); nil when
    /// empty, when it reaches the end of the line (it would go on over the next), before a comment,
    /// or at a `:` libyaml refuses (before `,?[]{}`).
    private func flowPlain(at index: inout Int, end: Int) -> String? {
        let start = index
        while index < end {
            switch bytes[index] {
            case UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"):
                break
            case UInt8(ascii: ":"):
                guard index + 1 < end else { return nil }
                let next = bytes[index + 1]
                if next == 0x20 { break }
                switch next {
                case UInt8(ascii: ","), UInt8(ascii: "?"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"):
                    return nil
                default:
                    index += 1
                    continue
                }
            case UInt8(ascii: "#") where bytes[index - 1] == 0x20:
                return nil
            default:
                index += 1
                continue
            }
            var stop = index
            while stop > start, bytes[stop - 1] == 0x20 { stop -= 1 }
            return stop > start ? text(start, stop) : nil
        }
        return nil
    }

    /// A double-quoted scalar closed on its line, `index` at the opening quote; leaves `index`
    /// after the closing one.
    private func doubleQuoted(at index: inout Int, line: Line) -> YAMLTree? {
        let start = index
        let end = line.end
        var out: [UInt8] = []
        index += 1
        while true {
            guard index < end else { return nil }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") { break }
            if byte == UInt8(ascii: "\\") {
                guard index + 1 < end else { return nil }
                let escaped = bytes[index + 1]
                index += 2
                switch escaped {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escaped)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    guard index + 4 <= end, let value = hex(index, index + 4),
                          let scalar = Unicode.Scalar(value) else { return nil }
                    out.append(contentsOf: Array(String(Character(scalar)).utf8))
                    index += 4
                default:
                    return nil
                }
                continue
            }
            out.append(byte)
            index += 1
        }
        index += 1
        return .scalar(String(decoding: out, as: UTF8.self), isPlain: false, mark(line, start))
    }

    /// A single-quoted scalar closed on its line (`''` is one quote).
    private func singleQuoted(at index: inout Int, line: Line) -> YAMLTree? {
        let start = index
        let end = line.end
        var out: [UInt8] = []
        index += 1
        while true {
            guard index < end else { return nil }
            let byte = bytes[index]
            if byte == UInt8(ascii: "'") {
                if index + 1 < end, bytes[index + 1] == UInt8(ascii: "'") {
                    out.append(byte)
                    index += 2
                    continue
                }
                break
            }
            out.append(byte)
            index += 1
        }
        index += 1
        return .scalar(String(decoding: out, as: UTF8.self), isPlain: false, mark(line, start))
    }

    /// The keys of one mapping, to refuse a duplicate: a scan of the few entries most mappings
    /// have, a set once there are more (a hostile file may have thousands of keys in one).
    private struct KeySet {
        private var set: Set<String>?

        /// Whether `key` is new among `entries` (the mapping's so far); remembers it.
        mutating func insert(_ key: String, _ entries: [YAMLTree.Entry]) -> Bool {
            if set == nil, entries.count >= 16 { set = Set(entries.map(\.key)) }
            if set != nil { return set!.insert(key).inserted }
            return !entries.contains { $0.key == key }
        }
    }

    // MARK: Bytes

    /// Characters that cannot start a plain scalar (`-` only before a space, checked apart).
    private func isIndicator(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["),
             UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"),
             UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"),
             UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"):
            true
        default:
            false
        }
    }

    /// Whether a plain scalar may start at `position`: not an indicator, but `-` before a
    /// character that is not a space (`-5`).
    private func startsPlain(at position: Int, end: Int) -> Bool {
        let byte = bytes[position]
        if byte == UInt8(ascii: "-") {
            return position + 1 < end && bytes[position + 1] != 0x20 && !isIndicator(bytes[position + 1])
        }
        return !isIndicator(byte)
    }

    private func skipSpaces(_ index: Int, end: Int) -> Int {
        var index = index
        while index < end, bytes[index] == 0x20 { index += 1 }
        return index
    }

    private func text(_ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    /// The value of four hexadecimal digits, or nil.
    private func hex(_ start: Int, _ end: Int) -> UInt32? {
        var value: UInt32 = 0
        for index in start..<end {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value * 16 + UInt32(digit)
        }
        return value
    }

    /// The position of byte `position` of `line`, its column counted in Unicode scalars from the
    /// last position asked for on that line (marks come in file order), so a long line of many
    /// scalars costs its length once, not once per scalar.
    private func mark(_ line: Line, _ position: Int) -> SourceMark {
        var column = 1
        var index = line.start
        if lastMark.line == line.number, lastMark.position <= position {
            column = lastMark.column
            index = lastMark.position
        }
        while index < position {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        lastMark.line = line.number
        lastMark.position = position
        lastMark.column = column
        return SourceMark(line: line.number, column: column)
    }

    /// The last position `mark` counted to.
    private final class LastMark {
        var line = 0
        var position = 0
        var column = 1
    }
}
