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
    /// Makes the id of every record a flow starts (a session, a visit log): random UUIDs live,
    /// `RecordIDs.sequential()` in tests, as `now` is fixed in tests.
    public var ids: RecordIDs
    /// This window (REPL session): the `/log` drafts it writes are its own.
    public var window: String = ""
    /// The last visit of each account and the paused preps, for `/today` and the briefings.
    public var care: any CareSource = NoCare()
    /// The text of a rule's file, by `Rule.source` (`/source`); nil where files are not at hand.
    public var ruleFile: @Sendable (String) -> String? = { _ in nil }

    public init(
        corpus: Corpus, index: RetrievalIndex, accounts: any AccountDirectory,
        sessions: any PrepSessionSource = NoPrepSessions(), salesperson: String = "me", timeZone: TimeZone = .current,
        training: any TrainingSource = NoTrainingRecords(), trainingSeed: UInt64? = nil,
        journal: any JournalSource = NoJournal(), ids: RecordIDs = .random
    ) {
        self.init(
            corpus: corpus, pendingIndex: PendingIndex(index), accounts: accounts, sessions: sessions,
            salesperson: salesperson, timeZone: timeZone, training: training, trainingSeed: trainingSeed, journal: journal,
            ids: ids)
    }

    /// An environment whose index is built in the background (see `PendingIndex`).
    public init(
        corpus: Corpus, pendingIndex: PendingIndex, accounts: any AccountDirectory,
        sessions: any PrepSessionSource = NoPrepSessions(), salesperson: String = "me", timeZone: TimeZone = .current,
        training: any TrainingSource = NoTrainingRecords(), trainingSeed: UInt64? = nil,
        journal: any JournalSource = NoJournal(), ids: RecordIDs = .random
    ) {
        self.ids = ids
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
    /// What the conversation is doing: idle, or exactly one flow (Conversation+Mode.swift).
    var mode: Mode = .idle
    /// Records the host could not store yet; handed to it again with the next line.
    var unsaved: [Record] = []
    /// The form flow as it was at its summary before the line being handled (a failed final
    /// save goes back to it).
    var modeAtSummary: Mode?
    /// The flags, strategies and outline of the last finished session (for /outline, /strategies).
    var lastPrepResult: PrepFinished?
    /// What this session learnt in lessons, quizzes and drills (Conversation+Training.swift).
    var training = TrainingState()

    public init(environment: EngineEnvironment, language: Language) {
        self.environment = environment
        self.language = language
    }

    var corpus: Corpus { environment.corpus }

    /// The greeting shown when the session opens.
    public func greeting(now: Date) -> [Output] {
        [.text(UIText.welcome[language], .dim)] + commentsNotice() + openingSummary(now: now)
    }

    /// The farewell shown when the session ends.
    public func farewell() -> [Output] { [.text(UIText.goodbye[language])] }

    /// The day `now` falls on, as `YYYY-MM-DD`, in the environment's time zone.
    func today(_ now: Date) -> String {
        DayNumber(now, in: environment.timeZone).text
    }

    /// Runs a command outside any flow (or one a flow lets through).
    mutating func run(_ command: Command, now: Date) -> [Output] {
        switch command {
        case .help(let topic): return help(topic)
        case .quit: return leave(now: now)
        case .prep(let id, let fresh): return startPrep(id, fresh: fresh, now: now)
        case .resume(let id): return resumePrep(id, now: now)
        case .outline: return showOutline(now: now)
        case .strategies: return showStrategies(now: now)
        case .back, .skip, .why, .repeat, .cancel:
            return [.text((command == .why ? PrepText.notInPrep : PrepText.noFlow(command == .cancel))[language], .dim)]
        case .lang(let code): return switchLanguage(code)
        case .topics: return topics()
        case .more: return more()
        case .source: return source()
        case .rule(let id): return showRule(id)
        case .card(let id): return card(id)
        case .accounts: return listAccounts()
        case .account(let arguments): return importAccounts(arguments)
        case .open(let id): return open(id, now: now)
        case .close:
            openAccountID = nil
            return [.text(UIText.closed[language])]
        case .flags: return flags(now: now)
        case .chart: return chart()
        case .learn(let argument): return startLesson(argument, now: now)
        case .quiz(let filter): return startQuiz(filter, now: now)
        case .drill(let id): return startDrill(id, now: now)
        case .progress: return showProgress(now: now)
        case .log(let id, let takeOver): return startLog(id, takeOver: takeOver, now: now)
        case .followups(let arguments): return followUpsCommand(arguments, now: now)
        case .review(let arguments): return reviewCommand(arguments, now: now)
        case .comments: return commentsCommand(now: now)
        case .today: return showToday(now: now)
        case .unknown(let name):
            let names = CommandSpec.all.flatMap { [$0.name] + $0.aliases }
            let hint = Suggestion.closest(to: name, in: names).map { UIText.didYouMean($0)[language] } ?? ""
            return [.text(UIText.unknownCommand(name, hint)[language], .error)]
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
            // The method's figures are the corpus's (`method.yaml`), never a copy in the text.
            let detail = Placeholder.fill(spec.detail[language], ["overdue-days": "\(corpus.method.overdueDays)"])
            var outputs: [Output] = [.text(spec.usage, .heading), .text(detail)]
            if !spec.aliases.isEmpty { outputs.append(.text(spec.aliases.joined(separator: ", "), .dim)) }
            return outputs
        }
        var table = Table(columns: [.init(style: .accent), .init()], indent: "  ")
        for spec in CommandSpec.all { table.add([spec.usage, spec.summary[language]]) }
        return [.lines([StyledLine(UIText.commandsHeading[language], .heading)]), .table(table), .blank, .text(UIText.questionsHint[language], .dim)]
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
                lines.append(StyledLine(areaName(prefix), .bold))
            }
            // The ids are English words: Chinese screens show the names, which every command takes too.
            lines.append(language == .en
                ? StyledLine([.init("  " + topicName(topic)), .init("  " + topic.id, .dim)])
                : StyledLine("  " + topicName(topic)))
        }
        return [.lines(lines), .blank, .text(UIText.topicsHint[language], .dim)]
    }

    func topicName(_ topic: Topic) -> String { Self.topicName(topic, language) }

    static func topicName(_ topic: Topic, _ language: Language) -> String {
        switch language {
        case .en: topic.nameEn
        case .zhHant: topic.nameZhHant
        case .zhHans: TraditionalToSimplified.fold(topic.nameZhHant)
        }
    }

    /// The name of a topic area (`strategy` → 角色策略), or its id when the corpus does not name it.
    func areaName(_ id: String) -> String {
        corpus.area(id: id).map(topicName) ?? id
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

