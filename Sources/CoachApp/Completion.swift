public import CoachEngine
public import CoachCore

/// Tab completion: slash commands first, then each command's argument.
public enum Completion {
    /// The words that may complete the last word of `line` (the text before the cursor).
    public static func candidates(for line: String, commands: [CommandSpec], conversation: Conversation) -> [String] {
        let words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        let completingNewWord = line.hasSuffix(" ")
        if words.isEmpty || (words.count == 1 && !completingNewWord) {
            guard line.hasPrefix("/") || line.isEmpty else { return [] }
            return commands.flatMap { [$0.name] + $0.aliases }.sorted()
        }
        guard let spec = CommandSpec.find(words[0]) else { return [] }
        let position = completingNewWord ? words.count : words.count - 1
        switch spec.argument {
        case .none: return []
        case .account: return position == 1 ? conversation.environment.accounts.accountIDs() : []
        case .language: return position == 1 ? ["en", "zh-Hans", "zh-Hant"] : []
        case .command: return position == 1 ? commands.map(\.name) : []
        case .rule: return position == 1 ? conversation.environment.corpus.rules.map(\.id).sorted() : []
        case .card: return position == 1 ? conversation.environment.corpus.rules(of: .card).map(\.id) : []
        case .lesson:
            let count = LessonCourse(corpus: conversation.environment.corpus).lessons.count
            return position == 1 ? ["list", "next"] + (0..<count).map { String($0 + 1) } : []
        case .quizTopic:
            let catalog = QuizCatalog(corpus: conversation.environment.corpus)
            return position == 1 ? catalog.areasWithItems + catalog.topicsWithItems : []
        case .file: return position == 1 ? ["import"] : []
        }
    }
}
