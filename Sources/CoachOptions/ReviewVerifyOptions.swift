public import ArgumentParser
public import CoachCore
import Foundation

/// A verification: `coach review verify KIND ID --comment TEXT …` and
/// `/review verify KIND ID TEXT …` parse these alike (the comment as words or with `--comment`).
public struct ReviewVerifyOptions: ParsableArguments, Sendable {
    @Argument(help: .l("log or session."))
    public var kind: JournalEntryKind

    @Argument(help: .l("Its number, its 8-character ref (the same in every store), or a log's id / a session's key."))
    public var id: String

    @Argument(help: .l("The comment in words; the same as --comment."))
    public var commentWords: [String] = []

    @Option(name: .long, help: .l("The comment for the salesperson."))
    public var comment: String?

    @Option(name: .long, help: .l("The manager (default: $USER)."))
    public var by: String?

    @Option(name: .long, help: .l("When it was verified, ISO 8601 (default: now)."), transform: Timestamp.parse)
    public var at: Timestamp?

    @Flag(name: .long, help: .l("Verify again although this version is verified already (adds a second comment)."))
    public var again = false

    public init() {}

    public func validate() throws {
        if comment != nil && !commentWords.isEmpty { throw OptionsError.commentTwice }
    }

    /// The comment typed (as words or with `--comment`), trimmed; empty when none was.
    public var commentText: String {
        (comment ?? commentWords.joined(separator: " ")).trimmingCharacters(in: .whitespaces)
    }
}
