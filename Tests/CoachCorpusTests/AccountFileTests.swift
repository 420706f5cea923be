import CoachCore
import CoachCorpus
import Foundation
import Testing

/// Parses `text` expecting errors; returns them (records an issue if it parsed).
private func diagnostics(_ text: String, file: String = "accounts/test.yaml", defaultID: String = "test") -> [Diagnostic] {
    do {
        let account = try AccountFile.parse(text, file: file, defaultID: defaultID)
        Issue.record("expected errors, parsed \(account.id)")
        return []
    } catch {
        return error.diagnostics
    }
}

private func fixture(_ name: String) -> String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/accounts/\(name)").path
}

private func loadErrors(_ path: String) -> [Diagnostic] {
    do {
        _ = try AccountFile.load(path: path)
        Issue.record("expected errors in \(path)")
        return []
    } catch {
        return error.diagnostics
    }
}

@Suite struct AccountFileTests {
    @Test func rejectsMisspeltKeyOnItsLineAndColumnWithDidYouMean() throws {
        let path = fixture("misspelt-key.yaml")
        let errors = loadErrors(path)
        let error = try #require(errors.count == 1 ? errors.first : nil, "\(errors)")
        #expect(error.file == path)
        #expect(error.line == 16)
        #expect(error.column == 5)
        #expect(error.description.hasPrefix("\(path):16:5: error: unknown key 'infuence' in person (did you mean 'influence'?)"))
    }

    @Test func rejectsInvalidEnumValueNamingTheAllowedValues() throws {
        let errors = loadErrors(fixture("invalid-enum.yaml"))
        let error = try #require(errors.count == 1 ? errors.first : nil, "\(errors)")
        #expect(error.line == 7)
        #expect(error.column == 14)
        #expect(error.message.contains("invalid value 'sometimes' for 'contact'"))
        #expect(error.message.contains("allowed: high, medium, low, none"))
    }

    @Test func reportsYAMLSyntaxErrorOnItsLine() throws {
        let errors = loadErrors(fixture("syntax-error.yaml"))
        let error = try #require(errors.count == 1 ? errors.first : nil, "\(errors)")
        #expect(error.line == 5)
        #expect(error.message.contains("the YAML is not well formed here"))
    }

    @Test func loadsAValidFileWithItsIDAndPeople() throws {
        let account = try AccountFile.load(path: fixture("valid.yaml"))
        #expect(account.id == "test-account")
        #expect(account.name == "測試客戶")
        #expect(account.tier == .b)
        #expect(account.people.map(\.name) == ["王建國", "林美玲"])
        #expect(account.people[1].reportsTo == "王建國")
        #expect(account.openIssues.first?.raised == "2026-10-12")
    }

    @Test func reportsAnUnreadableFileAtLineOne() throws {
        let errors = loadErrors("/nonexistent/folder/east-post.yaml")
        let error = try #require(errors.first)
        #expect(error.line == 1 && error.column == 1)
        #expect(error.message.hasPrefix("no such file"))
    }

    @Test func acceptsChineseTermsInTraditionalAndSimplified() throws {
        let text = """
            account: 測試
            tier: A級
            kind: 潛在投放量大
            stage: 角色配置
            buying-mode: 过度自信
            changes:
              purchasing-power: 減少
              reorganized: 是
            people:
              - name: 甲
                role: 決策者
                influence: 高
                support: 反對
                contact: 无
                personality: 貓頭鷹
                calendar: 农历
                birthday: 08-15
                leap-month: true
              - name: 乙
                role: 技术把关者
                support: 拥护
                contact: 少
                personality: 无尾熊
              - name: 丙
                role: 内线
            open-issues:
              - text: 漏送
                status: 處理中
            """
        let account = try AccountFile.parse(text, file: "t.yaml", defaultID: "t")
        #expect(account.tier == .a)
        #expect(account.kind == .potentialLarge)
        #expect(account.stage == .roleMapping)
        #expect(account.buyingMode == .overconfident)
        #expect(account.changes.purchasingPower == .decreased)
        #expect(account.changes.reorganized == true)
        let first = account.people[0]
        #expect(first.role == .decisionMaker && first.influence == .high && first.support == .opposed)
        #expect(first.contact == Contact.none && first.personality == .owl && first.calendar == .lunar && first.leapMonth)
        let second = account.people[1]
        #expect(second.role == .technical && second.support == .champion && second.contact == .low && second.personality == .koala)
        #expect(account.people[2].role == .coach)
        #expect(account.openIssues[0].status == .inProgress)
    }

    @Test(arguments: [
        ("growth", BuyingMode.growth), ("成長", .growth), ("增长", .growth), ("trouble", .trouble), ("困境", .trouble),
        ("even-keel", .evenKeel), ("平穩", .evenKeel), ("平稳", .evenKeel), ("overconfident", .overconfident),
        ("過度自信", .overconfident),
    ])
    func acceptsBuyingModeInEveryLanguage(term: String, mode: BuyingMode) throws {
        let account = try AccountFile.parse("account: X\nbuying-mode: \(term)\n", file: "x.yaml", defaultID: "x")
        #expect(account.buyingMode == mode)
    }

    @Test func keepsAPersonsResult() throws {
        let text = """
            account: X
            people:
              - name: Margaret Chen
                result: No second fine from the regulator this year
            """
        let account = try AccountFile.parse(text, file: "x.yaml", defaultID: "x")
        #expect(account.people[0].result == "No second fine from the regulator this year")
    }

    @Test func missingFieldsMeanUnknown() throws {
        let account = try AccountFile.parse("account: X\npeople:\n  - name: 甲\n", file: "x.yaml", defaultID: "x")
        let person = account.people[0]
        #expect(person.role == .unknown && person.influence == .unknown && person.support == .unknown)
        #expect(person.contact == nil && person.met == nil && !person.isNew && person.calendar == .solar)
        #expect(account.tier == nil && account.buyingMode == nil && account.changes.reorganized == nil)
    }

