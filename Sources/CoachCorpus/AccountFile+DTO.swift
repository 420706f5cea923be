import CoachCore
import Foundation
import Yams

// Decodable shapes of an account file. Each checks its keys, so a typo is an error at its line;
// values that need checking across fields keep their position (`Located`) for later diagnostics.

extension AccountFile {
    static let accountKeys = [
        "account", "id", "tier", "kind", "industry", "owner", "stage", "buying-mode", "products", "changes",
        "people", "open-issues",
    ]
    static let changesKeys = ["purchasing-power", "reorganized", "note"]
    static let personKeys = [
        "name", "title", "role", "reports-to", "influence", "support", "contact", "met", "new", "counterpart",
        "personality", "birthday", "calendar", "leap-month", "phone", "note", "result", "sex", "address",
        "greetings",
    ]
    static let issueKeys = ["raised", "text", "department", "status"]

    /// A decoded value with the line and column of its node, for checks made after decoding.
    struct Located<Value: Decodable>: Decodable {
        var value: Value
        var line: Int
        var column: Int

        init(from decoder: any Decoder) throws {
            value = try decoder.singleValueContainer().decode(Value.self)
            line = decoder.mark?.line ?? 1
            column = decoder.mark?.column ?? 1
        }
    }

    /// An enumeration value given as its English word or a Chinese term.
    struct Term<T: AccountTerm>: Decodable {
        var value: T

        init(from decoder: any Decoder) throws {
            value = try decoder.decodeTerm(T.self, field: decoder.codingPath.last?.stringValue ?? "value")
        }
    }

    /// A yes/no value: YAML's true/false/yes/no, or 是/否, 有/沒有.
    struct Flag: Decodable {
        static let words: [String: Bool] = [
            "true": true, "false": false, "yes": true, "no": false, "y": true, "n": false,
            "是": true, "否": false, "有": true, "沒有": false, "没有": false, "無": false, "无": false,
        ]
        var value: Bool

        init(from decoder: any Decoder) throws {
            let field = decoder.codingPath.last?.stringValue ?? "value"
            let container = try decoder.singleValueContainer()
            if let flag = try? container.decode(Bool.self) {
                value = flag
                return
            }
            let raw = (try? container.decode(String.self)) ?? ""
            guard let flag = Self.words[raw.trimmingCharacters(in: .whitespaces).lowercased()] else {
                throw decoder.fieldError(
                    key: nil, message: "invalid value '\(raw)' for '\(field)'; allowed: true, false (or yes, no, 是, 否)")
            }
            value = flag
        }
    }

    /// A list of texts, or a single text taken as a list of one.
    struct TextList: Decodable {
        var values: [String]

        init(from decoder: any Decoder) throws {
            if let single = try? decoder.singleValueContainer().decode(String.self) {
                values = [single]
                return
            }
            var list = try decoder.unkeyedContainer()
            var values: [String] = []
            while !list.isAtEnd { values.append(try list.decode(String.self)) }
            self.values = values
        }
    }

    /// The whole file.
    struct AccountDTO: Decodable {
        var name: Located<String>
        var id: Located<String>?
        var tier: Tier?
        var kind: AccountKind?
        var industry: String?
        var owner: String?
        var stage: Stage?
        var buyingMode: BuyingMode?
        var products: [String]
        var changes: ChangesDTO?
        var people: [PersonDTO]
        var openIssues: [IssueDTO]

        init(from decoder: any Decoder) throws {
            try decoder.checkKeys(AccountFile.accountKeys, context: "the account")
            let container = try decoder.container(keyedBy: AnyKey.self)
            name = try container.decode(Located<String>.self, forKey: AnyKey("account"))
            id = try container.decodeIfPresent(Located<String>.self, forKey: AnyKey("id"))
            tier = try container.decodeIfPresent(Term<Tier>.self, forKey: AnyKey("tier"))?.value
            kind = try container.decodeIfPresent(Term<AccountKind>.self, forKey: AnyKey("kind"))?.value
            industry = try container.decodeIfPresent(String.self, forKey: AnyKey("industry"))
            owner = try container.decodeIfPresent(String.self, forKey: AnyKey("owner"))
            stage = try container.decodeIfPresent(Term<Stage>.self, forKey: AnyKey("stage"))?.value
            buyingMode = try container.decodeIfPresent(Term<BuyingMode>.self, forKey: AnyKey("buying-mode"))?.value
            products = try container.decodeIfPresent(TextList.self, forKey: AnyKey("products"))?.values ?? []
            changes = try container.decodeIfPresent(ChangesDTO.self, forKey: AnyKey("changes"))
            people = try container.decodeIfPresent([PersonDTO].self, forKey: AnyKey("people")) ?? []
            openIssues = try container.decodeIfPresent([IssueDTO].self, forKey: AnyKey("open-issues")) ?? []
        }
    }

