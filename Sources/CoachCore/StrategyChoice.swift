/// A strategy shown in a coaching session: the rule and the person it was for.
public struct StrategyChoice: Sendable, Hashable, Codable {
    public var ruleID: String
    public var person: String?
    public var topics: [String]

    public init(ruleID: String, person: String?, topics: [String]) {
        self.ruleID = ruleID
        self.person = person
        self.topics = topics
    }
}
