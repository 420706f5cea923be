import CoachCore

import Foundation
/// Wraps text to a terminal width by display columns.
///
/// Latin words wrap at spaces; CJK text may break between any two characters, but never before
/// closing punctuation (，。、；：？！」』）) nor after opening punctuation (「『（).
public enum TextWrapper {
    private static let noBreakBefore: Set<Character> = ["，", "。", "、", "；", "：", "？", "！", "」", "』", "）", "》", ",", ".", ";", ":", "?", "!", ")", "…"]
    private static let noBreakAfter: Set<Character> = ["「", "『", "（", "《", "("]

    /// Wraps each paragraph of `text` to `width` columns, continuing lines with `indent`.
    public static func wrap(_ text: String, width: Int, indent: String = "") -> [String] {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lines.append(contentsOf: wrapLine(String(paragraph), width: max(width, 10), indent: indent))
        }
        return lines
    }

    private static func wrapLine(_ line: String, width: Int, indent: String) -> [String] {
        guard DisplayWidth.of(line) > width else { return [line] }
        // Hanging indent for list items and quotes, so continuation lines align with the text.
        let leading = String(line.prefix { $0 == " " })
        var hang = leading
        let rest = line.dropFirst(leading.count)
        for marker in ["- ", "* ", "> "] where rest.hasPrefix(marker) {
            hang = leading + String(repeating: " ", count: marker.count)
        }
        if let dot = rest.firstIndex(of: "."), rest[rest.startIndex..<dot].allSatisfy(\.isNumber),
           rest.index(after: dot) < rest.endIndex, rest[rest.index(after: dot)] == " ", dot > rest.startIndex {
            hang = leading + String(repeating: " ", count: rest.distance(from: rest.startIndex, to: dot) + 2)
        }
        let continuation = indent + hang

        var result: [String] = []
        var current = ""
        var currentWidth = 0
        let tokens = tokenize(line)
        var index = 0
        while index < tokens.count {
            var token = tokens[index]
            // Keep closing punctuation with the token before it.
            while index + 1 < tokens.count, let first = tokens[index + 1].first, noBreakBefore.contains(first),
                  tokens[index + 1].count == 1 {
                index += 1
                token += tokens[index]
            }
            let tokenWidth = DisplayWidth.of(token)
            let isSpace = token.allSatisfy { $0 == " " }
            if currentWidth + tokenWidth > width, !current.trimmingTrailingSpaces().isEmpty,
               current != continuation, !(current.last.map(noBreakAfter.contains) ?? false) {
                result.append(current.trimmingTrailingSpaces())
                current = continuation
                currentWidth = DisplayWidth.of(continuation)
                if isSpace {
                    index += 1
                    continue
                }
            }
            if tokenWidth > width - currentWidth, !isSpace {
                // A single overlong token (a URL): split by columns.
                for character in token {
                    let w = DisplayWidth.of(character)
                    if currentWidth + w > width, currentWidth > DisplayWidth.of(continuation) {
                        result.append(current)
                        current = continuation
                        currentWidth = DisplayWidth.of(continuation)
                    }
                    current.append(character)
                    currentWidth += w
                }
            } else {
                current += token
                currentWidth += tokenWidth
            }
            index += 1
        }
        if !current.trimmingTrailingSpaces().isEmpty { result.append(current.trimmingTrailingSpaces()) }
        return result
    }

    /// Splits into Latin words, runs of spaces, and single wide characters.
    private static func tokenize(_ line: String) -> [String] {
        var tokens: [String] = []
        var word = ""
        for character in line {
            if character == " " {
                if !word.isEmpty, word.last != " " { tokens.append(word); word = "" }
                word.append(character)
            } else if DisplayWidth.of(character) == 2 || noBreakBefore.contains(character) && !word.isEmpty && DisplayWidth.of(character) == 2 {
                if !word.isEmpty { tokens.append(word); word = "" }
                tokens.append(String(character))
            } else {
                if word.last == " " { tokens.append(word); word = "" }
                word.append(character)
            }
        }
        if !word.isEmpty { tokens.append(word) }
        return tokens
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
