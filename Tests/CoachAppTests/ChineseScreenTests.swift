import CoachCore
import CoachCorpus
import CoachTestSupport
import Foundation
import Testing

/// Every Chinese transcript is Chinese: the only Latin words are what the user types (commands
/// and their arguments, shell commands in backquotes), the account data (names, products, notes),
/// product names and key names.
@Suite struct ChineseScreenTests {
    /// Words a Chinese screen may show: the product, keys, formats and language codes.
    static let allowed: Set<String> = [
        "VisitCoach", "Enter", "Tab", "Ctrl-C", "Ctrl-D", "YYYY-MM-DD", "YYYY-MM", "README.md",
        "en", "zh-Hans", "zh-Hant", "LINE", "HTML", "CSV", "JSON", "Markdown", "PDF",
    ]

    /// Every word of the demo accounts' own data (names, titles, products, notes, issues).
    static let dataWords: Set<String> = {
        var texts: [String] = []
        let care = Fixtures.packageRoot.appendingPathComponent("Tests/Fixtures/care/accounts")
        let careFiles = ((try? FileManager.default.contentsOfDirectory(atPath: care.path)) ?? [])
            .filter { $0.hasSuffix(".yaml") }.map { care.appendingPathComponent($0).path }
        for path in Fixtures.demoAccountFiles + careFiles {
            guard let account = try? AccountFile.load(path: path) else { continue }
            texts += [account.id, account.name, account.industry ?? "", account.owner ?? "", account.changes.note ?? ""] + account.products
            for person in account.people {
                texts += [person.name, person.title ?? "", person.note ?? "", person.counterpart ?? "", person.reportsTo ?? "", person.result ?? ""]
            }
            for issue in account.openIssues { texts += [issue.text, issue.department ?? ""] }
        }
        texts.append("test")  // the salesperson of the transcripts
        return Set(texts.flatMap { latinWords(in: $0) })
    }()

    static func latinWords(in text: String) -> [String] {
        matches(#"[A-Za-z][A-Za-z0-9.'-]*[A-Za-z0-9]"#, in: text)
    }

    static func matches(_ pattern: String, in text: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern)
        let range = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: range).compactMap { Range($0.range, in: text).map { String(text[$0]) } }
    }

    static func removing(_ pattern: String, from text: String) -> String {
        let regex = try! NSRegularExpression(pattern: pattern)
        return regex.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: " ")
    }

    /// The Latin words of a transcript's output that are not typed input, data or allowed.
    static func leaks(in transcript: String) -> [String] {
        // What /source prints is the rule's file as written, asked for by name.
        var shown: [String] = []
        var inSource = false
        for line in transcript.components(separatedBy: "\n") {
            if line.hasPrefix("> ") {
                inSource = line == "> /source"
                continue
            }
            if !inSource { shown.append(line) }
        }
        var text = shown.joined(separator: " ")
        text = removing("`[^`]*`", from: text)
        // A command with its arguments is what the user types: /rule ID, /open ID, /lang en|zh-Hans.
        text = removing(#"(?<![A-Za-z0-9.])/[a-z]+(?:\s+[A-Za-z0-9\[][A-Za-z0-9.|\[\]-]*)*"#, from: text)
        // A command line to run: coach care greetings --date 2026-09-25.
        text = removing(#"\bcoach(?:\s+-{0,2}[A-Za-z0-9][A-Za-z0-9.-]*)+"#, from: text)
        // An option, typed as it is in every language: '--status', --due.
        text = removing(#"(?<![A-Za-z0-9])--[a-z][a-z-]*"#, from: text)
        // A prep question's number: q1a, q2d.
        text = removing(#"\bq[1-5][a-z]\b"#, from: text)
        return latinWords(in: text).filter { !allowed.contains($0) && !dataWords.contains($0) }
    }

    static var chineseTranscripts: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: TranscriptTests.folder.path)) ?? []
        return names.filter { $0.contains("-zh-") && $0.hasSuffix(".txt") }.sorted()
    }

    @Test func findsEnglishInAChineseScreen() {
        #expect(Self.leaks(in: "> /topics\n規則 strategy.x · corpus/rules/a.md\n（先設為 resolved）") == ["strategy.x", "corpus", "rules", "a.md", "resolved"])
        #expect(Self.leaks(in: "用 /open east-post 開啟；`coach outline east-post --format md`；1. Priya Nair。(q1d)") == [])
        #expect(Self.leaks(in: "'--status' 不能用 '完成'；請用 open") == ["open"])
    }

    @Test(arguments: chineseTranscripts)
    func chineseTranscriptHasNoEnglish(file: String) throws {
        let text = try String(contentsOf: TranscriptTests.folder.appendingPathComponent(file), encoding: .utf8)
        let leaks = Self.leaks(in: text)
        #expect(leaks.isEmpty, "\(file): English in a Chinese screen: \(Array(Set(leaks)).sorted())")
    }
}
