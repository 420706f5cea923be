import CoachTestSupport
import Foundation
import Testing

/// The manager's report lists overlaps: two salespeople at one account within the method's
/// window (`corpus/method.yaml` `overlap-days`), built from two salespeople's exports.
@Suite(.serialized) struct ReportOverlapTests {
    func coach(_ arguments: [String], store: String, env: [String: String]) throws -> CoachBinary.Result {
        try CoachBinary.run(arguments + ["--store", store], environment: env)
    }

    /// The manager's store after importing 李明's and 王芳's exports: both visited east-post
    /// (and 王建國) 7 days apart in November; 王芳 again 25 days after 李明; 李明 alone at riverside-health.
    func managersStore() throws -> (store: String, env: [String: String]) {
        let home = try CoachBinary.temporaryDirectory()
        let env = [
            "HOME": home.path, "XDG_DATA_HOME": home.appendingPathComponent("data").path, "COACH_CORPUS": Fixtures.corpusDirectory,
            "LANG": "en_US.UTF-8", "LC_ALL": "", "TZ": "UTC", "COACH_NOW": "2026-11-29T09:00:00Z",
        ]
        let visits: [(who: String, account: String, day: String, met: String)] = [
            ("李明", "east-post", "2026-11-03", "王建國"), ("李明", "riverside-health", "2026-11-05", "Sarah Whitfield"),
            ("王芳", "east-post", "2026-11-10", "王建國"), ("王芳", "east-post", "2026-11-28", "王建國"),
        ]
        let manager = home.appendingPathComponent("manager.sqlite").path
        #expect(try coach(["account", "import"] + Fixtures.demoAccountFiles, store: manager, env: env).status == 0)
        for person in ["李明", "王芳"] {
            let store = home.appendingPathComponent("\(person).sqlite").path
            #expect(try coach(["account", "import"] + Fixtures.demoAccountFiles, store: store, env: env).status == 0)
            for visit in visits where visit.who == person {
                let added = try coach([
                    "journal", "add", "--account", visit.account, "--visitor", person, "--date", visit.day, "--met", visit.met,
                    "--discussed", "visit",
                ], store: store, env: env)
                #expect(added.status == 0, "\(added.stderr)")
            }
            let file = home.appendingPathComponent("\(person).jsonl").path
            #expect(try coach(["export", "--output", file], store: store, env: env).status == 0)
            let imported = try coach(["import", file], store: manager, env: env)
            #expect(imported.status == 0, "\(imported.stderr)")
        }
        return (manager, env)
    }

    @Test func theReportListsTwoSalespeopleAtOneAccountWithinTheWindowInEveryFormat() throws {
        let (store, env) = try managersStore()
        let report = ["report", "monthly", "--period", "2026-11"]
        let markdown = try coach(report, store: store, env: env)
        #expect(markdown.status == 0, "\(markdown.stderr)")
        #expect(markdown.stdout.contains("- Overlapping visits: east-post 李明 & 王芳"))
        #expect(markdown.stdout.contains("## Overlapping visits (two salespeople at one account within 14 days)"))
        #expect(markdown.stdout.contains("| 華東郵政分公司 | east-post | 李明, 王芳 | 1 | 2026-11-03 | 2026-11-10 | 王建國 |"))

        let json = try coach(report + ["--json"], store: store, env: env)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let overlaps = try #require(object["overlaps"] as? [[String: Any]])
        #expect(overlaps.count == 1)
        #expect(overlaps.first?["account"] as? String == "east-post")
        #expect(overlaps.first?["salespeople"] as? [String] == ["李明", "王芳"])
        #expect(overlaps.first?["visits"] as? Int == 1)
        #expect(overlaps.first?["people"] as? [String] == ["王建國"])
        #expect(object["overlapDays"] as? Int == 14)

        let csv = try coach(report + ["--format", "csv"], store: store, env: env)
        #expect(csv.stdout.contains("overlap,east-post,李明; 王芳,2026-11-03..2026-11-10 within 14 days; met both: 王建國,1"))
        let html = try coach(report + ["--format", "html"], store: store, env: env)
        #expect(html.stdout.contains("Overlapping visits (two salespeople at one account within 14 days)"))
        #expect(html.stdout.contains("李明, 王芳"))

        let chinese = try coach(report + ["--lang", "zh-Hant"], store: store, env: env)
        #expect(chinese.stdout.contains("## 重疊走訪（兩位業務員 14 天內走訪同一客戶）"))
        let simplified = try coach(report + ["--lang", "zh-Hans"], store: store, env: env)
        #expect(simplified.stdout.contains("## 重叠拜访（两位业务员 14 天内拜访同一客户）"))
    }

    @Test func oneSalespersonsReportShowsOnlyTheirOverlaps() throws {
        let (store, env) = try managersStore()
        let liming = try coach(["report", "monthly", "--period", "2026-11", "--who", "李明", "--json"], store: store, env: env)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(liming.stdout.utf8)) as? [String: Any])
        #expect((object["overlaps"] as? [[String: Any]])?.count == 1)
        let nobody = try coach(["report", "monthly", "--period", "2026-11", "--who", "Dana Lee", "--json"], store: store, env: env)
        let none = try #require(try JSONSerialization.jsonObject(with: Data(nobody.stdout.utf8)) as? [String: Any])
        #expect((none["overlaps"] as? [[String: Any]])?.isEmpty == true)
    }

    @Test func theReviewSummaryNamesTheOverlaps() throws {
        let (store, env) = try managersStore()
        let review = try coach(["review", "--period", "2026-11"], store: store, env: env)
        #expect(review.status == 0, "\(review.stderr)")
        #expect(review.stdout.contains("Overlapping visits (within 14 days): east-post 李明 & 王芳 (1)"))
        let chinese = try coach(["review", "--period", "2026-11", "--lang", "zh-Hans"], store: store, env: env)
        #expect(chinese.stdout.contains("重叠拜访（14 天内）：east-post 李明、王芳 (1)"))
        let oneAccount = try coach(["review", "--period", "2026-11", "--account", "riverside-health"], store: store, env: env)
        #expect(!oneAccount.stdout.contains("Overlapping"))
    }
}
