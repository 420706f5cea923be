/// Whether to colour output: only on a terminal, never when `NO_COLOR` is set and non-empty.
public struct ColorMode: Sendable, Equatable {
    public var enabled: Bool

    public init(enabled: Bool) { self.enabled = enabled }

    /// Decides from the environment and whether output is a terminal.
    public static func detect(environment: [String: String], outputIsTerminal: Bool) -> ColorMode {
        if let value = environment["NO_COLOR"], !value.isEmpty { return ColorMode(enabled: false) }
        if environment["TERM"] == "dumb" { return ColorMode(enabled: false) }
        return ColorMode(enabled: outputIsTerminal)
    }

    public static let off = ColorMode(enabled: false)
}

/// Text styles the coach uses; rendered as ANSI SGR codes when colour is on.
public enum TextStyle: Sendable, Hashable {
    case plain, bold, dim, heading, accent, warning, error, success
    /// The colour of a buying role on the org chart (colour-blind-safe Okabe–Ito hues).
    case role(Int)

    var code: String {
        switch self {
        case .plain: ""
        case .bold: "1"
        case .dim: "2"
        case .heading: "1;36"
        case .accent: "36"
        case .warning: "33"
        case .error: "1;31"
        case .success: "32"
        case .role(let index): ["38;5;208", "38;5;39", "38;5;35", "38;5;220", "38;5;170", "38;5;250"][index % 6]
        }
    }

    /// Every escape sequence the styles emit when `mode` is enabled (none when it is off): what
    /// `TerminalSafe.output` lets through to the terminal.
    public static func sequences(when mode: ColorMode) -> Set<String> {
        guard mode.enabled else { return [] }
        let styles: [TextStyle] = [.bold, .dim, .heading, .accent, .warning, .error, .success] + (0..<6).map(TextStyle.role)
        return Set(styles.map { "\u{1B}[\($0.code)m" } + ["\u{1B}[0m"])
    }

    /// Wraps `text` in this style's escape codes when `mode` is enabled.
    public func apply(_ text: String, mode: ColorMode) -> String {
        guard mode.enabled, !code.isEmpty, !text.isEmpty else { return text }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }
}
