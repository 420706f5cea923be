import Foundation

/// An interface and content language of the coach.
public enum Language: String, CaseIterable, Sendable, Codable, Hashable {
    case en
    case zhHans = "zh-Hans"
    case zhHant = "zh-Hant"

    /// Parses `en`, `zh-Hans`, `zh-Hant` and common spellings (`zh_CN`, `zh-TW`, `hans`, `简体`).
    public init?(code: String) {
        let lower = code.lowercased().replacingOccurrences(of: "_", with: "-")
        switch lower {
        case "en", "english", "en-us", "en-gb", "英文", "英語", "英语": self = .en
        case "zh-hans", "hans", "zh-cn", "zh-sg", "zh", "cn", "简体", "簡體", "简体中文", "簡體中文": self = .zhHans
        case "zh-hant", "hant", "zh-tw", "zh-hk", "zh-mo", "tw", "繁體", "繁体", "繁體中文", "繁体中文": self = .zhHant
        default: return nil
        }
    }

    /// Chooses the language from POSIX locale variables: the first set of LC_ALL, LC_MESSAGES, LANG.
    ///
    /// `zh_CN`, `zh_SG` give Simplified; `zh_TW`, `zh_HK`, `zh_MO` give Traditional; anything else English.
    public static func fromEnvironment(_ environment: [String: String]) -> Language {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[key], !value.isEmpty else { continue }
            return fromLocaleName(value)
        }
        return .en
    }

    static func fromLocaleName(_ name: String) -> Language {
        let base = name.split(separator: ".").first.map(String.init) ?? name
        let parts = base.split(whereSeparator: { $0 == "_" || $0 == "-" || $0 == "@" }).map { $0.lowercased() }
        guard parts.first == "zh" else { return .en }
        if parts.contains(where: { ["tw", "hk", "mo", "hant"].contains($0) }) { return .zhHant }
        return .zhHans
    }

    /// The name of the language in itself, for menus.
    public var displayName: String {
        switch self {
        case .en: "English"
        case .zhHans: "简体中文"
        case .zhHant: "繁體中文"
        }
    }
}
