import CoachCore

/// Wraps text to a terminal width by display columns, breaking only between words.
///
/// A line breaks at spaces between Latin words and between two Chinese words (ICU's dictionary:
/// 指令, 自問自答, see `WordBoundaries`), but never inside
/// a Latin word, a command (`/rule`), a number (`3.5`), an id (`east-post`), a short bracketed
/// hint (`（是/否）`, `(yes/no)`), a command in backquotes no wider than the line, or a phrase the
/// caller names in `keepTogether` (people's names, role labels: `吳佩珊`, `Sarah Whitfield`, `教練`). Closing punctuation (，。、」）…) stays with
/// the word before it and opening punctuation (「（) with the word after it; a no-break space
/// (U+00A0) or word joiner (U+2060) binds its neighbours and is shown as a space. Only a single unit
/// wider than the whole line is cut by columns.
///
/// ```swift
/// TextWrapper.wrap("教練：吳佩珊，先回覆（是/否）", width: 14, keepTogether: KeepTogether(["吳佩珊", "教練"]))
/// // ["教練：吳佩珊，", "先回覆（是/否）"]
/// ```
/// - Complexity: O(n · p) in the characters of the text and the longest phrase starting with the
///   same character.
public enum TextWrapper {
    /// Characters that never start a line: they stay with the word before.
    static let closing: Set<Character> = [
        "，", "。", "、", "；", "：", "？", "！", "」", "』", "）", "》", "〉", "】", "〕", "…", "·",
        ",", ".", ";", ":", "?", "!", ")", "]", "}", "%", "％",
    ]
    /// Characters that never end a line: they stay with the word after.
    static let opening: Set<Character> = ["「", "『", "（", "《", "〈", "【", "〔", "(", "[", "{"]
    /// The closing bracket of each bracket that may hold a hint kept on one line.
    static let pairs: [Character: Character] = [
        "（": "）", "(": ")", "【": "】", "[": "]", "《": "》", "「": "」", "『": "』", "〈": "〉",
    ]
    /// U+00A0: a space the line never breaks at (`"6\u{00A0}吳佩珊\u{00A0}[C]"` stays whole).
    public static let noBreakSpace: Character = "\u{00A0}"
    /// U+2060: joins two characters the line must not break between.
    public static let wordJoiner: Character = "\u{2060}"
    /// A bracketed hint wider than this (in columns, or half the line) may break inside, like any other text.
    static let longestHint = 24

