public import ArgumentParser
public import CoachCore

/// `log` or `session` (or their other words: `visit`, 走訪, 準備…) as an argument.
extension JournalEntryKind: ExpressibleByArgument {
    public init?(argument: String) { self.init(word: argument) }
}
