import CoachTestSupport
import Foundation
import Testing

/// `coach care …` and `coach today` on account files written for the purpose (lunar, leap-month,
/// day-30, MM-DD-only birthdays; tiers with journal histories). Expected days come from PyPI
/// `lunar-python` (an independent calendar), not from the code under test.
@Suite(.serialized) struct CareCommandTests {
    typealias Setup = CareStoreSetup

    func setup() throws -> Setup {
        try CareStoreSetup(fixtures: "care/accounts", now: "2026-09-25T09:00:00+08:00", user: "chen", visits: [
            ["--account", "harbour-bank", "--date", "2026-09-01", "--met", "林美玲"],
            ["--account", "harbour-bank", "--date", "2026-09-08", "--met", "張偉", "--issue", "對賬單延遲 | 財務部 | 2026-09-12"],
            ["--account", "river-logistics", "--date", "2026-08-10", "--met", "Ann Lee"],
        ])
    }

    func coach(_ arguments: [String], _ setup: Setup) throws -> CoachBinary.Result {
        try setup.coach(arguments)
    }

    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// Per month, (date, account, person) as lunar-python gives them under the documented rules.
    static let expected: [String: [[String]]] = [
        "2026-09": [["2026-09-03", "harbour-bank", "趙敏"], ["2026-09-25", "harbour-bank", "林美玲"]],
        "2026-10": [["2026-10-09", "harbour-bank", "張偉"]],            // lunar 08-30 in a 29-day month
        "2025-08": [["2025-08-03", "harbour-bank", "歐陽志遠"]],        // leap 6th month of 2025
        "2026-07": [["2026-07-23", "harbour-bank", "歐陽志遠"]],        // no leap 6th month in 2026
        "2027-01": [["2027-01-02", "quiet-mill", "孫立"]],
        "2027-02": [["2027-02-01", "river-logistics", "王建國"], ["2027-02-28", "river-logistics", "Ann Lee"]],
        "2026-12": [],
        "2028-02": [["2028-02-29", "river-logistics", "Ann Lee"]],
        "2026-02": [["2026-02-12", "river-logistics", "王建國"], ["2026-02-28", "river-logistics", "Ann Lee"]],
    ]

    @Test func monthlyBirthdaysMatchAnIndependentCalendar() throws {
        let setup = try setup()
        defer { try? FileManager.default.removeItem(at: setup.folder) }
        for (month, expected) in Self.expected.sorted(by: { $0.key < $1.key }) {
            let result = try coach(["care", "birthdays", "--month", month, "--json"], setup)
            #expect(result.status == 0, "\(result.stderr)")
            let object = try json(result.stdout)
            let birthdays = try #require(object["birthdays"] as? [[String: Any]])
            let got = birthdays.map { [$0["date"] as? String ?? "", $0["account"] as? String ?? "", $0["person"] as? String ?? ""] }
            #expect(got.sorted { $0.joined() < $1.joined() } == expected.sorted { $0.joined() < $1.joined() }, "\(month)")
            let (year, number) = (month.prefix(4), month.suffix(2))
            #expect(object["from"] as? String == "\(year)-\(number)-01")
            #expect(Set(birthdays.flatMap { $0.keys }).isSubset(of: ["account", "person", "date", "calendar", "lunar"]))
        }
        let september = try json(try coach(["care", "birthdays", "--month", "2026-09", "--json", "--lang", "zh-Hant"], setup).stdout)
        let lin = try #require((september["birthdays"] as? [[String: Any]])?.first { $0["person"] as? String == "林美玲" })
        #expect(lin["calendar"] as? String == "lunar")
        #expect(lin["lunar"] as? String == "農曆八月十五")
    }

    @Test func theMonthlyListNamesWhomToReportToAndWhatToVerify() throws {
        let setup = try setup()
        defer { try? FileManager.default.removeItem(at: setup.folder) }
        let text = try coach(["care", "birthdays", "--month", "2026-09", "--lang", "zh-Hant"], setup).stdout
        #expect(text.contains("農曆八月十五"))
        #expect(text.contains("陳經理"))
        #expect(text.contains("彩信 + 鮮花"))
        #expect(text.contains("錢多多"), "an A-tier person without a birthday is a task")
        #expect(text.contains("問清趙敏"), "a birthday without its calendar is a task")
        let week = try coach(["care", "birthdays", "--week", "--date", "2026-09-23", "--format", "csv"], setup).stdout
        #expect(week.hasPrefix("kind,date,person"))
        #expect(week.contains("birthday,2026-09-25,林美玲"))
        #expect(!week.contains("趙敏,") || week.contains("verify-calendar"))
    }

