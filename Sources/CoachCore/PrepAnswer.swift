/// An answer to a self-check sub-question.
public struct PrepAnswer: Sendable, Hashable, Codable {
    public enum Value: Sendable, Hashable, Codable {
        case yes
        case no
        /// "Not sure": a risk signal of its own, never stored as no.
        case unsure
        /// People of the account (or names not in the file); empty means "nobody".
        case people([String])
        case text(String)
        case skipped
    }

    public var questionID: String
    public var value: Value
    /// Whether the answer confirmed what the account file already said.
    public var confirmedKnown: Bool
    /// The rest of what was typed after the answer itself ("有，偶爾傳LINE給林科長" → "偶爾傳LINE給林科長").
    public var detail: String?

    public init(questionID: String, value: Value, confirmedKnown: Bool = false, detail: String? = nil) {
        self.questionID = questionID
        self.value = value
        self.confirmedKnown = confirmedKnown
        self.detail = detail
    }

    /// The answer to store for a reading, with its detail; nil when the reading cannot be stored.
    public init?(questionID: String, reading: AnswerReading, type: SelfCheckQuestion.AnswerType, proposed: [String] = [], confirmedKnown: Bool = false) {
        guard let value = reading.value(for: type, proposed: proposed) else { return nil }
        self.init(questionID: questionID, value: value, confirmedKnown: confirmedKnown, detail: reading.detail)
    }

    /// The answer as the user would read it back, detail included ("yes — 偶爾傳LINE給林科長").
    public func display(_ language: Language) -> String {
        guard let detail, !detail.isEmpty, value.display(language) != detail else { return value.display(language) }
        return value.display(language) + (language == .en ? " — " : "——") + detail
    }
}

extension PrepAnswer.Value {
    /// The answer as the user would read it back.
    public func display(_ language: Language) -> String {
        switch self {
        case .yes: LocalizedText(en: "yes", zhHans: "是", zhHant: "是")[language]
        case .no: LocalizedText(en: "no", zhHans: "否", zhHant: "否")[language]
        case .unsure: LocalizedText(en: "not sure", zhHans: "不确定", zhHant: "不確定")[language]
        case .people(let names):
            names.isEmpty ? LocalizedText(en: "nobody", zhHans: "没有人", zhHant: "沒有人")[language]
                : names.joined(separator: language == .en ? ", " : "、")
        case .text(let text): text
        case .skipped: LocalizedText(en: "(skipped)", zhHans: "（跳过）", zhHant: "（略過）")[language]
        }
    }
}