    /// `changes:`, the recent changes in the account.
    struct ChangesDTO: Decodable {
        var purchasingPower: PowerChange?
        var reorganized: Bool?
        var note: String?

        init(from decoder: any Decoder) throws {
            try decoder.checkKeys(AccountFile.changesKeys, context: "changes")
            let container = try decoder.container(keyedBy: AnyKey.self)
            purchasingPower = try container.decodeIfPresent(Term<PowerChange>.self, forKey: AnyKey("purchasing-power"))?.value
            reorganized = try container.decodeIfPresent(Flag.self, forKey: AnyKey("reorganized"))?.value
            note = try container.decodeIfPresent(String.self, forKey: AnyKey("note"))
        }
    }

    /// One item of `people:`.
    struct PersonDTO: Decodable {
        var line: Int
        var column: Int
        var name: Located<String>
        var title: String?
        var role: BuyingRole?
        var reportsTo: Located<String>?
        var influence: Level?
        var support: Support?
        var contact: Contact?
        var met: Bool?
        var isNew: Bool?
        var counterpart: String?
        var personality: Personality?
        var birthday: Located<String>?
        var calendar: CalendarKind?
        var leapMonth: Located<Flag>?
        var phone: String?
        var note: String?
        var result: String?
        var sex: Sex?
        var address: String?
        var greetings: GreetingStyle?

        init(from decoder: any Decoder) throws {
            try decoder.checkKeys(AccountFile.personKeys, context: "person")
            line = decoder.mark?.line ?? 1
            column = decoder.mark?.column ?? 1
            let container = try decoder.container(keyedBy: AnyKey.self)
            name = try container.decode(Located<String>.self, forKey: AnyKey("name"))
            title = try container.decodeIfPresent(String.self, forKey: AnyKey("title"))
            role = try container.decodeIfPresent(Term<BuyingRole>.self, forKey: AnyKey("role"))?.value
            reportsTo = try container.decodeIfPresent(Located<String>.self, forKey: AnyKey("reports-to"))
            influence = try container.decodeIfPresent(Term<Level>.self, forKey: AnyKey("influence"))?.value
            support = try container.decodeIfPresent(Term<Support>.self, forKey: AnyKey("support"))?.value
            contact = try container.decodeIfPresent(Term<Contact>.self, forKey: AnyKey("contact"))?.value
            met = try container.decodeIfPresent(Flag.self, forKey: AnyKey("met"))?.value
            isNew = try container.decodeIfPresent(Flag.self, forKey: AnyKey("new"))?.value
            counterpart = try container.decodeIfPresent(String.self, forKey: AnyKey("counterpart"))
            personality = try container.decodeIfPresent(Term<Personality>.self, forKey: AnyKey("personality"))?.value
            birthday = try container.decodeIfPresent(Located<String>.self, forKey: AnyKey("birthday"))
            calendar = try container.decodeIfPresent(Term<CalendarKind>.self, forKey: AnyKey("calendar"))?.value
            leapMonth = try container.decodeIfPresent(Located<Flag>.self, forKey: AnyKey("leap-month"))
            phone = try container.decodeIfPresent(String.self, forKey: AnyKey("phone"))
            note = try container.decodeIfPresent(String.self, forKey: AnyKey("note"))
            result = try container.decodeIfPresent(String.self, forKey: AnyKey("result"))
            sex = try container.decodeIfPresent(Term<Sex>.self, forKey: AnyKey("sex"))?.value
            address = try container.decodeIfPresent(String.self, forKey: AnyKey("address"))
            greetings = try container.decodeIfPresent(Term<GreetingStyle>.self, forKey: AnyKey("greetings"))?.value
        }
    }

    /// One item of `open-issues:`.
    struct IssueDTO: Decodable {
        var line: Int
        var column: Int
        var raised: Located<String>?
        var text: Located<String>
        var department: String?
        var status: IssueStatus?

        init(from decoder: any Decoder) throws {
            try decoder.checkKeys(AccountFile.issueKeys, context: "open issue")
            line = decoder.mark?.line ?? 1
            column = decoder.mark?.column ?? 1
            let container = try decoder.container(keyedBy: AnyKey.self)
            raised = try container.decodeIfPresent(Located<String>.self, forKey: AnyKey("raised"))
            text = try container.decode(Located<String>.self, forKey: AnyKey("text"))
            department = try container.decodeIfPresent(String.self, forKey: AnyKey("department"))
            status = try container.decodeIfPresent(Term<IssueStatus>.self, forKey: AnyKey("status"))?.value
        }
    }
}