    @Test func todayListsBirthdaysFestivalsAndVisitsAsAReaderOfTheJournalWould() throws {
        let setup = try setup()
        defer { try? FileManager.default.removeItem(at: setup.folder) }
        let result = try coach(["today", "--date", "2026-09-25", "--json"], setup)
        #expect(result.status == 0, "\(result.stderr)")
        let object = try json(result.stdout)
        #expect(object["date"] as? String == "2026-09-25")
        let items = try #require(object["items"] as? [[String: Any]])
        func find(_ kind: String, _ account: String? = nil) -> [[String: Any]] {
            items.filter { $0["kind"] as? String == kind && (account == nil || $0["account"] as? String == account) }
        }
        for item in items { #expect(Set(item.keys) == ["kind", "account", "person", "due", "text"]) }
        #expect(items.first?["kind"] as? String == "birthday")
        #expect(items.first?["person"] as? String == "林美玲")
        // Tier A every 14 days: last visit 09-08 → due 09-22, 3 days over.
        #expect(find("visit-overdue", "harbour-bank").first?["due"] as? String == "2026-09-22")
        // A potential account of tier B every 21 days: last 08-10 → due 08-31.
        #expect(find("visit-overdue", "river-logistics").first?["due"] as? String == "2026-08-31")
        // Tier C, no visit in the journal: due now.
        #expect(find("visit-due", "quiet-mill").first?["due"] as? String == "2026-09-25")
        #expect(find("follow-up-overdue", "harbour-bank").count == 1)
        let festivals = find("festival").compactMap { $0["due"] as? String }
        #expect(festivals.contains("2026-09-25"), "中秋 2026")
        #expect(festivals.contains("2026-10-01"), "國慶")
        #expect(festivals.contains("2026-09-30"), "last working day before the National Day holiday")
        let kinds = Set(items.compactMap { $0["kind"] as? String })
        #expect(kinds.isSubset(of: ["birthday", "festival", "visit-due", "visit-overdue", "follow-up-overdue", "paused-prep", "comment"]))
    }

    @Test func greetingsAreDraftedWithTitleAndSurnameAndNeverSent() throws {
        let setup = try setup()
        defer { try? FileManager.default.removeItem(at: setup.folder) }
        let result = try coach(["care", "greetings", "--date", "2026-09-25", "--json", "--lang", "zh-Hant"], setup)
        let object = try json(result.stdout)
        let greetings = try #require(object["greetings"] as? [[String: Any]])
        let people = greetings.map { $0["person"] as? String ?? "" }
        #expect(!people.contains("錢多多"), "greetings: none")
        #expect(greetings.first?["tier"] as? String == "A")
        let sun = try #require(greetings.first { $0["person"] as? String == "孫立" })
        #expect((sun["text"] as? String)?.hasPrefix("孫廠長") == true)
        let birthday = greetings.filter { $0["occasion"] as? String == "birthday" }
        #expect(birthday.map { $0["person"] as? String } == ["林美玲"])
        #expect(birthday.first?["style"] as? String == "warm")
        let text = try coach(["care", "greetings", "--date", "2026-09-25"], setup).stdout
        #expect(text.contains("the coach sends nothing"))
    }

    @Test func beyondTheOfficialHolidayDataTheCoachSaysSo() throws {
        let setup = try setup()
        defer { try? FileManager.default.removeItem(at: setup.folder) }
        let text = try coach(["today", "--date", "2027-09-10"], setup).stdout
        #expect(text.contains("known only through 2026"))
    }

    /// The .ics file: owner-only, CRLF, folded, one UID per event; parsed by PyPI `icalendar`
    /// when `make test` could install it (ICALENDAR_PYTHON), else that part is skipped.
    @Test func theCalendarFileIsValidICalendarWithTheRightDays() throws {
        let setup = try setup()
        defer { try? FileManager.default.removeItem(at: setup.folder) }
        let file = setup.folder.appendingPathComponent("care.ics").path
        let result = try coach(["care", "calendar", "--from", "2026-12-01", "--months", "12", "--format", "ics", "-o", file], setup)
        #expect(result.status == 0, "\(result.stderr)")
        let attributes = try FileManager.default.attributesOfItem(atPath: file)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let again = try coach(["care", "calendar", "--from", "2026-12-01", "-o", file], setup)
        #expect(again.status != 0, "an existing file is not replaced without --force")
        let data = try #require(FileManager.default.contents(atPath: file))
        let text = String(decoding: data, as: UTF8.self)
        let lines = text.components(separatedBy: "\r\n")
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        #expect(lines.allSatisfy { $0.utf8.count <= 75 })
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        let uids = lines.filter { $0.hasPrefix("UID:") }
        #expect(uids.count == Set(uids).count)
        #expect(uids.count == lines.filter { $0 == "BEGIN:VEVENT" }.count)

        guard let python = ProcessInfo.processInfo.environment["ICALENDAR_PYTHON"],
              FileManager.default.isExecutableFile(atPath: python) else {
            print("note: ICALENDAR_PYTHON not set (make test installs icalendar); skipping the parser check")
            return
        }
        let script = """
            import sys, icalendar
            cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
            for event in cal.walk('VEVENT'):
                print(event.decoded('DTSTART').isoformat(), event.get('SUMMARY'), sep='\\t')
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", script, file]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let parsed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let problems = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(problems)")
        let events = parsed.split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
        func day(of summary: String) -> [String] { events.filter { $0.count == 2 && $0[1].contains(summary) }.map { $0[0] } }
        #expect(day(of: "林美玲") == ["2027-09-15"])        // lunar 08-15 of 2027
        #expect(day(of: "孫立") == ["2027-01-02"])          // lunar 11-25 of 2026
        #expect(day(of: "歐陽志遠") == ["2027-07-13"])      // leap-month birthday, no leap 6th month in 2027
        #expect(day(of: "Spring Festival") == ["2027-02-06"])
        #expect(events.count == uids.count)
    }
}
