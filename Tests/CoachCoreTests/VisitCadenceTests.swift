import CoachCore
import CoachTestSupport
import Testing

@Suite struct VisitCadenceTests {
    let cadence = VisitCadence(days: [.a: 14, .b: 30, .c: 90], kindDays: [.b: [.potentialLarge: 21]], dueSoonDays: 3)
    let today = DayNumber.strict("2026-09-25")!

    func status(_ tier: Tier?, kind: AccountKind? = nil, last: String?) -> VisitStatus? {
        cadence.status(of: Account(id: "x", name: "X", tier: tier, kind: kind), lastVisit: last.flatMap(DayNumber.strict), today: today)
    }

    @Test func overdueCountsDaysPastTheTiersInterval() throws {
        let overdue = try #require(status(.a, last: "2026-09-08"))
        #expect(overdue.due.text == "2026-09-22")
        #expect(overdue.state == .overdue(days: 3))
        let flag = try #require(overdue.flag(texts: Fixtures.corpus.flags))
        #expect(flag.kind == .visitOverdue)
        #expect(flag.message.en == "The visit was due 2026-09-22: 3 days overdue for a tier A account. Book it now.")
        #expect(flag.message.zhHans == "本该在 2026-09-22 拜访：A级客户已逾期 3 天。马上约时间。")
        #expect(overdue.briefing(today: today).en.contains("Last visited 2026-09-08 (17 days ago)"))
        #expect(overdue.briefing(today: today).zhHant.contains("已逾期 3 天"))
    }

    @Test func dueWithinTheLookAheadAndNotDueBeyondIt() {
        #expect(status(.b, last: "2026-08-27")?.state == .due)        // due 09-26, tomorrow
        #expect(status(.b, last: "2026-09-20")?.state == .notDue)
        #expect(status(.b, last: "2026-09-20")?.flag(texts: Fixtures.corpus.flags) == nil)
    }

    @Test func theAccountKindOverridesItsTier() {
        #expect(status(.b, kind: .potentialLarge, last: "2026-08-10")?.due.text == "2026-08-31")
        #expect(status(.b, kind: .currentLarge, last: "2026-08-10")?.due.text == "2026-09-09")
    }

    @Test func neverVisitedIsDueNowAndNoTierHasNoCadence() {
        #expect(status(.c, last: nil)?.state == .neverVisited)
        #expect(status(.c, last: nil)?.due == today)
        #expect(status(nil, last: "2026-01-01") == nil)
    }

    @Test func theSummaryLeadsWithTodaysBirthday() {
        let account = Account(
            id: "hb", name: "港灣銀行", tier: .a,
            people: [Person(name: "林美玲", birthday: "08-15", calendar: .lunar)])
        let agenda = Agenda.build(
            AgendaInput(today: today, accounts: [account], lastVisits: ["hb": DayNumber.strict("2026-09-20")!], care: CareData(cadence: cadence), overdueDays: 30),
            calendar: ChineseCalendar())
        #expect(agenda.items.map(\.kind) == [.birthday])
        let summary = agenda.summary(.zhHant)
        #expect(summary.count == 2)
        #expect(summary[0] == "今天是林美玲（港灣銀行）的生日（農曆八月十五）：打個電話問候")
    }

    @Test func greetingsAddressByTitleAndSurname() {
        #expect(GreetingDraft.address(of: Person(name: "王建國", title: "總經理"), language: .zhHant) == "王總經理")
        #expect(GreetingDraft.address(of: Person(name: "歐陽娜娜", sex: .female), language: .en) == "歐陽女士")
        #expect(GreetingDraft.address(of: Person(name: "Ann Lee", title: "CEO", sex: .female), language: .en) == "Ms Lee")
        #expect(GreetingDraft.address(of: Person(name: "Tom Tech", title: "CTO"), language: .en) == "CTO Tech")
        #expect(GreetingDraft.address(of: Person(name: "林美玲"), language: .zhHans) == "林美玲")
    }
}
