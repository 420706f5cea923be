import CoachCore
import CoachCorpus
import CoachTestSupport
import Testing

@Suite struct CareFieldsTests {
    @Test func sexAddressAndGreetingsInEnglishAndChinese() throws {
        let text = """
            account: 港灣銀行
            id: harbour-bank
            people:
              - name: 林美玲
                sex: 女
                address: 上海市浦東新區世紀大道 100 號
                greetings: 親切
                birthday: 08-15
              - name: Ann Lee
                sex: female
                greetings: none
                birthday: 1980-02-29
                calendar: solar
            """
        let account = try AccountFile.parse(text, file: "harbour-bank.yaml", defaultID: "harbour-bank")
        #expect(account.people[0].sex == .female)
        #expect(account.people[0].greetings == .warm)
        #expect(account.people[0].address == "上海市浦東新區世紀大道 100 號")
        #expect(account.people[0].calendarStated == false)
        #expect(account.people[1].greetings == GreetingStyle.none)
        #expect(account.people[1].calendarStated == true)
    }

    @Test func aBadGreetingsValueNamesFileLineAndWhatIsAllowed() {
        let text = """
            account: X
            people:
              - name: A
                greetings: friendly
            """
        #expect(throws: DiagnosticError.self) { try AccountFile.parse(text, file: "x.yaml", defaultID: "x") }
        do {
            _ = try AccountFile.parse(text, file: "x.yaml", defaultID: "x")
        } catch {
            #expect(error.description.contains("x.yaml:4:"))
            #expect(error.description.contains("formal, warm, none"))
        }
    }

    @Test func theCorpusCarriesTheCareData() {
        let care = Fixtures.corpus.care
        #expect(care.cadence.days == [.a: 14, .b: 30, .c: 90])
        #expect(care.qingmingYears == 2000...2100)
        #expect(care.qingming[2026]?.text == "2026-04-05")
        #expect(care.holidays.validThrough != nil)
        for id in ["spring-festival", "lantern", "qingming", "dragon-boat", "mid-autumn", "double-ninth", "new-year", "national-day", "long-holiday"] {
            #expect(care.festivals.contains { $0.id == id }, "\(id)")
            #expect(care.template(occasion: id, style: .formal) != nil, "\(id)")
            #expect(care.template(occasion: id, style: .warm) != nil, "\(id)")
        }
    }
}
