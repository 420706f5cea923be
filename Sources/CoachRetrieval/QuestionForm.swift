/// What the shape of a question says where its words do not: "did I…?", "have we…?" ask the way a
/// self-check does, though "did", "have", "I" and "we" are stop words. The shape's token is indexed
/// with the example questions that have it and added to a question of the same shape, so "did I
/// prepare my questions" finds the self-check before the tool for writing questions.
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

    private static let auxiliaries: Set<String> = ["did", "didn't", "have", "haven't"]
    private static let subjects: Set<String> = ["i", "we"]
}
