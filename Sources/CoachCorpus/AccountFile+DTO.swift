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
            line = decoder.mark?.line ?? 1
            column = decoder.mark?.column ?? 1
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
            let container = try decoder.mapping(AccountFile.accountKeys, context: .account)
            name = container.required(Located<String>.self, "account", context: .account, in: decoder)
            id = container.field(Located<String>.self, "id", expected: .text)
            tier = container.field(Term<Tier>.self, "tier", expected: .term)?.value
            kind = container.field(Term<AccountKind>.self, "kind", expected: .term)?.value
            industry = container.field(String.self, "industry", expected: .text)
            owner = container.field(String.self, "owner", expected: .text)
            stage = container.field(Term<Stage>.self, "stage", expected: .term)?.value
            buyingMode = container.field(Term<BuyingMode>.self, "buying-mode", expected: .term)?.value
            products = container.field(TextList.self, "products", expected: .list)?.values ?? []
            changes = container.field(ChangesDTO.self, "changes", expected: .mapping)
            people = container.list(PersonDTO.self, "people")
            openIssues = container.list(IssueDTO.self, "open-issues")
        }
    }

    /// `changes:`, the recent changes in the account.
    struct ChangesDTO: Decodable {
        var purchasingPower: PowerChange?
        var reorganized: Bool?
        var note: String?

        init(from decoder: any Decoder) throws {
            let container = try decoder.mapping(AccountFile.changesKeys, context: .changes)
            purchasingPower = container.field(Term<PowerChange>.self, "purchasing-power", expected: .term)?.value
            reorganized = container.field(Flag.self, "reorganized", expected: .yesNo)?.value
            note = container.field(String.self, "note", expected: .text)
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
            let container = try decoder.mapping(AccountFile.personKeys, context: .person)
            line = decoder.mark?.line ?? 1
            column = decoder.mark?.column ?? 1
            name = container.required(Located<String>.self, "name", context: .person, in: decoder)
            title = container.field(String.self, "title", expected: .text)
            role = container.field(Term<BuyingRole>.self, "role", expected: .term)?.value
            reportsTo = container.field(Located<String>.self, "reports-to", expected: .text)
            influence = container.field(Term<Level>.self, "influence", expected: .term)?.value
            support = container.field(Term<Support>.self, "support", expected: .term)?.value
            contact = container.field(Term<Contact>.self, "contact", expected: .term)?.value
            met = container.field(Flag.self, "met", expected: .yesNo)?.value
            isNew = container.field(Flag.self, "new", expected: .yesNo)?.value
            counterpart = container.field(String.self, "counterpart", expected: .text)
            personality = container.field(Term<Personality>.self, "personality", expected: .term)?.value
            birthday = container.field(Located<String>.self, "birthday", expected: .text)
            calendar = container.field(Term<CalendarKind>.self, "calendar", expected: .term)?.value
            leapMonth = container.field(Located<Flag>.self, "leap-month", expected: .yesNo)
            phone = container.field(String.self, "phone", expected: .text)
            note = container.field(String.self, "note", expected: .text)
            result = container.field(String.self, "result", expected: .text)
            sex = container.field(Term<Sex>.self, "sex", expected: .term)?.value
            address = container.field(String.self, "address", expected: .text)
            greetings = container.field(Term<GreetingStyle>.self, "greetings", expected: .term)?.value
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
            let container = try decoder.mapping(AccountFile.issueKeys, context: .issue)
            line = decoder.mark?.line ?? 1
            column = decoder.mark?.column ?? 1
            raised = container.field(Located<String>.self, "raised", expected: .text)
            text = container.required(Located<String>.self, "text", context: .issue, in: decoder)
            department = container.field(String.self, "department", expected: .text)
            status = container.field(Term<IssueStatus>.self, "status", expected: .term)?.value
        }
    }
}
