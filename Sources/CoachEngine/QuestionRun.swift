import CoachCore
import CoachRetrieval
import Foundation

/// Questions asked one at a time, at the end of a lesson or as a `/quiz`: each answer scored,
/// explained with its rule and recorded with the item's new Leitner box. In a quiz, a wrong
/// answer is asked again a few questions later.
struct QuestionRun: Sendable {
    struct Turn: Sendable {
        var question: QuizQuestion
        /// The question's number in the run (a retry keeps the number of the first ask).
        var number: Int
        var isRetry: Bool
    }

    /// How many other questions come between a wrong answer and its retry.
    static let retryGap = 2

    var turns: [Turn]
    var position: Int = 0
    var source: QuizAttempt.Source
    /// Whether a wrong answer is asked again later (quizzes, not lesson questions).
    var retriesWrong: Bool
    /// First-time answers that were right.
    var rightFirstTime: Int = 0
    /// Items answered wrong the first time, in order.
    var wrongItems: [QuizEntry] = []
    /// The trainee's review state of each item: stored, then as this run changed it.
    var reviews: [String: ReviewState]
    /// Who answers (recorded with each attempt).
    var trainee: String
    /// Shuffles a retried question's options.
    var generator: SeededGenerator

    init(
        questions: [QuizQuestion], source: QuizAttempt.Source, retriesWrong: Bool, reviews: [String: ReviewState],
        trainee: String, generator: SeededGenerator
    ) {
        turns = questions.enumerated().map { Turn(question: $0.element, number: $0.offset + 1, isRetry: false) }
        self.source = source
        self.retriesWrong = retriesWrong
        self.reviews = reviews
        self.trainee = trainee
        self.generator = generator
    }

    /// Distinct questions (retries not counted).
    var count: Int { turns.filter { !$0.isRetry }.count }

    var current: Turn? { turns.indices.contains(position) ? turns[position] : nil }

    /// The prompt's position, e.g. `2/5`.
    var progress: String { "\(current?.number ?? count)/\(count)" }

    /// Queues the current question to be asked again after `retryGap` others (or last).
    mutating func retryCurrentLater() {
        guard var turn = current else { return }
        turn.isRetry = true
        turn.question = turn.question.reshuffled(&generator)
        turns.insert(turn, at: min(position + 1 + Self.retryGap, turns.count))
    }

    /// The current question with its options.
    func ask(_ context: FlowContext) -> [Output] {
        guard let turn = current else { return [] }
        let language = context.language
        let question = turn.question
        let topic = context.corpus.topic(id: question.entry.topic).map { Conversation.topicName($0, language) } ?? question.entry.topic
        let heading = turn.isRetry
            ? TrainingText.retryHeading(turn.number, topic)
            : TrainingText.questionHeading(turn.number, count, topic)
        var outputs: [Output] = [.text(heading[language], .heading), .text(question.prompt(language))]
        if question.kind == .freeText {
            outputs.append(.text(TrainingText.freeTextHint[language], .dim))
        } else {
            let options = question.options(language)
            outputs += options.enumerated().map { .text("  \($0.offset + 1). \($0.element)") }
            outputs.append(.text(TrainingText.choiceHint(options.count)[language], .dim))
        }
        return outputs
    }

    /// What an answer led to: the feedback, and whether the run is over.
    enum Answered {
        /// The answer could not be read: ask again with this hint.
        case unreadable([Output])
        /// Scored: the feedback, then the next question unless the run is `finished`.
        case scored([Output], finished: Bool)
    }