    /// Wraps each paragraph of `text` to `width` columns, continuing lines with `indent`.
    ///
    /// A list item (`- `, `* `, `> `, `3. `) continues under its text, not under its marker.
    public static func wrap(_ text: String, width: Int, indent: String = "", keepTogether: KeepTogether = .none) -> [String] {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lines.append(contentsOf: wrapLine(String(paragraph), width: max(width, 10), indent: indent, keep: keepTogether))
        }
        // No-break marks have done their work: show a plain space, drop the joiner.
        guard text.contains(where: { $0 == noBreakSpace || $0 == wordJoiner }) else { return lines }
        return lines.map { line in
            String(line.compactMap { $0 == noBreakSpace ? " " : $0 == wordJoiner ? nil : $0 })
        }
    }

    private static func wrapLine(_ line: String, width: Int, indent: String, keep: KeepTogether) -> [String] {
        guard DisplayWidth.of(line) > width else { return [line] }
        let continuation = indent + hangingIndent(line)
        let continuationWidth = DisplayWidth.of(continuation)

        var result: [String] = []
        var current = ""
        var currentWidth = 0
        var hasContent = false
        var pendingSpace = ""
        func breakLine() {
            result.append(current)
            current = continuation
            currentWidth = continuationWidth
            hasContent = false
            pendingSpace = ""
        }
        for unit in units(of: line, keep: keep, width: width) {
            let unitWidth = DisplayWidth.of(unit)
            if unit.first == " " {
                if hasContent {
                    pendingSpace += unit
                } else if result.isEmpty {
                    // Leading indentation of the paragraph's first line.
                    current += unit
                    currentWidth += unitWidth
                }
                continue
            }
            let spaceWidth = pendingSpace.count
            if hasContent, currentWidth + spaceWidth + unitWidth > width {
                breakLine()
            }
            if unitWidth > width - currentWidth - pendingSpace.count {
                // Wider than a whole line: cut by columns.
                current += pendingSpace
                currentWidth += pendingSpace.count
                pendingSpace = ""
                for character in unit {
                    let w = DisplayWidth.of(character)
                    if currentWidth + w > width, currentWidth > continuationWidth, !closing.contains(character) { breakLine() }
                    current.append(character)
                    currentWidth += w
                    hasContent = true
                }
                continue
            }
            current += pendingSpace + unit
            currentWidth += pendingSpace.count + unitWidth
            pendingSpace = ""
            hasContent = true
        }
        if hasContent || result.isEmpty { result.append(current) }
        return result
    }

    /// The indent that puts continuation lines of a list item under its text.
    private static func hangingIndent(_ line: String) -> String {
        let leading = String(line.prefix { $0 == " " })
        let rest = line.dropFirst(leading.count)
        for marker in ["- ", "* ", "> "] where rest.hasPrefix(marker) {
            return leading + String(repeating: " ", count: marker.count)
        }
        if let dot = rest.firstIndex(of: "."), dot > rest.startIndex, rest[rest.startIndex..<dot].allSatisfy(\.isNumber),
           rest.index(after: dot) < rest.endIndex, rest[rest.index(after: dot)] == " " {
            return leading + String(repeating: " ", count: rest.distance(from: rest.startIndex, to: dot) + 2)
        }
        return leading
    }

    /// Splits a line into units that are never broken: runs of spaces, Latin words (with any
    /// punctuation attached), Chinese words, short bracketed hints and kept phrases;
    /// closing punctuation joins the unit before, opening punctuation the unit after.
    static func units(of line: String, keep: KeepTogether, width: Int = .max) -> [String] {
        // A hint takes at most half a line, so that keeping it whole never leaves a line near empty.
        let hintWidth = min(longestHint, width / 2)
        let characters = Array(line)
        var raw: [String] = []
        var index = 0
        let bound = characters.contains(noBreakSpace)
        var wordEnds: [Int]?
        while index < characters.count {
            let character = characters[index]
            var chunkEnd = index
            while bound, chunkEnd < characters.count, characters[chunkEnd] != " " { chunkEnd += 1 }
            if bound, character != " ", characters[index..<chunkEnd].contains(noBreakSpace) {
                // Words joined by no-break spaces are one unit, up to the next ordinary space.
                raw.append(String(characters[index..<chunkEnd]))
                index = chunkEnd
            } else if let length = keep.match(characters, at: index) {
                raw.append(String(characters[index..<index + length]))
                index += length
            } else if character == " " {
                var end = index
                while end < characters.count, characters[end] == " " { end += 1 }
                raw.append(String(characters[index..<end]))
                index = end
            } else if character == "`", let end = characters[(index + 1)...].firstIndex(of: "`"),
                      DisplayWidth.of(String(characters[index...end])) <= width {
                // A command in backquotes, copied as a whole.
                raw.append(String(characters[index...end]))
                index = end + 1
            } else if let end = hintEnd(characters, at: index, limit: hintWidth) {
                raw.append(String(characters[index...end]))
                index = end + 1
            } else if DisplayWidth.of(character) == 2, character.isLetter, !closing.contains(character), !opening.contains(character) {
                // A Chinese word as the dictionary has it (指令, 自問自答), unless a kept phrase or a
                // hint starts inside it: those keep their own bounds.
                if wordEnds == nil { wordEnds = WordBoundaries.ends(in: characters) }
                let wordEnd = wordEnds!.first { $0 > index } ?? index + 1
                var end = index + 1
                while end < wordEnd, DisplayWidth.of(characters[end]) == 2, characters[end].isLetter,
                      keep.match(characters, at: end) == nil {
                    end += 1
                }
                raw.append(String(characters[index..<end]))
                index = end
            } else if DisplayWidth.of(character) == 2 || closing.contains(character) || opening.contains(character) {
                raw.append(String(character))
                index += 1
            } else {
                var end = index
                while end < characters.count {
                    let next = characters[end]
                    if next == " " || DisplayWidth.of(next) == 2 { break }
                    if end > index, opening.contains(next), keep.match(characters, at: end) == nil, hintEnd(characters, at: end, limit: hintWidth) != nil { break }
                    end += 1
                }
                raw.append(String(characters[index..<end]))
                index = end
            }
        }
        // Glue punctuation to its word: closing to the unit before, opening to the unit after.
        var units: [String] = []
        var carry = ""
        for unit in raw {
            if unit.first == " " {
                if !carry.isEmpty { units.append(carry); carry = "" }
                units.append(unit)
            } else if carry.isEmpty, let first = unit.first, let last = units.last, last.first != " ",
                      unit.count == 1 && closing.contains(first) || first == noBreakSpace || first == wordJoiner
                        || last.last == noBreakSpace || last.last == wordJoiner {
                units[units.count - 1] += unit
            } else if let last = unit.last, opening.contains(last) || last == noBreakSpace || last == wordJoiner {
                carry += unit
            } else {
                units.append(carry + unit)
                carry = ""
            }
        }
        if !carry.isEmpty { units.append(carry) }
        return units
    }

    /// The index of the closing bracket of a short hint opening at `index`, if there is one.
    private static func hintEnd(_ characters: [Character], at index: Int, limit: Int) -> Int? {
        guard let close = pairs[characters[index]] else { return nil }
        var width = DisplayWidth.of(characters[index])
        var end = index + 1
        while end < characters.count {
            let character = characters[end]
            width += DisplayWidth.of(character)
            if width > limit || character == characters[index] { return nil }
            if character == close { return end }
            end += 1
        }
        return nil
    }
}

