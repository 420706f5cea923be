/// A problem found in a file, reported like a compiler: `path:line:column: error: message`.
public struct Diagnostic: Error, Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Codable {
        case error, warning
    }

    public var file: String
    public var line: Int
    public var column: Int
    public var severity: Severity
    public var message: String

    public init(file: String, line: Int, column: Int, severity: Severity = .error, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
    }

    public var description: String { "\(file):\(line):\(column): \(severity.rawValue): \(message)" }

    /// The diagnostic with its severity word in `language`: `a.yaml:3:5: 错误：…` in Chinese.
    public func description(_ language: Language) -> String {
        switch (language, severity) {
        case (.en, _): description
        case (.zhHans, .error): "\(file):\(line):\(column): 错误：\(message)"
        case (.zhHans, .warning): "\(file):\(line):\(column): 警告：\(message)"
        case (.zhHant, .error): "\(file):\(line):\(column): 錯誤：\(message)"
        case (.zhHant, .warning): "\(file):\(line):\(column): 警告：\(message)"
        }
    }
}

/// One or more diagnostics thrown together (a file with errors imports nothing).
public struct DiagnosticError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

/// Suggests the closest known word for a misspelling ("did you mean …?").
public enum Suggestion {
    /// The candidate nearest to `word` by edit distance, if it is close enough to be a likely typo.
    public static func closest(to word: String, in candidates: [String]) -> String? {
        let lower = word.lowercased()
        var best: (String, Int)?
        for candidate in candidates {
            let distance = editDistance(lower, candidate.lowercased())
            if best == nil || distance < best!.1 { best = (candidate, distance) }
        }
        guard let (candidate, distance) = best else { return nil }
        // Short words allow one slip (`/lgo`), not two (`/foo` is not `/log`).
        let shorter = min(word.count, candidate.count)
        let limit = shorter <= 4 ? 1 : max(2, shorter / 3)
        if distance <= limit { return candidate }
        if candidate.lowercased().hasPrefix(lower) || lower.hasPrefix(candidate.lowercased()) { return candidate }
        return nil
    }

    /// Formats " (did you mean 'x'?)" or an empty string.
    public static func hint(for word: String, in candidates: [String]) -> String {
        closest(to: word, in: candidates).map { " (did you mean '\($0)'?)" } ?? ""
    }

    /// Edit distance over characters where swapping two neighbours counts as one edit
    /// (`/opne` is one slip from `/open`; optimal string alignment). O(n·m).
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var beforePrevious = Array(repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }
}
