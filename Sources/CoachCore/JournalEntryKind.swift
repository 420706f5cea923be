/// What a manager reviews: a visit log or a coaching session.
public enum JournalEntryKind: String, Sendable, Hashable, Codable, CaseIterable {
    case log
    case session

    /// Parses `log` (also `logs`, `visit`, `日誌`, `日志`) or `session` (also `sessions`, `prep`, `準備`, `准备`).
    public init?(word: String) {
        switch word.lowercased() {
        case "log", "logs", "visit", "visits", "日誌", "日志", "走訪", "走访": self = .log
        case "session", "sessions", "prep", "準備", "准备", "輔導", "辅导": self = .session
        default: return nil
        }
    }

    public var label: LocalizedText {
        switch self {
        case .log: LocalizedText(en: "visit log", zhHans: "拜访记录", zhHant: "走訪記錄")
        case .session: LocalizedText(en: "coaching session", zhHans: "拜访准备", zhHant: "拜訪準備")
        }
    }
}
