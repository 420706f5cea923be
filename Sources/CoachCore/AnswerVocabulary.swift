/// How people answer the coach in one language, read from `corpus/answers/<language>.yaml`.
///
/// The words are method data a trainer edits (adding 算是 needs no release); `AnswerInterpreter`
/// reads answers with the vocabularies of every language at once, since people mix them ("ok，有").
public struct AnswerVocabulary: Sendable, Hashable, Codable {
    public var language: Language
    public var yes: [String]
    public var no: [String]
    /// "Not sure": a third answer, never taken for no.
    public var unsure: [String]
    /// "Nobody" for who-questions.
    public var nobody: [String]
    /// "Both", "all of them": everyone the question proposed.
    public var everyone: [String]
    /// Words that are never a name or an answer.
    public var filler: [String]
    /// Words marking someone the account file does not have yet ("new", "新來的").
    public var newPerson: [String]
    /// Words written next to a surname when naming someone politely (科長, Ms).
    public var honorifics: [String]
    /// Words joining several people ("and", "和").
    public var conjunctions: [String]
    /// Words naming a person by role ("the CFO", "財務").
    public var roles: [BuyingRole: [String]]
    /// Openings that make a line a question to the coach.
    public var questionStarts: [String]
    /// Words that move on like Enter (a lesson's next screen: "next", 下一頁, 繼續).
    public var moveOn: [String]
    /// Sentence-final particles that may close a short answer (要啊, 不要啦): dropped, never kept
    /// as detail. Pronouns are not particles (有，他每週都來 keeps 他).
    public var particles: [String]
    /// The short re-ask shown when an answer cannot be read, per answer type.
    public var reAsk: [SelfCheckQuestion.AnswerType: String]
    /// The file it came from (`corpus/answers/en.yaml`).
    public var source: String

    public init(
        language: Language, yes: [String], no: [String], unsure: [String], nobody: [String] = [],
        everyone: [String] = [], filler: [String] = [], newPerson: [String] = [], honorifics: [String] = [],
        conjunctions: [String] = [], roles: [BuyingRole: [String]] = [:], questionStarts: [String] = [],
        moveOn: [String] = [], particles: [String] = [], reAsk: [SelfCheckQuestion.AnswerType: String] = [:], source: String = ""
    ) {
        self.language = language
        self.yes = yes
        self.no = no
        self.unsure = unsure
        self.nobody = nobody
        self.everyone = everyone
        self.filler = filler
        self.newPerson = newPerson
        self.honorifics = honorifics
        self.conjunctions = conjunctions
        self.roles = roles
        self.questionStarts = questionStarts
        self.moveOn = moveOn
        self.particles = particles
        self.reAsk = reAsk
        self.source = source
    }
}
