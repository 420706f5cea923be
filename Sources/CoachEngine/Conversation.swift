public import CoachCore
public import CoachRetrieval
public import Foundation

/// Everything the conversation reads, passed in by the host.
public struct EngineEnvironment: Sendable {
    public var corpus: Corpus
    /// The question index; it may still be building when the session opens.
    public var pendingIndex: PendingIndex
    public var index: RetrievalIndex { pendingIndex.index }
    public var accounts: any AccountDirectory
    public var sessions: any PrepSessionSource
    /// Who is being coached (recorded with each session).
    public var salesperson: String
    /// The time zone that decides what "today" is.
    public var timeZone: TimeZone
    /// The trainee's stored lessons, answers and drills (`salesperson` is the trainee).
    public var training: any TrainingSource
    /// Seeds the shuffling of quiz options and drills; nil derives it from the time of each draw.
    public var trainingSeed: UInt64?
    /// Visit logs, follow-ups, review lists and managers' comments (Conversation+Journal.swift).
    public var journal: any JournalSource

    public init(
        corpus: Corpus, index: RetrievalIndex, accounts: any AccountDirectory,
        sessions: any PrepSessionSource = NoPrepSessions(), salesperson: String = "me", timeZone: TimeZone = .current,
        training: any TrainingSource = NoTrainingRecords(), trainingSeed: UInt64? = nil,
        journal: any JournalSource = NoJournal()
    ) {
        self.init(
            corpus: corpus, pendingIndex: PendingIndex(index), accounts: accounts, sessions: sessions,
            salesperson: salesperson, timeZone: timeZone, training: training, trainingSeed: trainingSeed, journal: journal)
    }

    /// An environment whose index is built in the background (see `PendingIndex`).
    public init(
        corpus: Corpus, pendingIndex: PendingIndex, accounts: any AccountDirectory,
        sessions: any PrepSessionSource = NoPrepSessions(), salesperson: String = "me", timeZone: TimeZone = .current,
        training: any TrainingSource = NoTrainingRecords(), trainingSeed: UInt64? = nil,
        journal: any JournalSource = NoJournal()
    ) {
        self.corpus = corpus
        self.pendingIndex = pendingIndex
        self.accounts = accounts
        self.sessions = sessions
        self.salesperson = salesperson
        self.timeZone = timeZone
        self.training = training
        self.trainingSeed = trainingSeed
        self.journal = journal
    }
}

/// The coaching conversation: takes one line at a time and returns what to show and record.
///
/// ```swift
/// var conversation = Conversation(environment: environment, language: .zhHant)
/// let outputs = conversation.handle("老闆一直不見我怎麼辦", now: Date())
/// ```
public struct Conversation: Sendable {
    public let environment: EngineEnvironment
    public internal(set) var language: Language
    public internal(set) var openAccountID: String?
    /// The rule the last answer came from, for `/more`.
    var lastRule: Rule?
    /// Rules offered by "did you mean…?", chosen by number.
    var pendingChoices: [Rule] = []
    /// The coaching session in progress, if any.
    var prep: PrepState?
    /// The flags, strategies and outline of the last finished session (for /outline, /strategies).
    var lastPrepResult: PrepFinished?
    /// The lesson, quiz or drill in progress and what this session learnt (Conversation+Training.swift).
    var training = TrainingState()
    /// The visit being logged with /log, if any (Conversation+Journal.swift).
    var visitLog: JournalState?

    public init(environment: EngineEnvironment, language: Language) {
        self.environment = environment
        self.language = language
    }

    var corpus: Corpus { environment.corpus }

    /// The prompt, showing the open account.
    public var prompt: String {
        if let prep { return "prep \(prep.account.id) \(min(prep.position + 1, prep.steps.count))/\(prep.steps.count)> " }
        if let trainingPrompt { return trainingPrompt }
        if let visitLog { return visitLog.prompt }
        if let openAccountID { return "coach \(openAccountID)> " }
        return "coach> "
    }

    /// The greeting shown when the session opens.
    public func greeting() -> [Output] { [.text(UIText.welcome[language], .dim)] + commentsNotice() }

    /// The farewell shown when the session ends.
    public func farewell() -> [Output] { [.text(UIText.goodbye[language])] }

    /// Handles one line the user entered.
    public mutating func handle(_ input: String, now: Date) -> [Output] {
        let line = input.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !line.isEmpty || prep != nil || training.flow != nil || visitLog != nil else { return [] }
        if !pendingChoices.isEmpty, let number = Int(line), (1...pendingChoices.count).contains(number) {
            let rule = pendingChoices[number - 1]
            pendingChoices = []
            return answer(with: rule, others: [], language: language)
        }
        pendingChoices = []
        if prep != nil { return handlePrep(input.trimmingCharacters(in: .whitespaces), now: now) }
        if training.flow != nil { return handleTraining(line, now: now) }
        if visitLog != nil { return handleLog(line, now: now) }
        if line.hasPrefix("/") {
            let parsed = CommandLineParser.parse(line)
            return run(command: parsed.name, arguments: parsed.arguments, now: now)
        }
        return ask(line, now: now)
    }

    /// Ctrl-C at the prompt: pauses a coaching session, stops a lesson, leaves a visit log (its
    /// draft stays kept for `/log`); otherwise the line was simply dropped.
    public mutating func interrupt(now: Date) -> [Output] {
        pendingChoices = []
        return pausePrep(now: now) + stopTraining() + leaveLog()
    }

