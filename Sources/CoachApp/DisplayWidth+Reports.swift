import CoachTerminal

/// `DisplayWidth` as CoachApp's files see it, forwarding to the terminal's (CoachTerminal owns
/// display width). It lets `JournalReport+HTML.swift`, which is being changed elsewhere and does
/// not import CoachTerminal, keep compiling; once it imports CoachTerminal, delete this file.
enum DisplayWidth {
    static func of<S: StringProtocol>(_ text: S) -> Int { CoachTerminal.DisplayWidth.of(text) }
    static func of(_ character: Character) -> Int { CoachTerminal.DisplayWidth.of(character) }
    static func truncate(_ text: String, to width: Int) -> String { CoachTerminal.DisplayWidth.truncate(text, to: width) }
}
