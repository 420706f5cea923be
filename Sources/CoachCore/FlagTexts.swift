/// What the coach says about one kind of risk (`corpus/flags.yaml`): its short name, the message
/// as the account file has it, and, for flags a self-check answer raises, as the salesperson answered.
public struct FlagText: Sendable, Hashable, Codable {
    public var flag: FlagKind
    /// A short name for lists and reports ("no coach identified").
    public var label: LocalizedText
    /// The message shown with the flag; `{person}` and the flag's own placeholders filled in.
    public var message: LocalizedText
    /// The message when a self-check answer raised the flag (else `message`).
    public var answered: LocalizedText?
    /// `purchasing-power-changed`: the message when it went up, and when it went down.
    public var increased: LocalizedText?
    public var decreased: LocalizedText?

    public init(flag: FlagKind, label: LocalizedText, message: LocalizedText, answered: LocalizedText? = nil,
                increased: LocalizedText? = nil, decreased: LocalizedText? = nil) {
        self.flag = flag
        self.label = label
        self.message = message
        self.answered = answered
        self.increased = increased
        self.decreased = decreased
    }

    /// The placeholders the flag's messages may use.
    public static func placeholders(of kind: FlagKind) -> Set<String> {
        switch kind {
        case .openIssueOverdue: ["count", "days", "issues"]
        case .visitOverdue: ["due", "days", "tier"]
        default: kind.isPersonal || kind == .decisionMakerNotMet ? ["person"] : []
        }
    }
}

/// The texts of every flag, looked up by kind. A kind the corpus has no text for (a corpus
/// `coach corpus check` refuses) reads as its id, never as invented words.
public struct FlagTexts: Sendable, Hashable, Codable {
    public var entries: [FlagText]

    public init(_ entries: [FlagText] = []) { self.entries = entries }

    public static let empty = FlagTexts()

    public func text(_ kind: FlagKind) -> FlagText? { entries.first { $0.flag == kind } }

    /// The flag's short name ("no coach identified").
    public func label(_ kind: FlagKind) -> LocalizedText {
        text(kind)?.label ?? LocalizedText(en: kind.rawValue, zhHans: kind.rawValue, zhHant: kind.rawValue)
    }

    /// A flag id (`high-influence-low-contact:王建國`) as a reader would say it
    /// (`影響力大但接觸少：王建國`); ids are for `--json` and scripts only.
    public func label(forID id: String, language: Language) -> String {
        if let kind = FlagKind(rawValue: id) { return label(kind)[language] }
        for kind in FlagKind.allCases where kind.isPersonal && id.hasPrefix(kind.rawValue + ":") {
            let person = id.dropFirst(kind.rawValue.count + 1)
            return label(kind)[language] + (language == .en ? ": " : "：") + person
        }
        return id
    }

    /// The flag with its message: `person` fills `{person}`; `values` the flag's other placeholders,
    /// per language (`{days}` is "12 days" in English, "12" in Chinese).
    public func flag(_ kind: FlagKind, person: String? = nil, answered: Bool = false, power: PowerChange? = nil,
                     values: [String: LocalizedText] = [:]) -> RiskFlag {
        let entry = text(kind)
        var template = entry?.message
        if answered, let text = entry?.answered { template = text }
        if power == .increased, let text = entry?.increased { template = text }
        if power == .decreased, let text = entry?.decreased { template = text }
        var filled = values
        if let person { filled["person"] = LocalizedText(en: person, zhHans: person, zhHant: person) }
        let message = template.map { text in
            LocalizedText(en: Placeholder.fill(text.en, filled.mapValues(\.en)),
                          zhHans: Placeholder.fill(text.zhHans, filled.mapValues(\.zhHans)),
                          zhHant: Placeholder.fill(text.zhHant, filled.mapValues(\.zhHant)))
        } ?? label(kind)
        return RiskFlag(kind: kind, person: person, message: message)
    }
}
