import CoachTestSupport
import Foundation
import Testing

/// The journal's commands on the built binary: a manager's comment reaching the salesperson's
/// REPL, export and import between machines, search.
@Suite(.serialized) struct JournalCommandTests {
    func environment() throws -> (env: [String: String], store: String, folder: URL) {
        let home = try CoachBinary.temporaryDirectory()
        let env = [
            "HOME": home.path, "XDG_DATA_HOME": home.appendingPathComponent("data").path, "COACH_CORPUS": Fixtures.corpusDirectory,
            "LANG": "en_US.UTF-8", "LC_ALL": "", "TZ": "UTC", "COACH_NOW": "2026-11-29T09:00:00Z",
        ]
        return (env, home.appendingPathComponent("coach.sqlite").path, home)
    }

    func coach(_ arguments: [String], store: String, env: [String: String], input: String = "") throws -> CoachBinary.Result {
        try CoachBinary.run(arguments + ["--store", store], input: input, environment: env)
    }

    func seed(store: String, env: [String: String]) throws {
        let accounts = Fixtures.demoAccountFiles
        #expect(try coach(["account", "import"] + accounts, store: store, env: env).status == 0)
        let added = try coach([
            "journal", "add", "--account", "riverside-health", "--visitor", "Dana Lee", "--date", "yesterday", "--id", "visit-1",
            "--met", "Sarah Whitfield", "--discussed", "Late appointment letters",
            "--issue", "North district letters are late | Delivery operations | +7",
        ], store: store, env: env)
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout.contains("Saved visit log #1 (riverside-health, 2026-11-28, Dana Lee); follow-ups: #1."))
        let again = try coach(["journal", "add", "--account", "riverside-health", "--id", "visit-1"], store: store, env: env)
        #expect(again.stdout.contains("already stored"))
        let other = try coach([
            "journal", "add", "--account", "east-post", "--visitor", "李明", "--date", "2026-11-03", "--id", "visit-2",
            "--issue", "月結帳單與實際投遞量對不上 | 財務部 | 2026-11-17",
        ], store: store, env: env)
        #expect(other.status == 0, "\(other.stderr)")
    }

    @Test func journalListsNewestFirstWithLimitAndOneLinePerLogWhenShort() throws {
        let (env, store, folder) = try environment()
        defer { try? FileManager.default.removeItem(at: folder) }
        try seed(store: store, env: env)
        let full = try coach(["journal"], store: store, env: env)
        #expect(full.status == 0, "\(full.stderr)")
        let newest = try #require(full.stdout.range(of: "2026-11-28")), older = try #require(full.stdout.range(of: "2026-11-03"))
        #expect(newest.lowerBound < older.lowerBound)

        let short = try coach(["journal", "--short"], store: store, env: env)
        let lines = short.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 2, "\(short.stdout)")
        // The day, the local number, the short reference, the account.
        #expect(lines.first?.range(of: #"^2026-11-28  #1  [0-9a-f]{8}  Riverside Health Group"#, options: .regularExpression) != nil, "\(short.stdout)")
        #expect(lines.first?.hasSuffix("Late appointment letters") == true)
        #expect(lines.last?.hasPrefix("2026-11-03  #2") == true)

        let limited = try coach(["journal", "--short", "--limit", "1"], store: store, env: env)
        #expect(limited.stdout.split(separator: "\n").count == 1)
        #expect(limited.stdout.contains("#1"))
        let oldest = try coach(["journal", "--short", "--oldest-first"], store: store, env: env)
        #expect(oldest.stdout.hasPrefix("2026-11-03"))
        #expect(try coach(["journal", "--limit", "0"], store: store, env: env).status != 0)
    }

    @Test func aManagersCommentReachesTheSalespersonInTheREPLOnce() throws {
        let (env, store, _) = try environment()
        try seed(store: store, env: env)
        let verified = try coach(["review", "verify", "log", "1", "--comment", "Good. Ask Sarah to become your coach.", "--by", "王經理"], store: store, env: env)
        #expect(verified.status == 0, "\(verified.stderr)")
        #expect(verified.stdout.contains("Verified visit log #1 (v1); Dana Lee will see the comment."))

        var dana = env
        dana["USER"] = "Dana Lee"
        let repl = try coach(["chat"], store: store, env: dana, input: "/comments\n/comments\n")
        #expect(repl.status == 0)
        #expect(repl.stdout.range(of: #"王經理 on your visit log #1 \(ref [0-9a-f]{8}; riverside-health, 2026-11-28\),\s+2026-11-29:"#, options: .regularExpression) != nil, "\(repl.stdout)")
        #expect(repl.stdout.contains("Good. Ask Sarah to become your coach."))
        #expect(repl.stdout.contains("No new comments from your manager."))

        var li = env
        li["USER"] = "李明"
        #expect(try coach(["chat"], store: store, env: li, input: "/comments\n").stdout.contains("No new comments from your manager."))
        let review = try coach(["review", "--period", "2026-11", "--json"], store: store, env: env)
        let entries = try JSONSerialization.jsonObject(with: Data(review.stdout.utf8)) as? [String: Any]
        #expect((entries?["entries"] as? [Any])?.count == 2)
    }

    @Test func importingAnExportTwiceChangesNothingAndACorruptLineIsReportedByNumber() throws {
        let (env, store, folder) = try environment()
        try seed(store: store, env: env)
        let file = folder.appendingPathComponent("team.jsonl").path
        let exported = try coach(["export", "--output", file], store: store, env: env)
        #expect(exported.status == 0, "\(exported.stderr)")

        let manager = folder.appendingPathComponent("manager.sqlite").path
        func imported() throws -> [String: [String: Int]] {
            let result = try coach(["import", file, "--json"], store: manager, env: env)
            #expect(result.status == 0, "\(result.stderr)")
            let files = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]
            return files?.first?["counts"] as? [String: [String: Int]] ?? [:]
        }
        let first = try imported()
        #expect(first["log"] == ["added": 2])
        #expect(first["account-version"] == ["added": 3])
        #expect(first["follow-up"] == ["added": 2])
        let second = try imported()
        #expect(second["log"] == ["unchanged": 2])
        #expect(second.values.allSatisfy { $0.keys.sorted() == ["unchanged"] })
        let listed = try coach(["journal", "--json"], store: manager, env: env)
        let logs = try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [Any]
        #expect(logs?.count == 2)

        var lines = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n").map(String.init)
        lines[1] = "this is not json"
        let broken = folder.appendingPathComponent("broken.jsonl").path
        try lines.joined(separator: "\n").write(toFile: broken, atomically: true, encoding: .utf8)
        let fresh = folder.appendingPathComponent("fresh.sqlite").path
        let result = try coach(["import", broken], store: fresh, env: env)
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(broken):2:1: error: not valid JSON"))
        #expect(result.stdout.contains("1 line(s) could not be imported (see above); the rest was imported."))
        #expect(try coach(["journal", "show", "visit-2"], store: fresh, env: env).status == 0, "a script's id still finds its log")
    }

    @Test func journalSearchFindsTraditionalWithSimplifiedAndFollowUpsMove() throws {
        let (env, store, _) = try environment()
        try seed(store: store, env: env)
        let csv = try coach(["journal", "--search", "帐单", "--format", "csv"], store: store, env: env)
        #expect(csv.status == 0)
        #expect(csv.stdout.split(separator: "\n").count == 2)
        #expect(csv.stdout.contains(",2026-11-03,east-post,華東郵政分公司,李明"))
        // The script's id "visit-2" is kept as the UUID derived from it (RecordID.normalized).
        #expect(csv.stdout.contains("2,09f372fd-c1be-5c47-b812-07477c3b3cc0,2026-11-03"), "\(csv.stdout)")
        #expect(try coach(["journal", "--since", "yesterday", "--format", "md"], store: store, env: env).stdout.contains("## #1 · 2026-11-28"))

        let refused = try coach(["followups", "set", "2", "--status", "customer-informed"], store: store, env: env)
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("only once it is resolved"))
        #expect(try coach(["followups", "set", "2", "--status", "resolved", "--on", "2026-11-20"], store: store, env: env).status == 0)
        let list = try coach(["followups", "--all", "--json"], store: store, env: env)
        let items = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]]
        #expect(items?.count == 2)
        #expect(items?.first?["overdue"] as? Bool == true)
        #expect(items?.first?["status"] as? String == "resolved")
    }

    /// After an export and import the numbers differ between stores; the short reference beside
    /// the number is the same in both and is taken wherever a number is.
    @Test func aLogIsCitedByTheSameShortReferenceInEveryStore() throws {
        let (home, store, env) = try CoachBinary.demoHome(user: "li")
        defer { try? FileManager.default.removeItem(at: home) }
        func coach(_ arguments: [String], in path: String) throws -> CoachBinary.Result {
            try CoachBinary.run(arguments + ["--store", path], environment: env)
        }
        #expect(try coach(["journal", "add", "--account", "east-post", "--visitor", "李明", "--date", "2026-11-20", "--discussed", "投遞時效"], in: store).status == 0)
        let exported = try coach(["export"], in: store)
        #expect(exported.status == 0, "\(exported.stderr)")
        let file = home.appendingPathComponent("team.jsonl")
        try exported.stdout.write(to: file, atomically: true, encoding: .utf8)
        let listed = try coach(["journal", "--json"], in: store)
        let logs = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        let uuid = try #require((logs.first?["log"] as? [String: Any])?["uuid"] as? String)
        let ref = String(uuid.filter(\.isHexDigit).suffix(8)).lowercased()

        // The manager's store has a log of its own first: the imported one is #2 there.
        let manager = home.appendingPathComponent("manager.sqlite").path
        #expect(try coach(["account", "import"] + Fixtures.demoAccountFiles, in: manager).status == 0)
        #expect(try coach(["journal", "add", "--account", "east-post", "--visitor", "王芳", "--date", "2026-11-18", "--discussed", "報價"], in: manager).status == 0)
        #expect(try coach(["import", file.path], in: manager).status == 0)
        let short = try coach(["journal", "--short"], in: manager)
        #expect(short.stdout.contains("#2  \(ref)"), "\(short.stdout)")
        let shown = try coach(["journal", "show", ref], in: manager)
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout.contains("Visit log #2 (ref \(ref))"), "\(shown.stdout)")
        #expect(try coach(["journal", "show", ref], in: store).stdout.contains("Visit log #1 (ref \(ref))"))
        let verified = try coach(["review", "verify", "log", ref.uppercased(), "--comment", "Good.", "--by", "王經理"], in: manager)
        #expect(verified.status == 0, "\(verified.stderr)")
        #expect(verified.stdout.contains("#2"), "\(verified.stdout)")
    }

    /// `coach followups` is the same one list as /followups: the account files' open issues after
    /// the logged follow-ups (JSON keeps the journal's items only).
    @Test func followupsListsTheAccountFilesOpenIssuesToo() throws {
        let (home, store, env) = try CoachBinary.demoHome(user: "li")
        defer { try? FileManager.default.removeItem(at: home) }
        let listed = try CoachBinary.run(["followups", "--lang", "zh-Hant", "--store", store], environment: env)
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(listed.stdout.contains("投遞時效不穩定"), "\(listed.stdout)")
        #expect(listed.stdout.contains("檔案"))
        #expect(!listed.stdout.contains("報刊漏送三個社區"), "closed in the file")
        let json = try CoachBinary.run(["followups", "--json", "--store", store], environment: env)
        #expect(!json.stdout.contains("投遞時效不穩定"))
    }
}
