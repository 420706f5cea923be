import CoachCore
import Testing

/// Text from data cannot act on the terminal (issue 11, row 5).
@Suite struct TerminalSafeTests {
    @Test(arguments: [
        ("Zhang\u{1B}]0;pwned\u{07}", "Zhang^[]0;pwned^G"),
        ("\u{1B}[2J\u{1B}[H", "^[[2J^[[H"),
        ("visible\rhidden", "visible^Mhidden"),
        ("line\r\nnext", "line\nnext"),
        ("a\tb", "a b"),
        ("abc\u{202E}fed", "abc<U+202E>fed"),
        ("\u{2066}x\u{2069}", "<U+2066>x<U+2069>"),
        ("csi\u{9B}31m", "csi<U+009B>31m"),
        ("del\u{7F}", "del^?"),
        ("\u{1B}]8;;https://evil.example\u{1B}\\click\u{1B}]8;;\u{1B}\\", "^[]8;;https://evil.example^[\\click^[]8;;^[\\"),
        ("華東郵政 Riverside — 周婷 👍🏽", "華東郵政 Riverside — 周婷 👍🏽"),
    ])
    func showsControlsVisibly(input: String, shown: String) {
        #expect(TerminalSafe.text(input) == shown)
        #expect(!TerminalSafe.text(input).unicodeScalars.contains { $0 != "\n" && TerminalSafe.isUnsafe($0) })
    }

    @Test func keepsNewlinesInTextAndJoinsThemInALine() {
        #expect(TerminalSafe.text("one\ntwo") == "one\ntwo")
        #expect(TerminalSafe.line("one\ntwo\u{1B}") == "one two^[")
    }

    @Test func outputKeepsOnlyTheAllowedColoursWhole() {
        let bold = "\u{1B}[1m", reset = "\u{1B}[0m"
        let text = bold + "Heading" + reset + " \u{1B}[8mhidden\u{1B}]0;t\u{07} \r\n"
        #expect(TerminalSafe.output(text, allowing: [bold, reset]) == bold + "Heading" + reset + " ^[[8mhidden^[]0;t^G \r\n")
        #expect(TerminalSafe.output(text) == "^[[1mHeading^[[0m ^[[8mhidden^[]0;t^G \r\n")
    }
}
