import CoachCore

extension FlowContext {
    /// Reads typed answers with the corpus's vocabularies and, for person questions, the account's people.
    func answerReader(people: [Person] = []) -> AnswerInterpreter {
        corpus.answerInterpreter(people: people)
    }
}

extension AnswerInterpreter {
    /// Whether a line is a plain yes (confirming a summary, accepting an offer).
    func readsYes(_ line: String) -> Bool {
        if case .yes = readYesNo(line) { return true }
        return false
    }
}
