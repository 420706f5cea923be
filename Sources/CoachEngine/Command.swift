/// A slash command of the REPL, parsed once from the typed line.
///
/// Every place that acts on a command switches over this enum exhaustively, so adding a command
/// (or a flow with its own commands) makes the compiler list each place that must answer it.
///
/// ```swift
/// Command.parse("/open east-post")   // .open("east-post")
/// Command.parse("/opne")             // .unknown("/opne")
/// ```
public enum Command: Sendable, Equatable {
    case help(String?)
    case topics
    case more
    /// `/source`: the file of the rule behind the last answer.
    case source
    case rule(String?)
    case card(String?)
    case accounts
    case account([String])
    case open(String?)
    case close
    case flags
    case chart
    /// `/prep [ID]`, `/prep new [ID]` (start afresh although a paused session is offered).
    case prep(String?, fresh: Bool)
    case resume(String?)
    case strategies
    case outline
    /// `/log [ID]`, `/log take [ID]` (take over a draft another window started).
    case log(String?, takeOver: Bool)
    case followups([String])
    case review([String])
    case comments
    /// `/today`: the daily agenda.
    case today
    case why
    case back
    case skip
    case `repeat`
    case cancel
    case learn(String?)
    case quiz(String?)
    case drill(String?)
    case progress
    case lang(String?)
    case quit
    /// A word after `/` that names no command (as typed, lower-cased).
    case unknown(String)

    /// Reads a line that starts with `/`.
    public static func parse(_ line: String) -> Command {
        let parsed = CommandLineParser.parse(line)
        let arguments = parsed.arguments
        let first = arguments.first
        guard let spec = CommandSpec.find(parsed.name) else { return .unknown(parsed.name) }
        switch spec.name {
        case "/help": return .help(first)
        case "/topics": return .topics
        case "/more": return .more
        case "/source": return .source
        case "/rule": return .rule(first)
        case "/card": return .card(first)
        case "/accounts": return .accounts
        case "/account": return .account(arguments)
        case "/open": return .open(first)
        case "/close": return .close
        case "/flags": return .flags
        case "/chart": return .chart
        case "/prep":
            if first?.lowercased() == "new" { return .prep(arguments.dropFirst().first, fresh: true) }
            return .prep(first, fresh: false)
        case "/resume": return .resume(first)
        case "/strategies": return .strategies
        case "/outline": return .outline
        case "/log":
            if first?.lowercased() == "take" { return .log(arguments.dropFirst().first, takeOver: true) }
            return .log(first, takeOver: false)
        case "/followups": return .followups(arguments)
        case "/review": return .review(arguments)
        case "/comments": return .comments
        case "/today": return .today
        case "/why": return .why
        case "/back": return .back
        case "/skip": return .skip
        case "/repeat": return .repeat
        case "/cancel": return .cancel
        case "/learn": return .learn(first)
        case "/quiz": return .quiz(first)
        case "/drill": return .drill(first)
        case "/progress": return .progress
        case "/lang": return .lang(first)
        case "/quit": return .quit
        default: return .unknown(parsed.name)
        }
    }

    /// Commands that only show something, so a flow may let them through and then ask its
    /// question again.
    var onlyShows: Bool {
        switch self {
        case .help, .lang, .rule, .more, .source, .card, .flags, .chart, .topics, .accounts, .outline, .strategies, .progress, .today:
            true
        case .account, .open, .close, .prep, .resume, .log, .followups, .review, .comments, .why, .back, .skip,
             .repeat, .cancel, .learn, .quiz, .drill, .quit, .unknown:
            false
        }
    }
}
