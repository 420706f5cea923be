public import ArgumentParser
public import CoachCore
import Foundation

/// Which follow-ups to list: `coach followups [list] …` and `/followups …` parse these alike.
///
/// ```swift
/// let options = try FollowupsListOptions.parse(["--overdue", "--account", "east-post"])
/// options.everyone   // false: your own, open ones
/// ```
public struct FollowupsListOptions: ParsableArguments, Sendable {
    @Argument(help: .l("'all': the same as --all."))
    public var words: [String] = []

    @Flag(name: .long, help: .l("Everyone's follow-ups, closed ones too."))
    public var all = false

    @Flag(name: .long, help: .l("Only overdue ones."))
    public var overdue = false

    @Option(name: .long, help: .l("The follow-ups this person owns (default: yours, $USER; with --all: everyone's)."))
    public var who: String?

    @Option(name: .long, help: .l("Only this account."))
    public var account: String?

    public init() {}

    public func validate() throws {
        if let word = words.first(where: { !Self.allWords.contains($0.lowercased()) }) {
            throw ValidationError("Unexpected argument '\(word)'")
        }
    }

    /// The words that mean `--all`.
    static let allWords: Set<String> = ["all", "全部", "所有"]

    /// Everyone's follow-ups, closed ones too (`--all`, or `all` as a word).
    public var everyone: Bool { all || !words.isEmpty }

    /// Whose follow-ups: `--who`, else everyone's with `--all`, else `me`'s.
    public func owner(me: String) -> String? { who ?? (everyone ? nil : me) }
}

/// A change to one follow-up: `coach followups set N …` and `/followups N …` parse these alike
/// (the status as words or with `--status`).
///
/// ```swift
/// let change = try FollowupsSetOptions.parse(["3", "resolved", "--department", "財務部"])
/// change.chosenStatus   // .resolved
/// ```
public struct FollowupsSetOptions: ParsableArguments, Sendable {
    @Argument(help: .l("The follow-up's number (from 'coach followups') or stable id."))
    public var followUp: String

    @Argument(help: .l("The new status in words; the same as --status."))
    public var statusWords: [String] = []

    @Option(name: .long, help: .l("open, in-progress, resolved or customer-informed (Chinese terms work too)."))
    public var status: String?

    @Option(name: .long, help: .l("The department it was passed to."))
    public var department: String?

    @Option(name: .long, help: .l("The day it should be settled by: YYYY-MM-DD."))
    public var due: String?

    @Option(name: .long, help: .l("Pass it to another owner."))
    public var owner: String?

    @Option(name: .long, help: .l("The day the change took effect (default: today)."))
    public var on: String?

    @Option(name: .long, help: .l("Who made the change (default: $USER)."))
    public var by: String?

    public init() {}

    public func validate() throws {
        if status != nil && !statusWords.isEmpty { throw OptionsError.statusTwice }
        if let typed = typedStatus, Self.status(typed) == nil {
            throw ValidationError("The value '\(typed)' is invalid for '--status': \(OptionsError.notAStatus)")
        }
        if typedStatus == nil, department == nil, due == nil, owner == nil { throw OptionsError.nothingToChange }
    }

    /// The follow-up's number without a leading `#`.
    public var id: String { followUp.hasPrefix("#") ? String(followUp.dropFirst()) : followUp }

    /// The status as typed, as words or with `--status`.
    var typedStatus: String? { status ?? (statusWords.isEmpty ? nil : statusWords.joined(separator: " ")) }

    /// The status asked for, if any.
    public var chosenStatus: IssueStatus? { typedStatus.flatMap(Self.status) }

    /// A status in any of its words: `in progress`, `in-progress`, `處理中`.
    static func status(_ text: String) -> IssueStatus? {
        IssueStatus(term: text) ?? IssueStatus(term: text.replacingOccurrences(of: " ", with: "-"))
            ?? IssueStatus(term: text.replacingOccurrences(of: " ", with: ""))
    }
}

/// What `/followups …` asks for, parsed from the REPL's words with the structs `coach followups` uses.
///
/// ```swift
/// try FollowupsRequest.parse(["3", "resolved"])   // .set(…)
/// try FollowupsRequest.parse(["all"])             // .list(everyone, closed ones too)
/// ```
public enum FollowupsRequest: Sendable {
    case list(FollowupsListOptions)
    case set(FollowupsSetOptions)

    /// Parses the words after `/followups`: `set …` or a number first is a change, else a list.
    public static func parse(_ words: [String]) throws(ReviewRequest.Failure) -> FollowupsRequest {
        let first = words.first?.lowercased()
        if first == "set" { return .set(try ReviewRequest.parsing(FollowupsSetOptions.self, Array(words.dropFirst()))) }
        if first == "list" { return .list(try ReviewRequest.parsing(FollowupsListOptions.self, Array(words.dropFirst()))) }
        if let first, Int(first.hasPrefix("#") ? String(first.dropFirst()) : first) != nil {
            return .set(try ReviewRequest.parsing(FollowupsSetOptions.self, words))
        }
        return .list(try ReviewRequest.parsing(FollowupsListOptions.self, words))
    }
}
