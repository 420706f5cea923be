import CoachTestSupport
import Foundation
import Testing

/// The acceptance check of the care routine, kept: account files written the way a salesperson
/// writes them (Simplified and Traditional Chinese values, `leap-month: 是`, a lunar day 30,
/// MM-DD without a year, a birthday without its calendar, an English file), with a journal.
///
/// The expected days come from PyPI `lunar-python` under the documented rules, computed by
/// `scripts/care/check-acceptance.py` (which also compares every month of 2026-2028 against the
/// built binary); the visits due are counted by hand from the journal below and
/// `corpus/care/cadence.yaml` (A every 14 days, B 30, C 90).
@Suite(.serialized) struct CareAcceptanceTests {
    typealias Setup = CareStoreSetup

    func setup() throws -> Setup {
        try CareStoreSetup(fixtures: "care/acceptance", now: "2026-12-02T09:00:00+08:00", user: "lina", visits: [
            ["--account", "nanhu-water", "--date", "2026-11-03", "--met", "周建华"],
            ["--account", "nanhu-water", "--date", "2026-11-17", "--met", "何伟"],
            ["--account", "jinlun-auto", "--date", "2026-10-15", "--met", "孫敏"],
        ])
    }

    func coach(_ arguments: [String], _ setup: Setup) throws -> CoachBinary.Result {
        try setup.coach(arguments)
    }

    /// lunar-python: 十月廿四 2026 → 12-02; 五月十五 (leap-month: 是) → 2026-06-29, 2027-06-19 (no leap
    /// fifth month), 2028-07-07 (閏五月, not the regular 2028-06-07); 十二月三十 → 2026-02-16 and
    /// 2027-02-05 (the twelfth month has 29 days in 2025 and 2026); 十月三十 2026 → 12-08.
    static let expected: [String: [[String]]] = [
        "2026-02": [["2026-02-16", "jinlun-auto", "王強"]],
        "2026-06": [["2026-06-29", "nanhu-water", "刘芳"]],
        "2026-12": [["2026-12-02", "nanhu-water", "周建华"], ["2026-12-05", "nanhu-water", "马丽"],
                    ["2026-12-08", "jinlun-auto", "孫敏"], ["2026-12-20", "nanhu-water", "陈静"]],
        "2027-02": [["2027-02-05", "jinlun-auto", "王強"]],
        "2027-06": [["2027-06-19", "nanhu-water", "刘芳"]],
        "2028-06": [],
        "2028-07": [["2028-07-07", "nanhu-water", "刘芳"]],
        "2028-11": [["2028-11-02", "xihe-hospital", "Grace Zhao"]],
    ]

    @Test func birthdaysAndTheAgendaMatchAnIndependentCalendarAndTheJournal() throws {
        let setup = try setup()
        defer { try? FileManager.default.removeItem(at: setup.folder) }
        for (month, expected) in Self.expected.sorted(by: { $0.key < $1.key }) {
            let result = try coach(["care", "birthdays", "--month", month, "--json"], setup)
            #expect(result.status == 0, "\(result.stderr)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            let birthdays = try #require(object["birthdays"] as? [[String: Any]])
            #expect(birthdays.map { [$0["date"] as? String ?? "", $0["account"] as? String ?? "", $0["person"] as? String ?? ""] } == expected, "\(month)")
        }

        let today = try coach(["today", "--date", "2026-12-02", "--json"], setup)
        #expect(today.status == 0, "\(today.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(today.stdout.utf8)) as? [String: Any])
        let items = try #require(object["items"] as? [[String: Any]])
        let got = items.map { [$0["kind"] as? String ?? "", $0["account"] as? String ?? "", $0["person"] as? String ?? "", $0["due"] as? String ?? ""] }
        #expect(got == [
            ["birthday", "nanhu-water", "周建华", "2026-12-02"],            // lunar 十月廿四, today: call
            ["visit-overdue", "jinlun-auto", "", "2026-11-14"],             // B: 10-15 + 30 days, 18 over
            ["visit-overdue", "nanhu-water", "", "2026-12-01"],             // A: 11-17 + 14 days, 1 over
            ["visit-due", "xihe-hospital", "", "2026-12-02"],               // C: never visited
            ["birthday", "nanhu-water", "马丽", "2026-12-05"],              // MM-DD only
            ["birthday", "jinlun-auto", "孫敏", "2026-12-08"],              // lunar 十月三十 (a 30-day month)
        ])
        let text = try coach(["today", "--date", "2026-12-02", "--lang", "zh-Hans"], setup).stdout
        #expect(text.contains("今天是周建华（南湖水务集团）的生日（农历十月廿四）：打个电话问候"))
        #expect(text.contains("拜访已逾期 18 天"))

        let list = try coach(["care", "birthdays", "--month", "2026-12", "--lang", "zh-Hans"], setup).stdout
        #expect(list.contains("核实何伟"), "an A-tier person without a birthday is a task")
        #expect(list.contains("问清陈静"), "a birthday without its calendar is a task")
        #expect(!list.contains("孫敏（採購經理）  金輪汽車      B     农历十月三十  -"), "the age is known from the year")
    }
}
