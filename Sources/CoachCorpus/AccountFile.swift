public import CoachCore
import Foundation

/// Reads an account file (YAML, see `method/account-format.md`) into an `Account`.
///
/// Every problem is reported like a compiler, with the file, line and column, the key and what is
/// allowed: `accounts/east.yaml:16:5: error: unknown key 'infuence' in person (did you mean
/// 'influence'?)`. A file with any error gives no account.
///
/// ```swift
/// do {
///     let account = try AccountFile.load(path: "accounts/east-post.yaml")
/// } catch {
///     error.diagnostics.forEach { print($0) }
/// }
/// ```
public enum AccountFile {
    /// Parses `text`, the contents of `file`; `defaultID` is the id when the file has none.
    public static func parse(_ text: String, file: String, defaultID: String) throws(DiagnosticError) -> Account {
        let dto = try YAMLFile.decode(AccountDTO.self, from: text, file: file)
        var problems = Problems(file: file)
        let account = build(dto, defaultID: defaultID, problems: &problems)
        guard problems.diagnostics.isEmpty else {
            throw DiagnosticError(problems.diagnostics.sorted { ($0.line, $0.column) < ($1.line, $1.column) })
        }
        return account
    }

    /// Reads and parses the file at `path`; its id defaults to the file name without extension.
    public static func load(path: String) throws(DiagnosticError) -> Account {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw DiagnosticError([Diagnostic(file: path, line: 1, column: 1, message: "cannot read the file: \(reason(error))")])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw DiagnosticError([Diagnostic(
                file: path, line: 1, column: 1, message: "the file is not UTF-8 text; save it with UTF-8 encoding")])
        }
        return try parse(text, file: path, defaultID: defaultID(forPath: path))
    }

    /// The id an account file gets when it has no `id:`: its name without the extension.
    public static func defaultID(forPath path: String) -> String {
        URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    }

    /// Whether `id` is a valid account id: lowercase letters, digits and '-', not starting with '-'.
    public static func isValidID(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, first != "-", id.unicodeScalars.count <= 64 else { return false }
        return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// `text` turned into a valid id where possible (`East Post` → `east-post`), else nil.
    public static func suggestedID(for text: String) -> String? {
        var slug = ""
        for scalar in text.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug.isEmpty ? nil : String(slug.prefix(64))
    }

    static func reason(_ error: any Error) -> String {
        let cocoa = error as NSError
        if let underlying = cocoa.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
           let code = POSIXErrorCode(rawValue: Int32(underlying.code)) {
            return String(cString: strerror(code.rawValue))
        }
        if cocoa.domain == NSCocoaErrorDomain {
            switch cocoa.code {
            case NSFileReadNoSuchFileError: return "no such file"
            case NSFileReadNoPermissionError: return "permission denied"
            default: break
            }
        }
        return cocoa.localizedDescription
    }
}

extension AccountFile {
    /// Diagnostics found after decoding, all reported together.
    struct Problems {
        var file: String
        var diagnostics: [Diagnostic] = []

        mutating func error(line: Int, column: Int, _ message: String) {
            diagnostics.append(Diagnostic(file: file, line: line, column: column, message: message))
        }

        mutating func error<T>(at located: Located<T>, _ message: String) {
            error(line: located.line, column: located.column, message)
        }
    }