    /// Leaving the session (`/quit`, or end of input): a `/prep` is paused, a `/log` draft kept, a
    /// lesson or quiz stopped (its answers are already recorded); then the goodbye.
    public mutating func leave(now: Date) -> [Output] {
        pendingChoices = []
        training.flow = nil
        return pausePrep(now: now) + leaveLog() + farewell() + [.quit]
    }

    /// The day `now` falls on, as `YYYY-MM-DD`, in the environment's time zone.
    func today(_ now: Date) -> String {
        DayNumber(now, in: environment.timeZone).text
    }

    mutating func run(command name: String, arguments: [String], now: Date) -> [Output] {
        guard let spec = CommandSpec.find(name) else {
            let names = CommandSpec.all.flatMap { [$0.name] + $0.aliases }
            let hint = Suggestion.closest(to: name, in: names).map { UIText.didYouMean($0)[language] } ?? ""
            return [.text(UIText.unknownCommand(name, hint)[language], .error)]
        }
        switch spec.name {
        case "/help": return help(arguments.first)
        case "/quit": return leave(now: now)
        case "/prep": return startPrep(arguments.first, now: now)
        case "/resume": return resumePrep(arguments.first, now: now)
        case "/outline": return showOutline(now: now)
        case "/strategies": return showStrategies(now: now)
        case "/back", "/skip", "/why", "/repeat", "/cancel":
            return [.text(PrepText.notInPrep[language], .dim)]
        case "/lang": return switchLanguage(arguments.first)
        case "/topics": return topics()
        case "/more": return more()
        case "/rule": return showRule(arguments.first)
        case "/card": return card(arguments.first)
        case "/accounts": return listAccounts()
        case "/account": return importAccounts(arguments)
        case "/open": return open(arguments.first, now: now)
        case "/close":
            openAccountID = nil
            return [.text(UIText.closed[language])]
        case "/flags": return flags(now: now)
        case "/chart": return chart()
        case "/learn": return startLesson(arguments.first, now: now)
        case "/quiz": return startQuiz(arguments.first, now: now)
        case "/drill": return startDrill(arguments.first, now: now)
        case "/progress": return showProgress(now: now)
        case "/log": return startLog(arguments.first, now: now)
        case "/followups": return followUpsCommand(arguments, now: now)
        case "/review": return reviewCommand(arguments, now: now)
        case "/comments": return commentsCommand(now: now)
        default: return []
        }
    }

    // MARK: Help and settings

    func help(_ topic: String?) -> [Output] {
        if let topic {
            guard let spec = CommandSpec.find(topic) else {
                let names = CommandSpec.all.map(\.name)
                let hint = Suggestion.closest(to: topic.hasPrefix("/") ? topic : "/" + topic, in: names).map { UIText.didYouMean($0)[language] } ?? ""
                return [.text(UIText.unknownCommand(topic, hint)[language], .error)]
            }
            var outputs: [Output] = [.text(spec.usage, .heading), .text(spec.detail[language])]
            if !spec.aliases.isEmpty { outputs.append(.text(spec.aliases.joined(separator: ", "), .dim)) }
            return outputs
        }
        let width = CommandSpec.all.map { DisplayWidth.of($0.usage) }.max() ?? 10
        var lines: [StyledLine] = [StyledLine(UIText.commandsHeading[language], .heading)]
        for spec in CommandSpec.all {
            lines.append(StyledLine([
                .init("  " + DisplayWidth.pad(spec.usage, to: width) + "  ", .accent),
                .init(spec.summary[language]),
            ]))
        }
        return [.lines(lines), .blank, .text(UIText.questionsHint[language], .dim)]
    }

    mutating func switchLanguage(_ code: String?) -> [Output] {
        guard let code else { return [.text(UIText.languageNow(language)[language])] }
        guard let chosen = Language(code: code) else {
            return [.text(UIText.unknownLanguage(code)[language], .error)]
        }
        language = chosen
        return [.text(UIText.languageNow(language)[language])]
    }

    func topics() -> [Output] {
        var lines: [StyledLine] = [StyledLine(UIText.topicsHeading[language], .heading)]
        var area = ""
        for topic in corpus.topics {
            let prefix = String(topic.id.prefix { $0 != "." })
            if prefix != area {
                area = prefix
                lines.append(StyledLine(""))
                lines.append(StyledLine(prefix, .bold))
            }
            lines.append(StyledLine([.init("  " + topicName(topic)), .init("  " + topic.id, .dim)]))
        }
        return [.lines(lines), .blank, .text(UIText.topicsHint[language], .dim)]
    }

    func topicName(_ topic: Topic) -> String {
        switch language {
        case .en: topic.nameEn
        case .zhHant: topic.nameZhHant
        case .zhHans: TraditionalToSimplified.fold(topic.nameZhHant)
        }
    }
}

/// Splits a command line into the command and its arguments (quotes group words).
public enum CommandLineParser {
    public static func parse(_ line: String) -> (name: String, arguments: [String]) {
        var words: [String] = []
        var current = ""
        var quote: Character?
        var hasWord = false
        for character in line {
            if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
            } else if character == "\"" || character == "'" {
                quote = character
                hasWord = true
            } else if character == " " || character == "\t" || character == "\u{3000}" {
                if hasWord { words.append(current); current = ""; hasWord = false }
            } else {
                current.append(character)
                hasWord = true
            }
        }
        if hasWord { words.append(current) }
        let name = words.first?.lowercased() ?? ""
        return (name, Array(words.dropFirst()))
    }
}