    /// Scores an answer (or `/skip`, counted wrong), records it with the item's new Leitner box,
    /// and moves to the next question.
    mutating func answer(_ line: String, skipped: Bool, context: FlowContext) -> Answered {
        guard let turn = current else { return .scored([], finished: true) }
        let language = context.language
        let question = turn.question
        var outputs: [Output] = []
        let correct: Bool
        if skipped {
            correct = false
            outputs.append(.text(TrainingText.skipped[language], .warning))
        } else if question.kind == .freeText {
            guard !line.isEmpty else { return .unreadable([.text(TrainingText.typeAnAnswer[language], .dim)]) }
            let answerLanguage = LanguageDetector.detect(line, fallback: language)
            let score = Self.keyPointScore(line, keyPoints: question.keyPoints(answerLanguage), index: context.environment.index)
            correct = score.passed
            outputs.append(correct ? .text(TrainingText.right[language], .success) : .text(TrainingText.notQuite[language], .warning))
            outputs.append(.text(TrainingText.keyPointsCovered(score.matched.count, score.matched.count + score.missed.count)[language]))
        } else {
            let options = question.options(language)
            let digits = line.precomposedStringWithCompatibilityMapping.trimmingCharacters(in: .whitespaces)
            guard let number = Int(digits), (1...options.count).contains(number) else {
                return .unreadable([.text(TrainingText.choiceHint(options.count)[language], .warning)])
            }
            correct = question.isRight(choice: number - 1)
            outputs.append(correct ? .text(TrainingText.right[language], .success) : .text(TrainingText.notQuite[language], .warning))
            if !correct, let reason = question.whyNot(choice: number - 1, language) {
                outputs.append(.text(UIText.labelled(TrainingText.whyNot[language], reason, language)))
            }
        }
        outputs += Self.explanation(question, context: context)

        let review = Leitner.review(reviews[question.entry.id], itemID: question.entry.id, correct: correct, today: context.today.text)
        reviews[question.entry.id] = review
        let attempt = QuizAttempt(
            trainee: trainee, itemID: question.entry.id, ruleID: question.entry.rule.id, topic: question.entry.topic,
            kind: question.kind, correct: correct, retry: turn.isRetry, source: source, at: context.now)
        outputs.insert(.record(.quizAnswered(attempt, review: review)), at: 0)

        if !turn.isRetry {
            if correct { rightFirstTime += 1 } else { wrongItems.append(question.entry) }
        }
        if !correct && retriesWrong && !turn.isRetry {
            retryCurrentLater()
            outputs.append(.text(TrainingText.comesBack[language], .dim))
        }
        position += 1
        if current != nil { return .scored(outputs + [.blank] + ask(context), finished: false) }
        return .scored(outputs, finished: true)
    }

    /// The rule a question is about: its own rule, or for a lesson's question (kept in the
    /// lesson's file) the method rule the question and its answer find, as a question typed would,
    /// among the lesson's topics; the lesson itself when none does.
    static func citedRule(index: RetrievalIndex, for question: QuizQuestion) -> Rule {
        let rule = question.entry.rule
        guard rule.kind == .lesson else { return rule }
        let topics = Set(rule.topics)
        let query = question.prompt(.en) + " " + question.modelAnswer(.en)
        let hits = index.search(query, limit: 10).hits
        return hits.first { !topics.isDisjoint(with: $0.rule.topics) }?.rule ?? rule
    }

    /// The model answer and the rule behind a question.
    static func explanation(_ question: QuizQuestion, context: FlowContext) -> [Output] {
        let language = context.language
        let rule = citedRule(index: context.environment.index, for: question)
        var outputs: [Output] = []
        if question.kind == .freeText {
            outputs.append(.text(UIText.labelled(TrainingText.modelAnswer[language], question.modelAnswer(language), language)))
        } else if let index = question.answerIndex {
            outputs.append(.text(UIText.labelled(TrainingText.theAnswer[language], "\(index + 1). \(question.modelAnswer(language))", language)))
        }
        let ruleLine = UIText.labelled(rule.title[language], rule.gist[language], language)
        outputs.append(.text(UIText.labelled(TrainingText.rule[language], UIText.noted(ruleLine, "/rule \(rule.id)", language), language), .dim))
        return outputs
    }

    /// A free-text answer scored against key points with the question matcher's folding and
    /// glossary synonyms.
    static func keyPointScore(_ answer: String, keyPoints: [String], index: RetrievalIndex) -> KeyPointScore {
        KeyPointScorer.score(answer: answer, keyPoints: keyPoints, tokens: matchTokens, concepts: index.conceptIDs(in:))
    }

    /// Normalised tokens for matching free text (Traditional folded to Simplified).
    static func matchTokens(_ text: String) -> [String] {
        Tokenizer.tokens(TextNormalizer.normalizeForMatching(text)).map(\.text)
    }
}
