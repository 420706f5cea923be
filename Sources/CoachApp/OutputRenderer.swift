public import CoachEngine
import CoachCore
public import CoachTerminal

/// Turns the conversation's outputs into terminal text: wrapped by display width, coloured only
/// when colour is on.
public struct OutputRenderer: Sendable {
    public var width: Int
    public var colors: ColorMode

    public init(width: Int, colors: ColorMode) {
        self.width = width
        self.colors = colors
    }

    /// The text for `outputs`, each line ending in a newline. Records and quit render nothing.
    public func render(_ outputs: [Output]) -> String {
        var text = ""
        for output in outputs {
            switch output {
            case .text(let string, let style):
                for line in TextWrapper.wrap(string, width: width) {
                    text += terminalStyle(style).apply(line, mode: colors) + "\n"
                }
            case .lines(let lines):
                for line in lines {
                    text += line.segments.map { terminalStyle($0.style).apply($0.text, mode: colors) }.joined() + "\n"
                }
            case .blank:
                text += "\n"
            case .record, .quit:
                break
            }
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
