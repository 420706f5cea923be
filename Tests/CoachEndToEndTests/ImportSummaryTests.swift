import CoachTestSupport
import Foundation
import Testing

/// `coach import` says what it did in one line, in the user's language: added, updated, unchanged
/// and rejected lines, and "nothing changed" for a re-import that changes nothing (issue 11, row 10).
@Suite(.serialized) struct ImportSummaryTests {
    /// A demo store with a paused prep (answers stored with sub-millisecond times) and its export.
    func exported() throws -> (home: URL, store: String, env: [String: String], file: String) {
        let (home, store, env) = try CoachBinary.demoHome(user: "summary")
        let prep = try CoachBinary.run(["--store", store], input: "/prep east-post\n/skip\nThe reorganisation I missed\n/quit\n", environment: env)
        #expect(prep.status == 0, "\(prep.stderr)")
        let file = home.appendingPathComponent("team.jsonl").path
        let export = try CoachBinary.run(["export", "--store", store, "-o", file], environment: env)
        #expect(export.status == 0, "\(export.stderr)")
        return (home, store, env, file)
    }

    @Test func reimportingWhatIsAlreadyThereSaysNothingChanged() throws {
        let (home, store, env, file) = try exported()
        defer { try? FileManager.default.removeItem(at: home) }
        let lines = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n").count
        for _ in 0..<2 {
            let again = try CoachBinary.run(["import", "--store", store, file], environment: env)
            #expect(again.status == 0, "\(again.stderr)")
            #expect(again.stdout == "\(file): nothing changed: \(lines) lines already in the store.\n", "\(again.stdout)")
            #expect(!again.stdout.contains("updated"))
        }
        let chinese = try CoachBinary.run(["import", "--store", store, file, "--lang", "zh-Hant"], environment: env)
        #expect(chinese.stdout.contains("沒有變化：\(lines) 行已在資料庫中"), "\(chinese.stdout)")
    }

    @Test func theSummaryCountsAddedUpdatedUnchangedAndRejectedInTheUsersLanguage() throws {
        let (home, _, env, file) = try exported()
        defer { try? FileManager.default.removeItem(at: home) }
        var lines = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n").map(String.init)
        lines.append("{\"type\":\"session\",\"id\":\"not json")
        let broken = home.appendingPathComponent("broken.jsonl").path
        try (lines.joined(separator: "\r\n") + "\r\n").write(toFile: broken, atomically: true, encoding: .utf8)
        let fresh = home.appendingPathComponent("fresh.sqlite").path
        let english = try CoachBinary.run(["import", "--store", fresh, broken], environment: env)
        #expect(english.status == 1)
        let good = lines.count - 1
        #expect(english.stdout.contains("\(broken): \(good) added, 0 updated, 0 unchanged, 1 rejected."), "\(english.stdout)")
        #expect(english.stderr.contains("\(broken):\(lines.count):1: error: not valid JSON"), "\(english.stderr)")

        let simplified = try CoachBinary.run(["import", "--store", fresh, broken, "--lang", "zh-Hans"], environment: env)
        #expect(simplified.stdout.contains("新增 0 行，更新 0 行，未变 \(good) 行，拒绝 1 行"), "\(simplified.stdout)")
        let traditional = try CoachBinary.run(["import", "--store", fresh, broken, "--lang", "zh-Hant"], environment: env)
        #expect(traditional.stdout.contains("新增 0 行，更新 0 行，未變 \(good) 行，拒絕 1 行"), "\(traditional.stdout)")

        let json = try CoachBinary.run(["import", "--store", fresh, broken, "--json"], environment: env)
        let files = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(files.first?["rejected"] as? Int == 1)
        #expect(files.first?["unchanged"] as? Int == good)
    }