    static func build(_ dto: AccountDTO, defaultID: String, problems: inout Problems) -> Account {
        let name = dto.name.value.trimmingCharacters(in: .whitespacesAndNewlines)
        if name.isEmpty {
            problems.error(at: dto.name, "'account' is empty; give the account's display name")
        }
        let id = checkedID(dto.id, defaultID: defaultID, problems: &problems)
        let people = dto.people.map { person(from: $0, problems: &problems) }
        checkNames(dto.people, problems: &problems)
        checkReportsTo(dto.people, problems: &problems)
        let issues = dto.openIssues.map { issue(from: $0, problems: &problems) }
        checkIssueTexts(dto.openIssues, problems: &problems)
        let changes = Changes(
            purchasingPower: dto.changes?.purchasingPower, reorganized: dto.changes?.reorganized,
            note: dto.changes?.note.nonEmpty)
        return Account(
            id: id, name: name, tier: dto.tier, kind: dto.kind, industry: dto.industry.nonEmpty,
            owner: dto.owner.nonEmpty, stage: dto.stage,
            products: dto.products.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty },
            changes: changes, people: people, openIssues: issues, buyingMode: dto.buyingMode)
    }

    static func checkedID(_ located: Located<String>?, defaultID: String, problems: inout Problems) -> String {
        let allowed = "use lowercase letters a-z, digits and '-'"
        if let located {
            let id = located.value.trimmingCharacters(in: .whitespaces)
            if !isValidID(id) {
                let hint = suggestedID(for: id).map { ", e.g. '\($0)'" } ?? ""
                problems.error(at: located, "invalid id '\(id)': \(allowed)\(hint)")
            }
            return id
        }
        if !isValidID(defaultID) {
            let example = suggestedID(for: defaultID) ?? "east-post"
            problems.error(
                line: 1, column: 1,
                "the file has no 'id' and its name '\(defaultID)' is not a valid id; add a line such as 'id: \(example)' (\(allowed))")
        }
        return defaultID
    }

    static func person(from dto: PersonDTO, problems: inout Problems) -> Person {
        let name = dto.name.value.trimmingCharacters(in: .whitespaces)
        if name.isEmpty { problems.error(at: dto.name, "'name' is empty; every person needs a name") }
        let calendar = dto.calendar ?? .solar
        if let birthday = dto.birthday, !isValidBirthday(birthday.value, calendar: calendar) {
            problems.error(
                at: birthday,
                "invalid birthday '\(birthday.value)': use YYYY-MM-DD or MM-DD with a real \(calendar.rawValue) date, e.g. 1976-08-15 or 08-15")
        }
        if let leap = dto.leapMonth, leap.value.value, calendar != .lunar {
            problems.error(
                at: leap, "'leap-month' applies to lunar birthdays only; add 'calendar: lunar' or remove 'leap-month'")
        }
        return Person(
            name: name, title: dto.title.nonEmpty, role: dto.role ?? .unknown,
            reportsTo: dto.reportsTo?.value.trimmingCharacters(in: .whitespaces).nonEmpty,
            influence: dto.influence ?? .unknown, support: dto.support ?? .unknown, contact: dto.contact,
            met: dto.met, isNew: dto.isNew ?? false, counterpart: dto.counterpart.nonEmpty,
            personality: dto.personality ?? .unknown, birthday: dto.birthday?.value, calendar: calendar,
            leapMonth: dto.leapMonth?.value.value ?? false, phone: dto.phone.nonEmpty, note: dto.note.nonEmpty,
            result: dto.result.nonEmpty, sex: dto.sex, address: dto.address.nonEmpty, greetings: dto.greetings,
            calendarStated: dto.birthday == nil ? nil : dto.calendar != nil)
    }

    static func issue(from dto: IssueDTO, problems: inout Problems) -> OpenIssue {
        let text = dto.text.value.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty { problems.error(at: dto.text, "'text' is empty; say what the customer raised") }
        if let raised = dto.raised, !isValidDate(raised.value) {
            problems.error(at: raised, "invalid date '\(raised.value)' for 'raised': use YYYY-MM-DD, e.g. 2026-10-12")
        }
        return OpenIssue(raised: dto.raised?.value, text: text, department: dto.department.nonEmpty, status: dto.status ?? .open)
    }

    /// Names must be unique: the error points at each repeat and names the first.
    static func checkNames(_ people: [PersonDTO], problems: inout Problems) {
        var first: [String: Located<String>] = [:]
        for person in people {
            let name = person.name.value.trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else { continue }
            if let earlier = first[name] {
                problems.error(
                    at: person.name,
                    "duplicate person '\(name)' (first at line \(earlier.line)); names must be unique within the account")
            } else {
                first[name] = person.name
            }
        }
    }

    /// `reports-to` may be free text, but a person cannot report to themselves or in a circle.
    static func checkReportsTo(_ people: [PersonDTO], problems: inout Problems) {
        var superior: [String: String] = [:]
        var located: [String: Located<String>] = [:]
        for person in people {
            let name = person.name.value.trimmingCharacters(in: .whitespaces)
            guard superior[name] == nil, let reportsTo = person.reportsTo else { continue }
            let boss = reportsTo.value.trimmingCharacters(in: .whitespaces)
            if boss == name {
                problems.error(at: reportsTo, "'\(name)' cannot report to themselves; name their superior or leave 'reports-to' out")
                continue
            }
            superior[name] = boss
            located[name] = reportsTo
        }
        var reported = Set<String>()
        for person in people {
            let start = person.name.value.trimmingCharacters(in: .whitespaces)
            var chain = [start]
            var current = start
            while let next = superior[current] {
                if next == start {
                    let cycle = Set(chain)
                    if reported.isDisjoint(with: cycle), let position = located[start] {
                        problems.error(
                            at: position,
                            "reports-to goes round in a circle: \((chain + [start]).joined(separator: " → ")); one of them must report to someone outside it")
                    }
                    reported.formUnion(cycle)
                    break
                }
                if chain.contains(next) { break }
                chain.append(next)
                current = next
            }
        }
    }

    /// Issues are matched by their text between versions, so two with the same text are an error.
    static func checkIssueTexts(_ issues: [IssueDTO], problems: inout Problems) {
        var first: [String: Int] = [:]
        for issue in issues {
            let text = issue.text.value.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty else { continue }
            if let line = first[text] {
                problems.error(
                    at: issue.text, "duplicate open issue '\(text)' (first at line \(line)); merge them or tell them apart")
            } else {
                first[text] = issue.text.line
            }
        }
    }

    /// `YYYY-MM-DD` naming a real day of the Gregorian calendar.
    static func isValidDate(_ text: String) -> Bool {
        guard let (year, month, day) = numbers(text, lengths: [4, 2, 2]) else { return false }
        return (1...12).contains(month) && (1...daysIn(month: month, year: year)).contains(day)
    }

    /// `YYYY-MM-DD` or `MM-DD`; lunar months have at most 30 days.
    static func isValidBirthday(_ text: String, calendar: CalendarKind) -> Bool {
        let parsed = numbers(text, lengths: [4, 2, 2]) ?? numbers("0000-" + text, lengths: [4, 2, 2])
        guard let (year, month, day) = parsed, (1...12).contains(month), day >= 1 else { return false }
        switch calendar {
        case .lunar: return day <= 30
        case .solar: return day <= daysIn(month: month, year: year == 0 ? 2000 : year)
        }
    }

    static func numbers(_ text: String, lengths: [Int]) -> (Int, Int, Int)? {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, zip(parts, lengths).allSatisfy({ part, length in
                  part.count == length && part.allSatisfy { $0.isASCII && $0.isNumber }
              }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        return (year, month, day)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

extension Optional where Wrapped == String {
    /// The trimmed text, or nil when it is missing or blank.
    fileprivate var nonEmpty: String? {
        guard let trimmed = self?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        return trimmed
    }
}

extension String {
    fileprivate var nonEmpty: String? { Optional(self).nonEmpty }
}
