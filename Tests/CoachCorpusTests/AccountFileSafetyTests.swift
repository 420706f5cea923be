import CoachCore
import CoachCorpus
import CoachTestSupport
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Hostile and broken account files (issue 11 rows 4 and 11, issue 17 "three errors"): refused
/// quickly with a message naming the file, the line, the field and what is allowed, in the user's
/// language, every problem in one pass.
@Suite struct AccountFileSafetyTests {
    /// The errors of `text`, parsed as `file` in `language` (records an issue if it parsed).
    func errors(_ text: String, file: String = "accounts/test.yaml", language: Language = .en) -> [Diagnostic] {
        do {
            let account = try AccountFile.parse(text, file: file, defaultID: "test", language: language)
            Issue.record("expected errors, parsed \(account.id)")
            return []
        } catch {
            return error.diagnostics
        }
    }

    func loadErrors(_ path: String, language: Language = .en) -> [Diagnostic] {
        do {
            _ = try AccountFile.load(path: path, language: language)
            Issue.record("expected errors in \(path)")
            return []
        } catch {
            return error.diagnostics
        }
    }

    func write(_ data: Data, named name: String) throws -> String {
        let file = try TemporaryFolders.make().appendingPathComponent(name)
        try data.write(to: file)
        return file.path
    }

    /// The 863-byte shape from issue 11: an anchored mapping merged three times into the next
    /// level, chained, so each level holds three times the last.
    static func chainedMergeBomb(levels: Int = 12, tagged: Bool = false) -> String {
        let merge = tagged ? "!!merge <<" : "<<"
        var yaml = "account: Bomb\npeople:\n  - &p0 {name: a, note: x}\n"
        for level in 1...levels {
            yaml += "  - &p\(level)\n    \(merge): [*p\(level - 1), *p\(level - 1), *p\(level - 1)]\n    name: n\(level)\n"
        }
        return yaml
    }

