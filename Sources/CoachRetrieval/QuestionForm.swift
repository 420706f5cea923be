/// What the shape of a question says where its words do not: "did I…?", "have we…?" ask the way a
/// self-check does, though "did", "have", "I" and "we" are stop words. The shape's token is indexed
/// with the example questions that have it and added to a question of the same shape, so "did I
/// prepare my questions" finds the self-check before the tool for writing questions. "What is…?",
/// "who…?" ask what something is, as a knowledge rule says, not what to do about it.
///
/// ```swift
/// QuestionForm.isSelfCheck(Tokenizer.phraseUnits("did i prepare my questions"))  // true
/// ```
enum QuestionForm {
    /// The index token of the self-check shape (never a word: words have no `#`).
    static let selfCheckToken = "#f:self-check"

    /// Whether the phrase units (`Tokenizer.phraseUnits`) have "did I", "have we", "didn't I"…
    ///
    /// - Complexity: O(n) in the units.
    static func isSelfCheck(_ units: [String]) -> Bool {
        zip(units, units.dropFirst()).contains { auxiliaries.contains($0) && subjects.contains($1) }
    }

    /// Whether `normalized` (`TextNormalizer.normalizeForMatching`) asks what something is or who
    /// someone is ("what is a coach", "who usually signs", "what does IT care about", "教練是什麼"),
    /// the way a knowledge rule answers, not what to do ("what should I do", "who should I call").
    ///
    /// - Complexity: O(n) in the characters of `normalized`.
    static func isDefinition(_ normalized: String) -> Bool {
        let words = normalized.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(String.init)
        if let first = words.first, words.count > 1 {
            let second = words[1], third = words.count > 2 ? words[2] : ""
            let doer: Set<String> = ["i", "we", "you", "u", "should", "shd", "can", "to"]
            switch first {
            case "what's", "whats":
                if !["best", "right", "good"].contains(third), !["best", "right"].contains(second) { return true }
            case "what":
                if ["is", "are", "r", "exactly"].contains(second), !["best", "right", "good"].contains(third), third != "way" { return true }
                if ["does", "do"].contains(second), !doer.contains(third) { return true }
                if second == "kind" || second == "type" { return true }
            case "who", "who's", "whos":
                if !doer.contains(second), !(["do", "should", "can", "shall"].contains(second) && doer.contains(third)) { return true }
            case "explain", "define", "meaning":
                return true
            default:
                break
            }
        }
        return definitionMarkers.contains { normalized.contains($0) }
    }

    /// Chinese ways of asking what something is or who someone is (Traditional folds to these).
    private static let definitionMarkers = ["什么是", "是什么", "是谁", "什么叫", "什么意思", "指什么", "是指", "哪些人", "什么人"]

    private static let auxiliaries: Set<String> = ["did", "didn't", "have", "haven't"]
    private static let subjects: Set<String> = ["i", "we"]
}
