/// Why a strategy is listed, for one kind of risk: as the salesperson answered, answered "not
/// sure", or as the account file has it. `{person}` is the person the risk is about.
public struct FlagReason: Sendable, Hashable, Codable {
    public var flag: FlagKind
    public var answer: LocalizedText
    public var unsure: LocalizedText?
    public var file: LocalizedText

    public init(flag: FlagKind, answer: LocalizedText, unsure: LocalizedText? = nil, file: LocalizedText) {
        self.flag = flag
        self.answer = answer
        self.unsure = unsure
        self.file = file
    }
}