    /// Ten levels of ten aliases: 10¹⁰ strings in a few hundred bytes.
    static let billionLaughs: String = {
        var yaml = "account: Laughs\npeople:\n  - name: a\n    note: &a0 \"lol\"\n"
        for level in 1...10 {
            yaml += "  - name: b\(level)\n    note: &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        return yaml
    }()

    /// A valid account with `count` people, each reporting to the one before (a long chain).
    static func bigAccount(people count: Int) -> String {
        var yaml = "account: Big Group\nid: big\ntier: A\npeople:\n"
        for index in 0..<count {
            yaml += "  - name: Person \(index)\n    title: Regional Operations Manager for district \(index)\n"
            yaml += "    role: user\n    influence: medium\n    support: neutral\n    contact: low\n"
            if index > 0 { yaml += "    reports-to: Person \(index - 1)\n" }
            yaml += "    note: visited the depot twice this quarter and asked about delivery windows\n"
        }
        return yaml
    }

    // MARK: - Size

    @Test func refusesAFileOverTheSizeLimitBeforeParsingNamingSizeAndLimit() throws {
        // Not YAML at all past the first line: only a size check can refuse it without a parse error.
        var data = Data("account: Huge\n".utf8)
        data.append(Data(repeating: UInt8(ascii: "["), count: AccountFile.sizeLimit))
        let path = try write(data, named: "huge.yaml")
        let found = loadErrors(path)
        let error = try #require(found.count == 1 ? found.first : nil, "\(found)")
        #expect(error.file == path)
        #expect(error.message.contains("1 MB"), "\(error.message)")
        #expect(error.message.contains("the file is 1.0 MB") || error.message.contains("the file is 1 MB"), "\(error.message)")
        #expect(error.message.contains("limit"))
        let chinese = try #require(loadErrors(path, language: .zhHant).first)
        #expect(chinese.message.contains("上限 1 MB"), "\(chinese.message)")
    }

    @Test func theSizeLimitIsOneMegabyte() {
        #expect(AccountFile.sizeLimit == 1024 * 1024)
    }

    // MARK: - Aliases and merge keys

    @Test(.timeLimit(.minutes(1)), arguments: [false, true])
    func refusesChainedMergeKeys(tagged: Bool) throws {
        let bomb = Self.chainedMergeBomb(tagged: tagged)
        #expect(bomb.utf8.count < 1200)
        let found = errors(bomb)
        #expect(!found.isEmpty)
        #expect(found.first?.line == 5, "\(found)")
        #expect(found.first?.message.contains("merge") == true, "\(found)")
    }

    @Test(.timeLimit(.minutes(1)))
    func refusesTheBillionLaughs() throws {
        let found = errors(Self.billionLaughs)
        let error = try #require(found.first)
        #expect(found.count == 1, "\(found)")
        #expect(error.message.contains("aliases ('*name')"), "\(error.message)")
        #expect(error.message.contains("write the values out"))
    }

    @Test(.timeLimit(.minutes(1)))
    func refusesAnAliasUsedAsAKey() throws {
        var yaml = "account: K\npeople:\n  - name: a\n    note: &k0 [x, x]\n"
        for level in 1...24 { yaml += "  - name: k\(level)\n    note: &k\(level) [*k\(level - 1), *k\(level - 1)]\n" }
        yaml += "  - name: z\n    ? *k3\n    : 1\n"
        let found = errors(yaml)
        #expect(found.contains { $0.message.contains("a key must be a plain word") || $0.message.contains("aliases") }, "\(found)")
    }

    @Test(.timeLimit(.minutes(1)), arguments: [true, false])
    func refusesNestingDeeperThanSixtyFourLevels(flow: Bool) throws {
        let yaml = flow
            ? "account: Deep\nproducts: " + String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000) + "\n"
            : "account: Deep\nchanges:\n" + (1...100).map { String(repeating: "  ", count: $0) + "note:\n" }.joined()
        let found = errors(yaml)
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.message.contains("nested more than 64 levels") == true, "\(found)")
    }

    @Test func aFewAnchorsAndAliasesStillWork() throws {
        let text = """
            account: Shared
            products: &ours [直郵廣告, 報刊發行]
            people:
              - name: 甲
                title: &title 總經理
              - name: 乙
                title: *title
            """
        let account = try AccountFile.parse(text, file: "x.yaml", defaultID: "x")
        #expect(account.products == ["直郵廣告", "報刊發行"])
        #expect(account.people.map(\.title) == ["總經理", "總經理"])
    }

    @Test(.timeLimit(.minutes(2)))
    func aMegabyteFileWithThousandsOfPeopleInOneChainParses() throws {
        var count = 4000
        while Self.bigAccount(people: count + 500).utf8.count < AccountFile.sizeLimit { count += 500 }
        let text = Self.bigAccount(people: count)
        #expect(text.utf8.count > 900_000)
        let path = try write(Data(text.utf8), named: "big.yaml")
        let account = try AccountFile.load(path: path)
        #expect(account.people.count == count)
        #expect(account.people.last?.reportsTo == "Person \(count - 2)")
    }

    @Test(.timeLimit(.minutes(2)))
    func aCircleAtTheEndOfALongChainIsFoundOnce() throws {
        var text = Self.bigAccount(people: 3000)
        text += "  - name: Loop A\n    reports-to: Loop B\n  - name: Loop B\n    reports-to: Loop A\n"
        text = text.replacingOccurrences(of: "  - name: Person 0\n", with: "  - name: Person 0\n    reports-to: Person 2999\n")
        let found = errors(text)
        #expect(found.count == 2, "\(found.map(\.message))")
        #expect(found.first?.message.hasPrefix("reports-to goes round in a circle: Person 0 → Person 2999 → Person 2998 → ") == true)
        #expect(found.last?.message.contains("Loop A → Loop B → Loop A") == true)
    }

    // MARK: - The file itself

    @Test func aFolderIsNamedAsAFolder() throws {
        let folder = try TemporaryFolders.make().appendingPathComponent("east.yaml")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let found = loadErrors(folder.path)
        #expect(found.count == 1)
        #expect(found.first?.message.contains("is a folder, not an account file") == true, "\(found)")
        #expect(found.first?.message.contains("NSCocoaErrorDomain") == false)
        #expect(loadErrors(folder.path, language: .zhHans).first?.message.contains("这是文件夹，不是客户档案") == true)
    }

    @Test(.enabled(if: getuid() != 0, "root reads any file"))
    func anUnreadableFileSaysSo() throws {
        let path = try write(Data("account: X\n".utf8), named: "locked.yaml")
        chmod(path, 0)
        let found = loadErrors(path)
        #expect(found.first?.message.contains("cannot read the file (Permission denied)") == true, "\(found)")
    }

    @Test func aFileThatIsNotUTF8NamesTheLine() throws {
        let path = try write(Data("account: X\npeople:\n  - name: \u{7}".utf8) + Data([0xFF, 0xFE, 0x0A]), named: "latin.yaml")
        let found = loadErrors(path)
        #expect(found.count == 1)
        #expect(found.first?.line == 3)
        #expect(found.first?.message == "the file is not UTF-8 text; save it with UTF-8 encoding")
    }

    @Test(arguments: ["", "\n\n   \n"])
    func anEmptyFileSaysItIsEmpty(_ content: String) throws {
        let path = try write(Data(content.utf8), named: "empty.yaml")
        let found = loadErrors(path)
        #expect(found.count == 1)
        #expect(found.first?.message.hasPrefix("the file is empty") == true, "\(found)")
    }

    @Test func aMissingFileSaysNoSuchFile() throws {
        let found = loadErrors("/nonexistent/folder/east-post.yaml")
        #expect(found.first?.message.hasPrefix("no such file") == true, "\(found)")
    }

    // MARK: - No decoder jargon

    @Test func aListWhereTextBelongsSaysWhatIsExpected() throws {
        let found = errors("account: X\npeople:\n  - name: 甲\n    title: [a, b]\n")
        let error = try #require(found.count == 1 ? found.first : nil, "\(found)")
        #expect(error.line == 4)
        #expect(error.message == "'title' should be a single text, not a list")
    }

    @Test func anUnknownStatusListsTheStatusesInEachLanguage() throws {
        let text = "account: X\nopen-issues:\n  - text: 漏送\n    status: bogus-status\n"
        let english = try #require(errors(text).first)
        #expect(english.line == 4 && english.column == 13)
        #expect(!english.message.contains("Cannot initialize"))
        #expect(english.message.contains("invalid value 'bogus-status' for 'status'"))
        #expect(english.message.contains("allowed: " + IssueStatus.allCases.map(\.rawValue).joined(separator: ", ")))
        let simplified = try #require(errors(text, language: .zhHans).first)
        #expect(simplified.message.contains("“status”的值“bogus-status”无效"), "\(simplified.message)")
        for status in IssueStatus.allCases {
            #expect(simplified.message.contains("\(status.rawValue)（\(status.label.zhHans)）"), "\(simplified.message)")
        }
        let traditional = try #require(errors(text, language: .zhHant).first)
        #expect(traditional.message.contains("「status」的值「bogus-status」無效"), "\(traditional.message)")
        #expect(traditional.message.contains("in-progress（\(IssueStatus.inProgress.label.zhHant)）"))
    }

    @Test func anUnknownKeyInChineseKeepsTheDidYouMean() throws {
        let found = errors("account: X\npeople:\n  - name: 甲\n    infuence: high\n", language: .zhHant)
        let error = try #require(found.first)
        #expect(error.message.hasPrefix("人員中沒有「infuence」這個鍵（是不是「influence」？）"), "\(error.message)")
        #expect(error.description(.zhHant).hasPrefix("accounts/test.yaml:4:5: 錯誤：人員中沒有"))
    }

    @Test func aSyntaxErrorIsExplainedInTheUsersLanguage() throws {
        let found = errors("account: X\npeople:\n  - name: 甲\n    note: a: b\n", language: .zhHans)
        let error = try #require(found.first)
        #expect(error.line == 4)
        #expect(error.message.hasPrefix("此处 YAML 格式有误"), "\(error.message)")
        #expect(!error.message.contains("mapping values"))
    }

    // MARK: - Every problem in one pass

    static let threeProblems = """
        account: 華東郵政分公司
        id: east-post
        tier: A
        owner: 李明
        people:
          - name: 王建國
            title: 總經理
            role: decision-maker
            influence: high
          - name: 林美玲
            title: 採購經理
            role: boss
            reports-to: 王建國
            influence: medium
          - name: 張淑芬
            title: 財務經理
            role: finance
            reports-to: 王建國
            influence: medium
            birthday: 1980-02-30
          - name: 吳佩珊
            title: 行政專員
            role: user
            reports-to: 林美玲
          - name: 陳志明
            title: 技術主管
            role: technical
            reports-to: 王建國
          - name: 劉組長
            title: 採購組長
            reports-to: 林美铃
        """

    @Test func threeIndependentProblemsAreReportedTogetherEachOnItsLine() throws {
        let found = errors(Self.threeProblems)
        #expect(found.map(\.line) == [12, 20, 31], "\(found)")
        #expect(found.map(\.column) == [11, 15, 17], "\(found)")
        #expect(found[0].message.hasPrefix("invalid value 'boss' for 'role'"))
        #expect(found[1].message.hasPrefix("invalid birthday '1980-02-30'"))
        #expect(found[2].message.hasPrefix("'reports-to: 林美铃' names nobody in this account (did you mean '林美玲'?)"), "\(found[2].message)")
    }

    @Test func theThreeProblemsAreInTraditionalChineseToo() throws {
        let found = errors(Self.threeProblems, language: .zhHant)
        #expect(found.map(\.line) == [12, 20, 31])
        #expect(found[0].message.hasPrefix("「role」的值「boss」無效"), "\(found[0].message)")
        #expect(found[0].message.contains("decision-maker（決策者）"))
        #expect(found[1].message.hasPrefix("生日「1980-02-30」無效"), "\(found[1].message)")
        #expect(found[2].message.contains("是不是「林美玲」"), "\(found[2].message)")
        for error in found { #expect(!error.message.contains("invalid"), "\(error.message)") }
    }

    @Test func everyUnknownKeyAndBadValueIsReportedNotOnlyTheFirst() throws {
        let text = """
            account: X
            tier: Z
            colour: red
            people:
              - name: 甲
                infuence: high
                met: sometimes
              - just a name
              - name: 乙
                support: [a]
            open-issues:
              - raised: 2026-13-01
            """
        let found = errors(text)
        #expect(found.map(\.line) == [2, 3, 6, 7, 8, 10, 12, 12], "\(found.map { "\($0.line): \($0.message)" })")
        #expect(found.contains { $0.message == "missing required key 'text' in open issue" }, "\(found)")
        #expect(found.contains { $0.message.hasPrefix("person should be a set of 'key: value' lines") }, "\(found)")
    }

    @Test func anEmptyRequiredValueSaysItIsEmpty() throws {
        let found = errors("account:\npeople:\n  - name:\n  - name: 乙\nopen-issues:\n  - text: \"\"\n")
        #expect(found.map(\.line) == [1, 3, 6], "\(found)")
        #expect(found.map { $0.message.components(separatedBy: ";").first ?? "" }
            == ["'account' is empty", "'name' is empty", "'text' is empty"], "\(found)")
    }

    @Test func aFileOfTyposListsTheFirstHundredAndCountsTheRest() throws {
        var text = "account: Typos\npeople:\n"
        for index in 0..<300 { text += "  - name: P\(index)\n    infuence: high\n" }
        let found = errors(text)
        #expect(found.count == AccountFile.maxReportedProblems + 1)
        #expect(found.prefix(AccountFile.maxReportedProblems).allSatisfy { $0.severity == .error && $0.message.hasPrefix("unknown key 'infuence'") })
        #expect(found.last?.severity == .warning)
        #expect(found.last?.message.hasPrefix("200 more problems in this file not listed (only the first 100 are)") == true, "\(found.last!)")
    }

    @Test func freeTextReportsToStaysAllowed() throws {
        let text = "account: X\npeople:\n  - name: 王建國\n    reports-to: 董事會\n  - name: 林美玲\n    reports-to: 王總\n"
        let account = try AccountFile.parse(text, file: "x.yaml", defaultID: "x")
        #expect(account.people.map(\.reportsTo) == ["董事會", "王總"])
    }
}