    /// Each rejected line's reason is said in the user's language too (issue 17), not only the summary.
    @Test func theReasonsOfRejectedLinesAreInTheUsersLanguage() throws {
        let (home, _, env, file) = try exported()
        defer { try? FileManager.default.removeItem(at: home) }
        var lines = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n").map(String.init)
        let session = try #require(lines.firstIndex { $0.contains("\"type\":\"session\"") })
        lines[session] = lines[session].replacingOccurrences(
            of: #""position":\d+"#, with: "\"position\":-4", options: .regularExpression)
        lines.append("{\"type\":\"session\",\"id\":\"not json")
        lines.append("{\"type\":\"log\",\"id\":\"a\",\"account\":7}")
        let broken = home.appendingPathComponent("broken.jsonl").path
        try (lines.joined(separator: "\n") + "\n").write(toFile: broken, atomically: true, encoding: .utf8)
        for (language, words) in [("zh-Hant", ["超出範圍", "不是有效的 JSON", "錯誤："]), ("zh-Hans", ["超出范围", "不是有效的 JSON", "错误："])] {
            let fresh = home.appendingPathComponent("fresh-\(language).sqlite").path
            let result = try CoachBinary.run(["import", "--store", fresh, broken, "--lang", language], environment: env)
            #expect(result.status == 1)
            for word in words { #expect(result.stderr.contains(word), "\(language): \(word) missing in\n\(result.stderr)") }
            for english in ["out of range", "not valid JSON", "error:", "expected", "at '"] {
                #expect(!result.stderr.contains(english), "\(language): English '\(english)' in\n\(result.stderr)")
            }
        }
    }

    /// The previous release's export imports with the command, and again changes nothing; its store
    /// opens and migrates forward through the command too.
    @Test func theReleasesExportAndStoreWorkThroughTheCommand() throws {
        let (home, _, env) = try CoachBinary.demoHome(user: "summary")
        defer { try? FileManager.default.removeItem(at: home) }
        let release = Fixtures.packageRoot.appendingPathComponent("Tests/Fixtures/release-2026-12-02")
        let export = release.appendingPathComponent("team.jsonl").path
        let fresh = home.appendingPathComponent("fresh.sqlite").path
        let first = try CoachBinary.run(["import", "--store", fresh, export], environment: env)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == "\(export): 35 added, 0 updated, 0 unchanged, 0 rejected.\n", "\(first.stdout)")
        let again = try CoachBinary.run(["import", "--store", fresh, export], environment: env)
        #expect(again.stdout == "\(export): nothing changed: 35 lines already in the store.\n", "\(again.stdout)")

        let store = home.appendingPathComponent("release.sqlite").path
        try FileManager.default.copyItem(atPath: release.appendingPathComponent("store.sqlite").path, toPath: store)
        let journal = try CoachBinary.run(["journal", "--store", store, "--json"], environment: env)
        #expect(journal.status == 0, "\(journal.stderr)")
        let logs = try #require(try JSONSerialization.jsonObject(with: Data(journal.stdout.utf8)) as? [Any])
        #expect(logs.count == 11)
        let into = try CoachBinary.run(["import", "--store", store, export], environment: env)
        #expect(into.stdout == "\(export): nothing changed: 35 lines already in the store.\n", "\(into.stdout)")
    }

    /// A line longer than 16 MiB (a file that is not an export, or a damaged one) stops the import
    /// before anything is stored, with one error naming the file and the line, in the user's language.
    @Test func aLineTooLongImportsNothingAndNamesTheLine() throws {
        let (home, _, env, file) = try exported()
        defer { try? FileManager.default.removeItem(at: home) }
        let lines = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n").map(String.init)
        let long = home.appendingPathComponent("long.jsonl").path
        try (lines.joined(separator: "\n") + "\n" + String(repeating: "x", count: (16 << 20) + 1) + "\n").write(toFile: long, atomically: true, encoding: .utf8)
        let fresh = home.appendingPathComponent("fresh.sqlite").path
        let english = try CoachBinary.run(["import", "--store", fresh, long], environment: env)
        #expect(english.status == 1)
        #expect(english.stderr == "\(long):\(lines.count + 1):1: error: this line is longer than 16 MiB, so it is not a line 'coach export' writes; nothing was imported\n", "\(english.stderr)")
        let listed = try CoachBinary.run(["journal", "--store", fresh, "--format", "json"], environment: env)
        #expect(listed.status == 0 && listed.stdout == "[\n\n]\n", "nothing was stored: \(listed.stdout.prefix(200))")
        let chinese = try CoachBinary.run(["import", "--store", fresh, long, "--lang", "zh-Hant"], environment: env)
        #expect(chinese.stderr.contains("\(long):\(lines.count + 1):1: 錯誤：這一行超過 16 MiB") && chinese.stderr.contains("沒有匯入任何內容"), "\(chinese.stderr)")
    }
}
