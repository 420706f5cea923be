public import CoachCore
import Foundation
import Yams
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
    /// The largest account file read, in bytes (1 MB): a real account is a few kilobytes, and a
    /// larger file is refused before it is parsed.
    public static let sizeLimit = 1024 * 1024

    /// The most problems listed for one file, as a compiler stops after so many errors; the
    /// others are counted in a last line.
    public static let maxReportedProblems = 100

    /// Parses `text`, the contents of `file`; `defaultID` is the id when the file has none.
    /// Every problem in the file is reported, each at its line, in `language`.
    ///
    /// O(n) in the size of the text: a file in the subset `YAMLSubsetReader` reads is decoded from
    /// its tree; any other, and any file with a problem, goes through Yams, with aliases and merge
    /// keys checked on the event stream first (`YAMLGuard`); every check over people is linear.
    public static func parse(
        _ text: String, file: String, defaultID: String, language: Language = .en
    ) throws(DiagnosticError) -> Account {
        var problems = Problems(file: file, language: language)
        let dto: AccountDTO
        if YAMLFile.subsetReaderEnabled, let decoded = decodeSubset(text, file: file) {
            dto = decoded
        } else {
            let guarded = YAMLGuard.check(text)
            guard guarded.isEmpty else {
                guarded.forEach { problems.add($0) }
                throw problems.error
            }
            let log = ProblemLog()
            do {
                dto = try decode(text, file: file, log: log)
            } catch {
                problems.add(log)
                problems.add(error.finding)
                throw problems.error
            }
            problems.add(log)
        }
        let account = build(dto, defaultID: defaultID, problems: &problems)
        guard problems.total == 0 else { throw problems.error }
        return account
    }

    /// Reads and parses the file at `path`; its id defaults to the file name without extension.
    ///
    /// Before anything is parsed the file must exist, be a regular file (not a folder or a
    /// device), be at most `sizeLimit` bytes, be readable, not be empty and be UTF-8; each has its
    /// own message naming the file.
    public static func load(path: String, language: Language = .en) throws(DiagnosticError) -> Account {
        func fail(_ problem: AccountFileProblem) -> DiagnosticError {
            DiagnosticError([Diagnostic(file: path, line: 1, column: 1, message: problem.message(language))])
        }
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw fail(errno == ENOENT || errno == ENOTDIR ? .notFound : .unreadable(reason: String(cString: strerror(errno))))
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw fail(.isFolder)
        default: throw fail(.notRegularFile)
        }
        guard info.st_size <= sizeLimit else { throw fail(.tooLarge(size: Int(info.st_size), limit: sizeLimit)) }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw fail(.unreadable(reason: String(cString: strerror(access(path, R_OK) == 0 ? EIO : errno))))
        }
        defer { try? handle.close() }
        let data: Data
        do {
            // One byte more than the limit: a file that grew after `stat` is still refused.
            data = try handle.read(upToCount: sizeLimit + 1) ?? Data()
        } catch {
            throw fail(.unreadable(reason: reason(error)))
        }
        guard data.count <= sizeLimit else { throw fail(.tooLarge(size: data.count, limit: sizeLimit)) }
        guard let text = String(data: data, encoding: .utf8) else {
            let line = data.prefix(upTo: firstInvalidUTF8(data)).reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            throw DiagnosticError([Diagnostic(file: path, line: line, column: 1, message: AccountFileProblem.notUTF8.message(language))])
        }
        guard !text.allSatisfy(\.isWhitespace) else { throw fail(.empty) }
        return try parse(text, file: path, defaultID: defaultID(forPath: path), language: language)
    }

    /// The offset of the first byte that is not part of valid UTF-8 (`data.count` if none).
    static func firstInvalidUTF8(_ data: Data) -> Int {
        var offset = 0
        var decoder = UTF8()
        var bytes = data.makeIterator()
        var consumed = 0
        while true {
            switch decoder.decode(&bytes) {
            case .scalarValue(let scalar):
                consumed += UTF8.width(scalar)
                offset = consumed
            case .emptyInput: return data.count
            case .error: return offset
            }
        }
    }

    /// `text` read by `YAMLSubsetReader` and decoded from its tree when that finds no problem at
    /// all; nil otherwise, and the text is read with Yams to report them as before. Text in that
    /// subset has nothing `YAMLGuard` refuses (no aliases, merge keys, tags, complex keys, second
    /// documents, and less nesting).
    static func decodeSubset(_ text: String, file: String) -> AccountDTO? {
        guard let tree = YAMLSubsetReader.read(text) else { return nil }
        let log = ProblemLog()
        let source = SourceText(text: text, file: file, lineOffset: 0)
        let decoder = YAMLTreeDecoder(node: tree, userInfo: [YAMLFile.sourceKey: source, problemLogKey: log])
        guard let dto = try? decoder.decode(AccountDTO.self), log.count == 0 else { return nil }
        return dto
    }

    /// Composes and decodes `text`; problems that leave the rest decodable go to `log`.
    static func decode(_ text: String, file: String, log: ProblemLog) throws(FieldProblem) -> AccountDTO {
        let node: Node
        do {
            // No implicit-tag regexes: typed decoding reads scalars by their text.
            guard let composed = try Yams.compose(yaml: text, Resolver.basic) else {
                throw FieldProblem(finding: YAMLGuard.Finding(line: 1, column: 1, problem: .empty))
            }
            node = composed
        } catch let problem as FieldProblem {
            throw problem
        } catch {
            throw FieldProblem(finding: finding(for: error))
        }
        let source = SourceText(text: text, file: file, lineOffset: 0)
        do {
            return try YAMLDecoder().decode(
                AccountDTO.self, from: node, userInfo: [YAMLFile.sourceKey: source, problemLogKey: log])
        } catch let problem as FieldProblem {
            throw problem
        } catch {
            throw FieldProblem(finding: YAMLGuard.Finding(
                line: node.mark?.line ?? 1, column: node.mark?.column ?? 1, problem: .notAMapping(context: .account)))
        }
    }

    /// A Yams error as a finding at its position.
    static func finding(for error: any Error) -> YAMLGuard.Finding {
        guard let yaml = error as? YamlError else {
            return YAMLGuard.Finding(line: 1, column: 1, problem: .syntax(detail: "\(error)"))
        }
        switch yaml {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let detail = (context.map { "\($0.text) " } ?? "") + problem
            return YAMLGuard.Finding(line: mark.line, column: mark.column, problem: .syntax(detail: detail))
        case let .duplicatedKeysInMapping(duplicates, context):
            return YAMLGuard.Finding(
                line: context.mark.line, column: context.mark.column,
                problem: .duplicateKey(duplicates.joined(separator: ", ")))
        default:
            return YAMLGuard.Finding(line: 1, column: 1, problem: .syntax(detail: "\(yaml)"))
        }
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
    /// The problems found in one file, rendered as diagnostics in one language, in file order.
    struct Problems {
        var file: String
        var language: Language
        var findings: [YAMLGuard.Finding] = []
        /// Every problem found, listed or not.
        var total = 0

        mutating func add(_ finding: YAMLGuard.Finding) {
            total += 1
            if findings.count < AccountFile.maxReportedProblems { findings.append(finding) }
        }

        /// The problems of the decoding pass.
        mutating func add(_ log: ProblemLog) {
            log.findings.forEach { add($0) }
            total += log.count - log.findings.count
        }

        mutating func error(line: Int, column: Int, _ problem: AccountFileProblem) {
            add(YAMLGuard.Finding(line: line, column: column, problem: problem))
        }

        mutating func error<T>(at located: Located<T>, _ problem: AccountFileProblem) {
            error(line: located.line, column: located.column, problem)
        }

        var diagnostics: [Diagnostic] {
            var listed = findings.enumerated()
                .sorted { ($0.element.line, $0.element.column, $0.offset) < ($1.element.line, $1.element.column, $1.offset) }
                .map { Diagnostic(file: file, line: $0.element.line, column: $0.element.column, message: $0.element.problem.message(language)) }
            if total > findings.count, let last = listed.last {
                listed.append(Diagnostic(
                    file: file, line: last.line, column: last.column, severity: .warning,
                    message: AccountFileProblem.moreNotShown(total - findings.count, shown: findings.count).message(language)))
            }
            return listed
        }

        var error: DiagnosticError { DiagnosticError(diagnostics) }
    }

    static func build(_ dto: AccountDTO, defaultID: String, problems: inout Problems) -> Account {
        let name = dto.name?.value.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if let located = dto.name, name.isEmpty { problems.error(at: located, .emptyAccountName) }
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
        if let located {
            let id = located.value.trimmingCharacters(in: .whitespaces)
            if !isValidID(id) { problems.error(at: located, .invalidID(id, example: suggestedID(for: id))) }
            return id
        }
        if !isValidID(defaultID) {
            problems.error(line: 1, column: 1, .fileNameIsNotAnID(defaultID, example: suggestedID(for: defaultID) ?? "east-post"))
        }
        return defaultID
    }

    static func person(from dto: PersonDTO, problems: inout Problems) -> Person {
        let name = dto.name?.value.trimmingCharacters(in: .whitespaces) ?? ""
        if let located = dto.name, name.isEmpty { problems.error(at: located, .emptyPersonName) }
        let calendar = dto.calendar ?? .solar
        if let birthday = dto.birthday, !isValidBirthday(birthday.value, calendar: calendar) {
            problems.error(at: birthday, .invalidBirthday(birthday.value, calendar: calendar))
        }
        if let leap = dto.leapMonth, leap.value.value, calendar != .lunar {
            problems.error(at: leap, .leapMonthOnSolar)
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
        let text = dto.text?.value.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if let located = dto.text, text.isEmpty { problems.error(at: located, .emptyIssueText) }
        if let raised = dto.raised, !isValidDate(raised.value) {
            problems.error(at: raised, .invalidRaisedDate(raised.value))
        }
        return OpenIssue(raised: dto.raised?.value, text: text, department: dto.department.nonEmpty, status: dto.status ?? .open)
    }

    /// Names must be unique: the error points at each repeat and names the first. O(n).
    static func checkNames(_ people: [PersonDTO], problems: inout Problems) {
        var first: [String: Located<String>] = [:]
        for person in people {
            guard let located = person.name else { continue }
            let name = located.value.trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else { continue }
            if let earlier = first[name] {
                problems.error(at: located, .duplicatePerson(name, firstLine: earlier.line))
            } else {
                first[name] = located
            }
        }
    }

    /// `reports-to` may be free text (`董事會`), but a person cannot report to themselves or in a
    /// circle, and a near miss of a person's name (`王建囯` for `王建國`) is a typo. O(n) in the
    /// people (each person's chain is walked once: a visited person is never walked again).
    static func checkReportsTo(_ people: [PersonDTO], problems: inout Problems) {
        var superior: [String: String] = [:]
        var located: [String: Located<String>] = [:]
        var order: [String] = []
        let names = Set(people.compactMap { $0.name?.value.trimmingCharacters(in: .whitespaces) })
        let nearNames = NearNames(names)
        for person in people {
            guard let name = person.name?.value.trimmingCharacters(in: .whitespaces), !name.isEmpty,
                  superior[name] == nil, let reportsTo = person.reportsTo else { continue }
            let boss = reportsTo.value.trimmingCharacters(in: .whitespaces)
            guard !boss.isEmpty else { continue }
            if boss == name {
                problems.error(at: reportsTo, .reportsToSelf(name))
                continue
            }
            if !names.contains(boss), let suggestion = nearNames.closest(to: boss) {
                problems.error(at: reportsTo, .reportsToNobody(boss, suggestion: suggestion))
                continue
            }
            superior[name] = boss
            located[name] = reportsTo
            order.append(name)
        }
        // Each name is walked at most once: `done` holds names whose chain ended (outside any
        // circle or already reported); a walk that meets its own path has found a circle.
        var done = Set<String>()
        for start in order where !done.contains(start) {
            var path: [String] = []
            var onPath: [String: Int] = [:]
            var current = start
            while !done.contains(current) {
                if let index = onPath[current] {
                    let circle = Array(path[index...])
                    // Reported at the first of its members in file order, as the circle reads from there.
                    let first = order.first { circle.contains($0) } ?? circle[0]
                    let rotated = Array(circle.drop { $0 != first } + circle.prefix { $0 != first })
                    if let position = located[first] {
                        problems.error(at: position, .reportsToCircle(rotated + [first]))
                    }
                    break
                }
                onPath[current] = path.count
                path.append(current)
                guard let next = superior[current] else { break }
                current = next
            }
            done.formUnion(path)
        }
    }

    /// Issues are matched by their text between versions, so two with the same text are an error.
    static func checkIssueTexts(_ issues: [IssueDTO], problems: inout Problems) {
        var first: [String: Int] = [:]
        for issue in issues {
            guard let located = issue.text else { continue }
            let text = located.value.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty else { continue }
            if let line = first[text] {
                problems.error(at: located, .duplicateIssue(text, firstLine: line))
            } else {
                first[text] = located.line
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

/// Finds a name one edit away from a text (a typo of a person's name) without comparing the
/// text with every name: each name is indexed under itself and its one-character deletions, so
/// a lookup costs O(length²), whatever the number of names.
struct NearNames {
    private var index: [String: [String]] = [:]
    /// Texts longer than this are free text (`董事會辦公室主任`), not a mistyped name.
    static let longestName = 12

    init(_ names: some Sequence<String>) {
        for name in names where name.count >= 2 && name.count <= Self.longestName {
            for key in Self.keys(name) { index[key, default: []].append(name) }
        }
    }

    /// The first name one edit (insertion, deletion, substitution or swap) from `text`, if any.
    func closest(to text: String) -> String? {
        guard text.count >= 2, text.count <= Self.longestName + 1 else { return nil }
        for key in Self.keys(text) {
            for name in index[key] ?? [] where name != text && Suggestion.editDistance(name, text) == 1 {
                return name
            }
        }
        return nil
    }

    /// `text` and each text with one character removed.
    static func keys(_ text: String) -> [String] {
        let characters = Array(text)
        var keys = [text]
        for position in characters.indices {
            var shorter = characters
            shorter.remove(at: position)
            keys.append(String(shorter))
        }
        return keys
    }
}
