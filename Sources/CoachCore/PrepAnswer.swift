/// An answer to a self-check sub-question.
public struct PrepAnswer: Sendable, Hashable, Codable {
    public enum Value: Sendable, Hashable, Codable {
        case yes
        case no
        /// People of the account (or names not in the file); empty means "nobody".
        case people([String])
        case text(String)
        case skipped
    }

    public var questionID: String
    public var value: Value
    /// Whether the answer confirmed what the account file already said.
    public var confirmedKnown: Bool

    public init(questionID: String, value: Value, confirmedKnown: Bool = false) {
        self.questionID = questionID
        self.value = value
        self.confirmedKnown = confirmedKnown
    }
}

extension PrepAnswer.Value {
    /// The answer as the user would read it back.
    public func display(_ language: Language) -> String {
        switch self {
        case .yes: LocalizedText(en: "yes", zhHans: "是", zhHant: "是")[language]
        case .no: LocalizedText(en: "no", zhHans: "否", zhHant: "否")[language]
        case .people(let names):
            names.isEmpty ? LocalizedText(en: "nobody", zhHans: "没有人", zhHant: "沒有人")[language]
                : names.joined(separator: language == .en ? ", " : "、")
        case .text(let text): text
        case .skipped: LocalizedText(en: "(skipped)", zhHans: "（跳过）", zhHant: "（略過）")[language]
        }
    }
}
