public import ArgumentParser
public import CoachCore

/// Which entry to show: `coach review show KIND ID` and `/review show KIND ID`.
public struct ReviewShowOptions: ParsableArguments, Sendable {
    @Argument(help: .l("log or session."))
    public var kind: JournalEntryKind

    @Argument(help: .l("Its number, its 8-character ref (the same in every store), or a log's id / a session's key."))
    public var id: String

    public init() {}
}