    @Test func rejectsDuplicateNamesAtTheRepeat() throws {
        let text = """
            account: X
            people:
              - name: 王建國
                role: user
              - name: 林美玲
              - name: 王建國
                role: coach
            """
        let errors = diagnostics(text)
        #expect(errors.count == 1)
        #expect(errors.first?.line == 6)
        #expect(errors.first?.column == 11)
        #expect(errors.first?.message == "duplicate person '王建國' (first at line 3); names must be unique within the account")
    }

    @Test func acceptsFreeTextReportsTo() throws {
        let text = "account: X\npeople:\n  - name: 王建國\n    reports-to: 董事會\n"
        let account = try AccountFile.parse(text, file: "x.yaml", defaultID: "x")
        #expect(account.people[0].reportsTo == "董事會")
    }

    @Test func rejectsAReportsToCircle() throws {
        let text = """
            account: X
            people:
              - name: 甲
                reports-to: 乙
              - name: 乙
                reports-to: 甲
            """
        let errors = diagnostics(text)
        #expect(errors.count == 1)
        #expect(errors.first?.line == 4)
        #expect(errors.first?.message.contains("甲 → 乙 → 甲") == true)
    }

    @Test(arguments: ["1976-08-15", "08-15", "02-29", "2000-02-29", "12-31"])
    func acceptsValidBirthdays(_ birthday: String) throws {
        let text = "account: X\npeople:\n  - name: 甲\n    birthday: \(birthday)\n"
        #expect(try AccountFile.parse(text, file: "x.yaml", defaultID: "x").people[0].birthday == birthday)
    }

    @Test(arguments: ["1976-13-01", "02-30", "1999-02-29", "8-15", "0815", "1976/08/15", "04-31", "生日"])
    func rejectsInvalidBirthdays(_ birthday: String) throws {
        let text = "account: X\npeople:\n  - name: 甲\n    birthday: \(birthday)\n"
        let errors = diagnostics(text)
        #expect(errors.count == 1)
        #expect(errors.first?.line == 4)
        #expect(errors.first?.column == 15)
        #expect(errors.first?.message.contains("use YYYY-MM-DD or MM-DD") == true)
    }

    @Test func lunarBirthdaysHaveAtMostThirtyDays() throws {
        let ok = "account: X\npeople:\n  - name: 甲\n    calendar: lunar\n    birthday: 02-30\n"
        #expect(try AccountFile.parse(ok, file: "x.yaml", defaultID: "x").people[0].birthday == "02-30")
        let bad = "account: X\npeople:\n  - name: 甲\n    calendar: lunar\n    birthday: 01-31\n"
        #expect(diagnostics(bad).first?.message.contains("lunar") == true)
    }

    @Test func rejectsLeapMonthOnASolarBirthday() throws {
        let text = "account: X\npeople:\n  - name: 甲\n    birthday: 08-15\n    leap-month: true\n"
        let errors = diagnostics(text)
        #expect(errors.first?.line == 5)
        #expect(errors.first?.message.contains("add 'calendar: lunar'") == true)
    }

    @Test func rejectsAnInvalidRaisedDate() throws {
        let text = "account: X\nopen-issues:\n  - raised: 2026-11-31\n    text: 漏送\n"
        let errors = diagnostics(text)
        #expect(errors.count == 1)
        #expect(errors.first?.line == 3)
        #expect(errors.first?.message.contains("invalid date '2026-11-31' for 'raised'") == true)
    }

    @Test func rejectsAnIDThatIsNotASlug() throws {
        let errors = diagnostics("account: X\nid: East Post\n")
        #expect(errors.count == 1)
        #expect(errors.first?.line == 2)
        #expect(errors.first?.column == 5)
        #expect(errors.first?.message == "invalid id 'East Post': use lowercase letters a-z, digits and '-', e.g. 'east-post'")
    }

    @Test func idDefaultsToTheFileName() throws {
        let account = try AccountFile.parse("account: X\n", file: "accounts/east-post.yaml", defaultID: "east-post")
        #expect(account.id == "east-post")
        #expect(AccountFile.defaultID(forPath: "accounts/east-post.yaml") == "east-post")
    }

    @Test func aFileNameThatIsNotAnIDAsksForAnIDLine() throws {
        let errors = diagnostics("account: X\n", defaultID: "華東 Post")
        #expect(errors.first?.line == 1)
        #expect(errors.first?.message.contains("add a line such as 'id: post'") == true)
    }

    @Test func reportsAMissingAccountName() throws {
        let errors = diagnostics("id: x\npeople: []\n")
        #expect(errors.count == 1)
        #expect(errors.first?.message == "missing required key 'account'")
    }

    @Test func reportsAnEmptyFile() throws {
        let errors = diagnostics("# nothing yet\n")
        #expect(errors.first?.message.hasPrefix("the file is empty") == true)
    }

    @Test func rejectsAWrongTypeOnItsLine() throws {
        let errors = diagnostics("account: X\npeople:\n  - name: 甲\n    met: sometimes\n")
        #expect(errors.first?.line == 4)
        #expect(errors.first?.message.contains("allowed: true, false") == true)
    }

    @Test func reportsEverySemanticErrorTogether() throws {
        let text = """
            account: X
            id: Bad_ID
            people:
              - name: 甲
                birthday: 13-01
              - name: 甲
            open-issues:
              - raised: yesterday
                text: 漏送
            """
        let errors = diagnostics(text)
        #expect(errors.map(\.line) == [2, 5, 6, 8])
    }
}
