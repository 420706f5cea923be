public import CoachEngine
import CoachCore
public import CoachTerminal

/// Turns the conversation's outputs into terminal text: wrapped by display width between words
/// (never inside `keepTogether`'s names), coloured only when colour is on.
///
/// The width is read at every `render`, so a live terminal's resize (SIGWINCH) shows at the next output.
public struct OutputRenderer: Sendable {
    public var terminalWidth: TerminalWidth
    public var colors: ColorMode
    /// Names and labels never broken across lines.
    public var keepTogether: KeepTogether

    /// The width output wraps to now.
    public var width: Int { terminalWidth.columns }

    public init(width: Int, colors: ColorMode, keepTogether: KeepTogether = .none) {
        self.init(width: .fixed(width), colors: colors, keepTogether: keepTogether)
    }

    public init(width: TerminalWidth, colors: ColorMode, keepTogether: KeepTogether = .none) {
        self.terminalWidth = width
        self.colors = colors
        self.keepTogether = keepTogether
    }

    /// The text for `outputs`, each line ending in a newline. Records and quit render nothing.
    public func render(_ outputs: [Output]) -> String {
        var text = ""
        let width = self.width
        for output in outputs {
            switch output {
            case .text(let string, let style):
                for line in TextWrapper.wrap(ChineseTypography.tidy(TerminalSafe.text(string)), width: width, keepTogether: keepTogether) {
                    text += terminalStyle(style).apply(line, mode: colors) + "\n"
                }
            case .lines(let lines):
                text += render(lines, width: width)
            case .table(let table):
                // Wider than the screen with a compact form to fall back to: that form instead.
                if let narrow = table.narrow, TableLayout.naturalWidth(table) > width {
                    text += render(narrow)
                } else {
                    text += render(TableLayout.lines(table, width: width), width: width)
                }
            case .layouts(let layouts):
                let fitting = layouts.first { $0.allSatisfy { DisplayWidth.of($0.plainText) <= width } } ?? layouts.last ?? []
                text += render(fitting, width: width)
            case .blank:
                text += "\n"
            case .record, .quit:
                break
            }
        }
        return text
    }

    /// Laid-out lines as they are; a line in one style that is wider than the terminal wraps
    /// between words with a two-space hanging indent (rather than the terminal cutting it anywhere).
    private func render(_ lines: [StyledLine], width: Int) -> String {
        var text = ""
        for var line in lines {
            for index in line.segments.indices { line.segments[index].text = TerminalSafe.text(line.segments[index].text) }
            let styles = Set(line.segments.map(\.style))
            if styles.count == 1, let style = styles.first, DisplayWidth.of(line.plainText) > width {
                let leading = String(line.plainText.prefix { $0 == " " })
                for wrapped in TextWrapper.wrap(line.plainText, width: width, indent: leading.isEmpty ? "  " : "", keepTogether: keepTogether) {
                    text += terminalStyle(style).apply(wrapped, mode: colors) + "\n"
                }
                continue
            }
            text += line.segments.map { terminalStyle($0.style).apply($0.text, mode: colors) }.joined() + "\n"
        }
        return text
    }

    func terminalStyle(_ style: Style) -> TextStyle {
        switch style {
        case .plain: .plain
        case .bold: .bold
        case .heading: .heading
        case .dim: .dim
        case .accent: .accent
        case .warning: .warning
        case .error: .error
        case .success: .success
        case .role(let role): .role(BuyingRole.allCases.firstIndex(of: role) ?? 5)
        }
    }
}
