import CoachCore
import CoachTestSupport
import Testing

@Suite struct RiskFlagsTests {
    /// An account with all four roles covered, met and in contact: no flags.
    static func covered(_ extra: [Person] = [], changes: Changes = Changes(), issues: [OpenIssue] = []) -> Account {
        Account(
            id: "t", name: "T", changes: changes,
            people: [
                Person(name: "決策", role: .decisionMaker, influence: .high, support: .supportive, contact: .high, met: true),
                Person(name: "技術", role: .technical, influence: .medium, support: .neutral, contact: .medium, met: true),
                Person(name: "使用", role: .user, influence: .low, support: .champion, contact: .high, met: true),
                Person(name: "教練", role: .coach, influence: .medium, support: .champion, contact: .high, met: true),
            ] + extra,
            openIssues: issues)
    }

    static func ids(_ account: Account, today: String = "2026-11-29") -> [String] {
        RiskFlags.compute(for: account, today: today, overdueDays: 30, texts: Fixtures.corpus.flags).map(\.id)
    }

    /// The days after which an issue is late come from the corpus (`method.yaml`), in the flag
    /// and in its message.
    @Test func theOverdueLimitIsTheCorpusesNotACopyInSwift() throws {
        let account = Self.covered(issues: [OpenIssue(raised: "2026-11-14", text: "發票錯誤", status: .open)])
        #expect(RiskFlags.compute(for: account, today: "2026-11-29", overdueDays: 30, texts: Fixtures.corpus.flags).isEmpty)
        let flag = try #require(RiskFlags.compute(for: account, today: "2026-11-29", overdueDays: 10, texts: Fixtures.corpus.flags).first)
        #expect(flag.kind == .openIssueOverdue)
        #expect(flag.message.en.contains("over 10 days"))
        #expect(flag.message.zhHant.contains("超過10天"))
    }

    @Test func aWellCoveredAccountHasNoFlags() {
        #expect(Self.ids(Self.covered()).isEmpty)
    }

    @Test func anEmptyAccountMissesEveryRole() {
        let ids = Self.ids(Account(id: "t", name: "T"))
        #expect(Set(ids) == ["missing-role:decision-maker", "missing-role:technical", "missing-role:user", "missing-role:coach"])
        #expect(ids.first == "missing-role:decision-maker")
    }

    @Test func financeCoversTechnical() {
        var account = Self.covered()
        account.people[1].role = .finance
        #expect(!Self.ids(account).contains("missing-role:technical"))
        account.people[1].role = .user
        #expect(Self.ids(account) == ["missing-role:technical"])
    }

    @Test func unmetDecisionMakerIsFlaggedButUnknownMetIsNot() {
        var account = Self.covered()
        account.people[0].met = false
        let flags = RiskFlags.compute(for: account, today: "2026-11-29", overdueDays: 30, texts: Fixtures.corpus.flags)
        #expect(flags.map(\.id) == ["decision-maker-not-met"])
        #expect(flags.first?.person == "決策")
        account.people[0].met = nil
        #expect(Self.ids(account).isEmpty)
    }

    @Test(arguments: [(Contact.low, true), (Contact.none, true), (Contact.medium, false), (nil, false)])
    func highInfluenceWithLittleContactIsFlagged(contact: Contact?, flagged: Bool) {
        let account = Self.covered([Person(name: "張淑芬", role: .finance, influence: .high, support: .neutral, contact: contact)])
        #expect(Self.ids(account).contains("high-influence-low-contact:張淑芬") == flagged)
    }

    @Test func newFaceUnknownInfluenceAndOpposedNameThePerson() {
        let account = Self.covered([
            Person(name: "周志豪", role: .user, influence: .low, support: .neutral, contact: .low, isNew: true),
            Person(name: "鄭文雄", role: .technical, influence: .unknown, support: .neutral, contact: .medium),
            Person(name: "陳剛", role: .technical, influence: .low, support: .opposed, contact: .medium),
        ])
        #expect(Self.ids(account) == ["opposed:陳剛", "new-face:周志豪", "unknown-influence:鄭文雄"])
    }

    @Test func reorganizedIsFlaggedOnlyWhenTrue() {
        #expect(Self.ids(Self.covered(changes: Changes(reorganized: true))) == ["reorganized"])
        #expect(Self.ids(Self.covered(changes: Changes(reorganized: false))).isEmpty)
    }

    @Test(arguments: [(PowerChange.increased, true), (.decreased, true), (.unchanged, false), (.unknown, false)])
    func purchasingPowerChangeIsFlagged(change: PowerChange, flagged: Bool) {
        let ids = Self.ids(Self.covered(changes: Changes(purchasingPower: change)))
        #expect(ids == (flagged ? ["purchasing-power-changed"] : []))
    }

    @Test(arguments: [
        ("2026-10-29", IssueStatus.open, true),  // 31 days
        ("2026-10-30", .open, false),  // exactly 30 days
        ("2026-09-01", .inProgress, true),
        ("2026-09-01", .resolved, false),
        ("2026-09-01", .customerInformed, false),
    ])
    func issueIsOverdueAfterThirtyDays(raised: String, status: IssueStatus, overdue: Bool) {
        let account = Self.covered(issues: [OpenIssue(raised: raised, text: "投遞時效不穩定", status: status)])
        #expect(Self.ids(account, today: "2026-11-29") == (overdue ? ["open-issue-overdue"] : []))
    }

    @Test func overdueCountsAcrossMonthAndYearEnds() {
        let account = Self.covered(issues: [OpenIssue(raised: "2025-12-15", text: "年底對帳", status: .open)])
        #expect(Self.ids(account, today: "2026-01-14").isEmpty)  // 30 days
        #expect(Self.ids(account, today: "2026-01-15") == ["open-issue-overdue"])  // 31 days
    }

    @Test func flagsComeMostUrgentFirst() {
        var account = Self.covered(
            [Person(name: "新人", role: .user, influence: .unknown, support: .opposed, contact: Contact.none, isNew: true)],
            changes: Changes(purchasingPower: .decreased, reorganized: true))
        account.people.removeAll { $0.role == .coach }
        account.people[0].met = false
        #expect(Self.ids(account) == [
            "decision-maker-not-met", "missing-role:coach", "opposed:新人", "new-face:新人", "reorganized",
            "purchasing-power-changed", "unknown-influence:新人",
        ])
    }

    @Test func messagesNameThePersonInEveryLanguage() throws {
        let account = Self.covered([Person(name: "王建國", role: .user, influence: .high, contact: .low)])
        let flag = try #require(RiskFlags.compute(for: account, today: "2026-11-29", overdueDays: 30, texts: Fixtures.corpus.flags).first { $0.kind == .highInfluenceLowContact })
        for language in Language.allCases {
            #expect(flag.message[language].contains("王建國"))
        }
    }
}