/// Phrases a line must not be broken inside: people's names, account names, role labels.
///
/// ```swift
/// let keep = KeepTogether(["吳佩珊", "Sarah Whitfield"])
/// ```
public struct KeepTogether: Sendable {
    /// Phrases by their first character, longest first.
    private var byFirst: [Character: [[Character]]] = [:]

    /// Nothing kept together beyond words.
    public static let none = KeepTogether([])

    /// Keeps every phrase of two or more characters (single characters never need it).
    public init(_ phrases: some Sequence<String>) {
        for phrase in Set(phrases) where phrase.count > 1 {
            byFirst[phrase.first!, default: []].append(Array(phrase))
        }
        for key in byFirst.keys { byFirst[key]!.sort { $0.count > $1.count } }
    }

    /// Whether nothing is kept together.
    public var isEmpty: Bool { byFirst.isEmpty }

    /// The length of the longest phrase starting at `index` in `characters`, if any.
    func match(_ characters: [Character], at index: Int) -> Int? {
        guard let candidates = byFirst[characters[index]] else { return nil }
        for phrase in candidates where index + phrase.count <= characters.count {
            guard characters[index..<index + phrase.count].elementsEqual(phrase) else { continue }
            // A Latin name ends at a word boundary: "Tom" is not kept inside "Tomato".
            let end = index + phrase.count
            if end < characters.count, let last = phrase.last, last.isLetter || last.isNumber,
               DisplayWidth.of(last) == 1, characters[end].isLetter || characters[end].isNumber,
               DisplayWidth.of(characters[end]) == 1 {
                continue
            }
            return phrase.count
        }
        return nil
    }
}
