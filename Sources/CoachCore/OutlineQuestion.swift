/// A question of the per-account question outline, filled from the account.
public struct OutlineQuestion: Sendable, Hashable, Codable {
    /// Whom a question is for.
    public enum Audience: String, Sendable, Hashable, Codable, CaseIterable {
        /// Put to the person it names (addressed by title and surname).
        case person
        /// Asked of your coach (insider) about the person it names.
        case coach
        /// For whoever you meet at the account.
        case customer
    }

    public var text: LocalizedText
    public var role: BuyingRole?
    /// The person it is about or put to; nil for questions about the account.
    public var person: String?
    /// Whom to ask: the person, your coach, or whoever you meet.
    public var audience: Audience
    /// The open issue it follows up, if any.
    public var issue: String?
    public var topics: [String]
    public var templateID: String
    public var priority: Int

    public init(
        text: LocalizedText, role: BuyingRole?, person: String?, audience: Audience = .customer, issue: String? = nil,
        topics: [String], templateID: String, priority: Int
    ) {
        self.issue = issue
        self.text = text
        self.role = role
        self.person = person
        self.audience = audience
        self.topics = topics
        self.templateID = templateID
        self.priority = priority
    }

    enum CodingKeys: String, CodingKey { case text, role, person, audience, issue, topics, templateID, priority }

    /// Outlines stored before questions had an audience read as "for whoever you meet".
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        text = try container.decode(LocalizedText.self, forKey: .text)
        role = try container.decodeIfPresent(BuyingRole.self, forKey: .role)
        person = try container.decodeIfPresent(String.self, forKey: .person)
        audience = try container.decodeIfPresent(Audience.self, forKey: .audience) ?? .customer
        issue = try container.decodeIfPresent(String.self, forKey: .issue)
        topics = try container.decode([String].self, forKey: .topics)
        templateID = try container.decode(String.self, forKey: .templateID)
        priority = try container.decode(Int.self, forKey: .priority)
    }
}

extension OutlineQuestion.Audience {
    /// A short tag for outline listings: whom to ask.
    public var label: LocalizedText {
        switch self {
        case .person: LocalizedText(en: "ask them", zhHans: "问本人", zhHant: "問本人")
        case .coach: LocalizedText(en: "ask your coach", zhHans: "问教练", zhHant: "問教練")
        case .customer: LocalizedText(en: "ask whoever you meet", zhHans: "问见到的人", zhHant: "問見到的人")
        }
    }

    /// The tag as shown after a question: "(ask your coach)", "（問教練）".
    public func tag(_ language: Language) -> String {
        language == .en ? "(\(label.en))" : "（\(label[language])）"
    }
}
