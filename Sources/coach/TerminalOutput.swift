import CoachCore
import CoachTerminal
import Foundation

/// The colour sequences `print` lets through: the coach's own, when standard output takes colour.
nonisolated(unsafe) private let printedSequences = TextStyle.sequences(when: CLI.colorMode())

/// Every `print` in the `coach` commands comes here (it shadows the standard library's within this
/// module): the text, which quotes names, titles, notes and logs from data, is passed through
/// `TerminalSafe.output`, so only the coach's own colours reach the terminal; any other control
/// character, escape or bidi override is shown visibly. JSON is escaped before (`JSONOutput`).
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
    let text = items.map { "\($0)" }.joined(separator: separator) + terminator
    Swift.print(TerminalSafe.output(text, allowing: printedSequences), terminator: "")
}
