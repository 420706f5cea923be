/// What an answer says, read the way people write it.
///
/// ```swift
/// let reading = interpreter.read("有，偶爾傳LINE給林科長", as: .yesNo)
/// // .yes(detail: "偶爾傳LINE給林科長")
/// ```
public enum AnswerReading: Sendable, Hashable {
    case yes(detail: String?)
    case no(detail: String?)
    /// "Not sure": itself a risk signal, never stored as no.
    case unsure(detail: String?)
    /// The people an answer names, in the order written; empty means "nobody".
    case people([PersonMention], detail: String?)
    /// Nothing the coach can read: re-ask (`AnswerInterpreter.reAsk`).
    case unreadable

    /// The rest of the sentence after the answer itself, kept as typed.
    public var detail: String? {
        switch self {
        case .yes(let detail), .no(let detail), .unsure(let detail), .people(_, let detail): detail
        case .unreadable: nil
        }
    }

    /// Mentions of people the account file does not have, or that fit several people: the flow asks
    /// about them ("who is that? add them?") before storing; they are never added silently.
    public var unresolved: [PersonMention] {
        guard case .people(let mentions, _) = self else { return [] }
        return mentions.filter { if case .onFile = $0 { false } else { true } }
    }

    /// The value to store for a question of `type`; nil when the answer cannot be read.
    ///
    /// - Parameter proposed: the people the question proposed ("the file names 吳佩珊 as your coach");
    ///   a yes confirms them, a no on a who-question means nobody.
    /// Unresolved mentions are stored as typed; resolve them first (see `unresolved`).
    public func value(for type: SelfCheckQuestion.AnswerType, proposed: [String] = []) -> PrepAnswer.Value? {
        switch (self, type) {
        case (.unreadable, _): nil
        case (.unsure, _): .unsure
        case (.yes, .person): proposed.isEmpty ? .yes : .people(proposed)
        case (.no, .person): .people([])
        case (.yes, _): .yes
        case (.no, _): .no
        case (.people(let mentions, _), .person): .people(mentions.map(\.text))
        case (.people, _): nil
        }
    }
}

/// A person an answer names.
public enum PersonMention: Sendable, Hashable {
    /// A person of the account, by their name in the file.
    case onFile(String)
    /// Someone the file does not have, as typed ("the new guy in purchasing", "趙敏").
    case notOnFile(String)
    /// A mention that fits several people of the account ("林" when there are two).
    case ambiguous(String, candidates: [String])

    /// The file's name for a person on file, else the text as typed.
    public var text: String {
        switch self {
        case .onFile(let name): name
        case .notOnFile(let text), .ambiguous(let text, _): text
        }
    }
}
