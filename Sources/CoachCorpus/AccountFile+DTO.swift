import CoachCore
import Foundation
import Yams

// Decodable shapes of an account file. Decoding never stops at the first problem: each shape
// records what is wrong in the decoder's `ProblemLog` (every unknown key, every bad value, each at
// its line) and goes on with the rest, so a file with three errors reports three. Values that need
// checking across fields keep their position (`Located`) for later diagnostics.

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
            line = decoder.sourceMark?.line ?? 1
            column = decoder.sourceMark?.column ?? 1
        }

        init(_ value: Value, line: Int, column: Int) {
            self.value = value
            self.line = line
            self.column = column
        }
    }

    /// An enumeration value given as its English word or a Chinese term.
    struct Term<T: AccountTerm>: Decodable {
        var value: T

        init(from decoder: any Decoder) throws {
            let field = decoder.codingPath.last?.stringValue ?? "value"
            guard let raw = decoder.scalarText else {
                throw decoder.problem(.wrongShape(field: field, expected: .term, found: Shape.of(decoder)))
            }
            guard let value = T(term: raw) else {
                throw decoder.problem(.invalidTerm(
                    field: field, value: raw, suggestion: Suggestion.closest(to: raw, in: T.allowedWords),
                    allowed: T.choices))
            }
            self.value = value
        }
    }

    /// A yes/no value: YAML's true/false/yes/no, or 是/否, 有/沒有.
    struct Flag: Decodable {
        /// The words accepted besides `true` and `false`, in the order error messages list them.
        static let words: KeyValuePairs<String, Bool> = [
            "yes": true, "no": false, "y": true, "n": false,
            "是": true, "否": false, "有": true, "沒有": false, "没有": false, "無": false, "无": false,
        ]
        var value: Bool

        init(from decoder: any Decoder) throws {
            let field = decoder.codingPath.last?.stringValue ?? "value"
            guard let raw = decoder.scalarText else {
                throw decoder.problem(.wrongShape(field: field, expected: .yesNo, found: Shape.of(decoder)))
            }
            let word = raw.trimmingCharacters(in: .whitespaces).lowercased()
            if word == "true" || word == "false" {
                value = word == "true"
            } else if let flag = Self.words.first(where: { $0.key == word })?.value {
                value = flag
            } else {
                throw decoder.problem(.invalidFlag(field: field, value: raw, allowed: Self.words.map(\.key)))
            }
        }
    }

    /// A list of texts, or a single text taken as a list of one.
    struct TextList: Decodable {
        var values: [String]

        init(from decoder: any Decoder) throws {
            let field = decoder.codingPath.last?.stringValue ?? "value"
            if let single = decoder.scalarText {
                values = [single]
                return
            }
            guard var list = try? decoder.unkeyedContainer() else {
                throw decoder.problem(.wrongShape(field: field, expected: .list, found: Shape.of(decoder)))
            }
            var values: [String] = []
            while !list.isAtEnd {
                let item = try list.superDecoder()
                if let text = item.scalarText {
                    values.append(text)
                } else {
                    item.record(.wrongShape(field: field, expected: .text, found: Shape.of(item)))
                }
            }
            self.values = values
        }
    }

    /// The whole file.
    struct AccountDTO: Decodable {
        var name: Located<String>?
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
            let container = try decoder.mapping(context: .account)
            products = []
            people = []
            openIssues = []
            for key in container.allKeys {
                switch key.stringValue {
                case "account": name = container.requiredText(key)
                case "id": id = container.field(Located<String>.self, key, expected: .text)
                case "tier": tier = container.field(Term<Tier>.self, key, expected: .term)?.value
                case "kind": kind = container.field(Term<AccountKind>.self, key, expected: .term)?.value
                case "industry": industry = container.field(String.self, key, expected: .text)
                case "owner": owner = container.field(String.self, key, expected: .text)
                case "stage": stage = container.field(Term<Stage>.self, key, expected: .term)?.value
                case "buying-mode": buyingMode = container.field(Term<BuyingMode>.self, key, expected: .term)?.value
                case "products": products = container.field(TextList.self, key, expected: .list)?.values ?? []
                case "changes": changes = container.field(ChangesDTO.self, key, expected: .mapping)
                case "people": people = container.list(PersonDTO.self, key)
                case "open-issues": openIssues = container.list(IssueDTO.self, key)
                default: decoder.recordUnknownKey(key, in: container, allowed: AccountFile.accountKeys, context: .account)
                }
            }
            if !container.contains(AnyKey("account")) { decoder.recordMissing("account", context: .account) }
        }
    }

    /// `changes:`, the recent changes in the account.
    struct ChangesDTO: Decodable {
        var purchasingPower: PowerChange?
        var reorganized: Bool?
        var note: String?

        init(from decoder: any Decoder) throws {
            let container = try decoder.mapping(context: .changes)
            for key in container.allKeys {
                switch key.stringValue {
                case "purchasing-power": purchasingPower = container.field(Term<PowerChange>.self, key, expected: .term)?.value
                case "reorganized": reorganized = container.field(Flag.self, key, expected: .yesNo)?.value
                case "note": note = container.field(String.self, key, expected: .text)
                default: decoder.recordUnknownKey(key, in: container, allowed: AccountFile.changesKeys, context: .changes)
                }
            }
        }
    }

    /// One item of `people:`.
    struct PersonDTO: Decodable {
        var line: Int
        var column: Int
        var name: Located<String>?
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
            let container = try decoder.mapping(context: .person)
            line = decoder.sourceMark?.line ?? 1
            column = decoder.sourceMark?.column ?? 1
            var named = false
            for key in container.allKeys {
                switch key.stringValue {
                case "name":
                    named = true
                    name = container.requiredText(key)
                case "title": title = container.field(String.self, key, expected: .text)
                case "role": role = container.field(Term<BuyingRole>.self, key, expected: .term)?.value
                case "reports-to": reportsTo = container.field(Located<String>.self, key, expected: .text)
                case "influence": influence = container.field(Term<Level>.self, key, expected: .term)?.value
                case "support": support = container.field(Term<Support>.self, key, expected: .term)?.value
                case "contact": contact = container.field(Term<Contact>.self, key, expected: .term)?.value
                case "met": met = container.field(Flag.self, key, expected: .yesNo)?.value
                case "new": isNew = container.field(Flag.self, key, expected: .yesNo)?.value
                case "counterpart": counterpart = container.field(String.self, key, expected: .text)
                case "personality": personality = container.field(Term<Personality>.self, key, expected: .term)?.value
                case "birthday": birthday = container.field(Located<String>.self, key, expected: .text)
                case "calendar": calendar = container.field(Term<CalendarKind>.self, key, expected: .term)?.value
                case "leap-month": leapMonth = container.field(Located<Flag>.self, key, expected: .yesNo)
                case "phone": phone = container.field(String.self, key, expected: .text)
                case "note": note = container.field(String.self, key, expected: .text)
                case "result": result = container.field(String.self, key, expected: .text)
                case "sex": sex = container.field(Term<Sex>.self, key, expected: .term)?.value
                case "address": address = container.field(String.self, key, expected: .text)
                case "greetings": greetings = container.field(Term<GreetingStyle>.self, key, expected: .term)?.value
                default: decoder.recordUnknownKey(key, in: container, allowed: AccountFile.personKeys, context: .person)
                }
            }
            if !named { decoder.recordMissing("name", context: .person) }
        }
    }

    /// One item of `open-issues:`.
    struct IssueDTO: Decodable {
        var line: Int
        var column: Int
        var raised: Located<String>?
        var text: Located<String>?
        var department: String?
        var status: IssueStatus?

        init(from decoder: any Decoder) throws {
            let container = try decoder.mapping(context: .issue)
            line = decoder.sourceMark?.line ?? 1
            column = decoder.sourceMark?.column ?? 1
            var hasText = false
            for key in container.allKeys {
                switch key.stringValue {
                case "raised": raised = container.field(Located<String>.self, key, expected: .text)
                case "text":
                    hasText = true
                    text = container.requiredText(key)
                case "department": department = container.field(String.self, key, expected: .text)
                case "status": status = container.field(Term<IssueStatus>.self, key, expected: .term)?.value
                default: decoder.recordUnknownKey(key, in: container, allowed: AccountFile.issueKeys, context: .issue)
                }
            }
            if !hasText { decoder.recordMissing("text", context: .issue) }
        }
    }
}
