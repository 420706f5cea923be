import CoachTestSupport
import Foundation
import Testing

/// How many days a customer issue may stay open is the corpus's figure (`method.yaml`,
/// `overdue-days`), the same for the account files' issues and for the journal's follow-ups: a
/// trainer who shortens it sees follow-ups overdue sooner in every listing, not only in the flags.
@Suite struct OverdueDaysTests {
    /// A copy of the real corpus with `overdue-days: days`, and an environment that uses it.
    func environment(overdueDays days: Int) throws -> (env: [String: String], store: String) {
        let home = try CoachBinary.temporaryDirectory()
        let corpus = home.appendingPathComponent("corpus")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Fixtures.corpusDirectory), to: corpus)
        let method = corpus.appendingPathComponent("method.yaml")
        let text = try String(contentsOf: method, encoding: .utf8)
        try text.replacingOccurrences(of: "overdue-days: 30", with: "overdue-days: \(days)").write(to: method, atomically: true, encoding: .utf8)
        let env = [
            "HOME": home.path, "XDG_DATA_HOME": home.appendingPathComponent("data").path, "COACH_CORPUS": corpus.path,
            "LANG": "en_US.UTF-8", "LC_ALL": "", "TZ": "UTC", "COACH_NOW": "2026-11-29T09:00:00Z",
        ]
        return (env, home.appendingPathComponent("coach.sqlite").path)
    }

    func coach(_ arguments: [String], _ env: [String: String], _ store: String) throws -> CoachBinary.Result {
        try CoachBinary.run(arguments + ["--store", store], environment: env)
    }

    /// A follow-up raised on 2026-11-15 without a due date, listed on 2026-11-29 (14 days later).
    func followUp(overdueDays days: Int) throws -> (list: [String: Any], report: [String: Any]) {
        let (env, store) = try environment(overdueDays: days)
        #expect(try coach(["account", "import"] + Fixtures.demoAccountFiles, env, store).status == 0)
        let added = try coach(["journal", "add", "--account", "east-post", "--visitor", "李明", "--date", "2026-11-15",
                               "--issue", "月結帳單對不上 | 財務部"], env, store)
        #expect(added.status == 0, "\(added.stderr)")
        let list = try coach(["followups", "--all", "--json"], env, store)
        #expect(list.status == 0, "\(list.stderr)")
        let items = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        let report = try coach(["report", "monthly", "--period", "2026-11", "--json"], env, store)
        #expect(report.status == 0, "\(report.stderr)")
        return (try #require(items.first), try #require(try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any]))
    }

    @Test func aShorterLimitInTheCorpusMakesTheFollowUpOverdueEverywhere() throws {
        let (item, report) = try followUp(overdueDays: 10)
        #expect(item["overdue"] as? Bool == true)
        #expect(item["deadline"] as? String == "2026-11-25")
        let overdue = try #require(report["overdue"] as? [[String: Any]])
        #expect(overdue.first?["deadline"] as? String == "2026-11-25")
    }

    @Test func theDefaultLimitLeavesItOnTime() throws {
        let (item, report) = try followUp(overdueDays: 30)
        #expect(item["overdue"] as? Bool == false)
        #expect(item["deadline"] as? String == "2026-12-15")
        #expect((report["overdue"] as? [[String: Any]])?.isEmpty == true)
    }
}
