public import CoachCore
public import Foundation

/// What the conversation asks its host to show or do. The engine never prints or writes.
public enum Output: Sendable, Equatable {
    /// A paragraph, wrapped to the terminal by display width.
    case text(String, Style)
    /// Lines laid out already (tables, charts): shown as they are, styled per segment.
    case lines([StyledLine])
    /// A table, laid out by the host by display width (`Table`).
    case table(Table)
    /// The same lines laid out for several widths, widest first: the host shows the first layout
    /// whose every line fits its width, else the last (a chart's compact form on a narrow terminal).
    case layouts([[StyledLine]])
    /// An empty line.
    case blank
    /// Something to record in the store.
    case record(Record)
    /// End the session.
    case quit

    public static func text(_ string: String) -> Output { .text(string, .plain) }
}

/// Semantic styles; the terminal maps them to colours (or to nothing).
public enum Style: Sendable, Hashable {
    case plain, bold, heading, dim, accent, warning, error, success
    case role(BuyingRole)
}

/// One laid-out line made of styled segments.
public struct StyledLine: Sendable, Equatable {
    public var segments: [Segment]

    public init(_ segments: [Segment]) { self.segments = segments }
    public init(_ text: String, _ style: Style = .plain) { segments = [Segment(text, style)] }

    public var plainText: String { segments.map(\.text).joined() }

    public struct Segment: Sendable, Equatable {
        public var text: String
        public var style: Style
        public init(_ text: String, _ style: Style = .plain) {
            self.text = text
            self.style = style
        }
    }
}

/// What the host must store for the conversation.
public enum Record: Sendable, Equatable {
    /// Import (or update) the account files at these paths.
    case importAccounts([String])
    /// A coaching session began.
    case prepStarted(PrepStarted)
    /// An answer was given (or changed); `position` is the next question to ask.
    case prepAnswered(key: String, answer: PrepAnswer, position: Int, at: Date)
    /// The session was paused at `position`, by Ctrl-C, /quit (or Ctrl-D) or a signal.
    case prepPaused(key: String, position: Int, at: Date, by: PauseReason)
    /// The session ended with its flags, strategies and outline.
    case prepFinished(PrepFinished)
    /// The session was cancelled with /cancel; its answers stay recorded.
    case prepCancelled(key: String, at: Date)
    /// A paused session was left too long, or replaced with `/prep new`: no longer offered; its
    /// answers stay recorded.
    case prepAbandoned(key: String, at: Date)
    /// A trainee finished a lesson.
    case lessonCompleted(LessonCompletion)
    /// A trainee answered a quiz item; `review` is the item's Leitner state after the answer.
    case quizAnswered(QuizAttempt, review: ReviewState)
    /// A trainee finished a drill.
    case drillScored(DrillResult)
    /// A visit log, follow-up change, verification or account update from the journal.
    case journal(JournalRecord)
}

/// The start of a coaching session.
public struct PrepStarted: Sendable, Equatable {
    public var key: String
    public var accountID: String
    public var accountVersion: Int?
    public var salesperson: String
    public var language: Language
    public var at: Date
    /// The flags and strategies the account file gave when the session began (a paused session
    /// shows them; a finished one replaces them with what the answers concluded).
    public var flags: [RiskFlag] = []
    public var strategies: [StrategyChoice] = []
}

/// What a finished coaching session concluded.
public struct PrepFinished: Sendable, Equatable {
    public var key: String
    public var accountID: String
    public var flags: [RiskFlag]
    public var strategies: [StrategyChoice]
    public var outline: [OutlineQuestion]
    public var at: Date
    /// The answers the session ended with, so later views can say "you said …".
    public var answers: [PrepAnswer] = []
    /// The account's own flags at the start, before answers raised or cleared any.
    public var accountFlags: [RiskFlag] = []
}

/// What the host did with one record: what to show, and whether it is in the store.
public struct Applied: Sendable, Equatable {
    public var shown: [Output]
    /// Why the record is not in the store, when it is not (the conversation keeps it and says so).
    public var failure: String?

    public init(shown: [Output] = [], failure: String? = nil) {
        self.shown = shown
        self.failure = failure
    }

    public static func saved(_ shown: [Output] = []) -> Applied { Applied(shown: shown) }
    public static func failed(_ reason: String) -> Applied { Applied(failure: reason) }
}
