/// How the account sees the gap between what it gets and what it wants: the Blue Sheet's buying mode.
///
/// Growth and trouble are receptive: the customer sees a gap and wants to close it. Even keel and
/// overconfident are not: they see no reason to change, so a proposal alone will not move them.
public enum BuyingMode: String, AccountTerm {
    case growth
    case trouble
    case evenKeel = "even-keel"
    case overconfident

    public var chineseTerms: [String] {
        switch self {
        case .growth: ["成長", "成长", "增長", "增长"]
        case .trouble: ["困境"]
        case .evenKeel: ["平穩", "平稳"]
        case .overconfident: ["過度自信", "过度自信"]
        }
    }

    /// Whether the customer sees a gap worth closing (growth or trouble).
    public var isReceptive: Bool { self == .growth || self == .trouble }
}
