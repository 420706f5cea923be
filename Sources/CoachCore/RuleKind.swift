/// What a corpus rule is for.
public enum RuleKind: String, CaseIterable, Sendable, Codable, Hashable {
    case knowledge
    case strategy
    case selfCheck = "self-check"
    case outlineTemplate = "outline-template"
    case card
    case lesson
}
