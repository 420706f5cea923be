/// A theme outside the method with example questions: matching one of them makes the coach decline.
public struct OffTopicEntry: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var questions: [Language: [String]]

    public init(id: String, questions: [Language: [String]]) {
        self.id = id
        self.questions = questions
    }
}
