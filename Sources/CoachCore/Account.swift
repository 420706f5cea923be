import Foundation

/// A key account: the salesperson's file on one customer organisation.
public struct Account: Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    public var tier: Tier?
    public var kind: AccountKind?
    public var industry: String?
    public var owner: String?
    public var stage: Stage?
    public var products: [String]
    public var changes: Changes
    public var people: [Person]
    public var openIssues: [OpenIssue]
    /// How the account sees its situation (the Blue Sheet's buying mode); nil when not assessed.
    public var buyingMode: BuyingMode?

    public init(
        id: String, name: String, tier: Tier? = nil, kind: AccountKind? = nil, industry: String? = nil,
        owner: String? = nil, stage: Stage? = nil, products: [String] = [], changes: Changes = Changes(),
        people: [Person] = [], openIssues: [OpenIssue] = [], buyingMode: BuyingMode? = nil
    ) {
        self.id = id
        self.name = name
        self.tier = tier
        self.kind = kind
        self.industry = industry
        self.owner = owner
        self.stage = stage
        self.products = products
        self.changes = changes
        self.people = people
        self.openIssues = openIssues
        self.buyingMode = buyingMode
    }

    /// The person with this name, if any.
    public func person(named name: String) -> Person? { people.first { $0.name == name } }

    /// People in a role (finance also counts when asking for technical gatekeepers, see `covers`).
    public func people(in role: BuyingRole) -> [Person] { people.filter { $0.role == role } }
}

/// Recent changes in the account: the "reshuffled cast" signals.
public struct Changes: Sendable, Hashable, Codable {
    public var purchasingPower: PowerChange?
    public var reorganized: Bool?
    public var note: String?

    public init(purchasingPower: PowerChange? = nil, reorganized: Bool? = nil, note: String? = nil) {
        self.purchasingPower = purchasingPower
        self.reorganized = reorganized
        self.note = note
    }
}

/// One person in the account and what we know of them.
public struct Person: Sendable, Hashable, Codable {
    public var name: String
    public var title: String?
    public var role: BuyingRole
    public var reportsTo: String?
    public var influence: Level
    public var support: Support
    public var contact: Contact?
    public var met: Bool?
    public var isNew: Bool
    public var counterpart: String?
    public var personality: Personality
    public var birthday: String?
    public var calendar: CalendarKind
    /// Whether the account file said which calendar the birthday is in (false: `calendar` is the
    /// solar default, a fact to verify); nil for records made before this was kept.
    public var calendarStated: Bool?
    public var leapMonth: Bool
    public var phone: String?
    public var note: String?
    /// What winning means to this person personally (the Blue Sheet's win/result).
    public var result: String?
    /// For the form of address in greetings (先生/女士, Mr/Ms).
    public var sex: Sex?
    /// Where birthday flowers and cards go (通信地址).
    public var address: String?
    /// How the coach drafts their greetings: formal, warm, or none at all; nil means formal.
    public var greetings: GreetingStyle?

    public init(
        name: String, title: String? = nil, role: BuyingRole = .unknown, reportsTo: String? = nil,
        influence: Level = .unknown, support: Support = .unknown, contact: Contact? = nil, met: Bool? = nil,
        isNew: Bool = false, counterpart: String? = nil, personality: Personality = .unknown,
        birthday: String? = nil, calendar: CalendarKind = .solar, leapMonth: Bool = false,
        phone: String? = nil, note: String? = nil, result: String? = nil, sex: Sex? = nil, address: String? = nil,
        greetings: GreetingStyle? = nil, calendarStated: Bool? = nil
    ) {
        self.name = name
        self.title = title
        self.role = role
        self.reportsTo = reportsTo
        self.influence = influence
        self.support = support
        self.contact = contact
        self.met = met
        self.isNew = isNew
        self.counterpart = counterpart
        self.personality = personality
        self.birthday = birthday
        self.calendar = calendar
        self.leapMonth = leapMonth
        self.phone = phone
        self.note = note
        self.result = result
        self.sex = sex
        self.address = address
        self.greetings = greetings
        self.calendarStated = calendarStated
    }
}

/// An issue the customer raised, carried between visits until the customer is told the result.
public struct OpenIssue: Sendable, Hashable, Codable {
    /// The day it was raised, `YYYY-MM-DD`.
    public var raised: String?
    public var text: String
    public var department: String?
    public var status: IssueStatus

    public init(raised: String? = nil, text: String, department: String? = nil, status: IssueStatus = .open) {
        self.raised = raised
        self.text = text
        self.department = department
        self.status = status
    }
}
