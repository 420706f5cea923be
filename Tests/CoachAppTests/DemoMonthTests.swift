import CoachApp
import CoachCore
import CoachStore
import CoachTestSupport
import Foundation
import Testing

/// The month `scripts/demo-journal.sh` generates, counted here straight from the stored records,
/// then compared with the monthly report (built in process, and printed as CSV by the binary).
@Suite(.serialized) struct DemoMonthTests {
    /// The generated store: the script runs once, with the built `coach`, in a fresh folder.
    static let generated: Result<String, DemoError> = {
        do {
            let folder = try CoachBinary.temporaryDirectory()
            let store = folder.appendingPathComponent("demo.sqlite").path
            for _ in 0..<2 {  // the second run must change nothing
                let result = try runScript(store: store, home: folder.path)
                guard result.status == 0 else { return .failure(DemoError(message: "demo-journal.sh failed: \(result.output)")) }
            }
            return .success(store)
        } catch {
            return .failure(DemoError(message: "\(error)"))
        }
    }()

    struct DemoError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    static var environment: [String: String] {
        ["NO_COLOR": "1", "TZ": "UTC", "COACH_CORPUS": Fixtures.corpusDirectory, "LANG": "en_US.UTF-8", "LC_ALL": ""]
    }

    static func runScript(store: String, home: String) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [Fixtures.packageRoot.appendingPathComponent("scripts/demo-journal.sh").path, CoachBinary.url.path, store]
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        env["HOME"] = home
        env["XDG_DATA_HOME"] = home + "/data"
        process.environment = env
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    func store() throws -> CoachDatabase {
        try CoachDatabase.open(path: try Self.generated.get())
    }

    // MARK: Counting independently

    /// The figures of the report, counted from the records with no help from the report's code.
    struct Expected: Equatable {
        var visits: [String: Int] = [:]  // "account|salesperson"
        var total = 0
        var notVisited: [String] = []
        var raised = 0
        var resolved = 0
        var informed = 0
        var averageToResolve = "-"
        var averageToInform = "-"
        var overdue: [String] = []  // follow-up uuids
        var openRiskAccounts: [String] = []
        var selfCheckRiskSessions = 0
        var logs = 0
        var logsVerified = 0
        var sessions = 0
        var sessionsVerified = 0
        var editedAfterVerification = 0
    }

    static let dayFormatter: DateFormatter = {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter
    }()

    static func daysBetween(_ from: String, _ to: String) -> Int {
        let start = dayFormatter.date(from: from)!, end = dayFormatter.date(from: to)!
        return Int((end.timeIntervalSince(start) / 86_400).rounded())
    }

    static func plus(_ day: String, _ days: Int) -> String {
        dayFormatter.string(from: dayFormatter.date(from: day)!.addingTimeInterval(Double(days) * 86_400))
    }

    /// The mean to one decimal, halves rounded away from zero (41 / 4 = 10.25 → 10.3).
    static func mean(_ values: [Int]) -> String {
        guard !values.isEmpty else { return "-" }
        let tenths = (Double(values.reduce(0, +) * 10) / Double(values.count)).rounded(.toNearestOrAwayFromZero)
        return String(format: "%.1f", tenths / 10)
    }

    func expected(_ store: CoachDatabase, who: String?) throws -> Expected {
        let month = "2026-11", end = "2026-11-30"
        var expected = Expected()
        let logs = try store.visitLogs().filter { $0.content.visitDate.hasPrefix(month) && (who == nil || $0.visitor == who) }
        for log in logs { expected.visits["\(log.accountID)|\(log.visitor)", default: 0] += 1 }
        expected.total = logs.count
        let accounts = try store.accounts()
        let visited = Set(logs.map(\.accountID))
        expected.notVisited = accounts.filter { (who == nil || $0.owner == who) && !visited.contains($0.id) }.map(\.id).sorted()

        let followUps = try store.followUps().filter { who == nil || $0.owner == who }
        expected.raised = followUps.filter { $0.raised.hasPrefix(month) }.count
        var toResolve: [Int] = [], toInform: [Int] = []
        for item in followUps {
            if let day = item.history.first(where: { $0.status == .resolved })?.day, day.hasPrefix(month) {
                expected.resolved += 1
                toResolve.append(Self.daysBetween(item.raised, day))
            }
            if let day = item.history.first(where: { $0.status == .customerInformed })?.day, day.hasPrefix(month) {
                expected.informed += 1
                toInform.append(Self.daysBetween(item.raised, day))
            }
            let statusAtEnd = item.history.filter { $0.day <= end }.last?.status ?? .open
            let deadline = item.due ?? Self.plus(item.raised, 30)
            if item.raised <= end, statusAtEnd != .customerInformed, deadline < end { expected.overdue.append(item.uuid) }
        }
        expected.averageToResolve = Self.mean(toResolve)
        expected.averageToInform = Self.mean(toInform)
        expected.overdue.sort()

        let sessions = try store.sessions().filter {
            Self.dayFormatter.string(from: $0.startedAt).hasPrefix(month) && (who == nil || $0.salesperson == who)
        }
        let questions = Fixtures.corpus.selfChecks.flatMap(\.questions)
        let unmet = Set(questions.filter { $0.known == .unmetBuyers }.map(\.id))
        let coach = Set(questions.filter { $0.known == .coach }.map(\.id))
        for session in sessions {
            let notMet = session.answers.contains { answer in
                if case .people(let names) = answer.value { return unmet.contains(answer.questionID) && !names.isEmpty }
                return false
            }
            let noCoach = session.flags.contains { $0.kind == .missingCoach } || session.answers.contains { answer in
                answer.value == .people([]) && coach.contains(answer.questionID)
            }
            if notMet || noCoach { expected.selfCheckRiskSessions += 1 }
        }

        let scope = Set(accounts.filter { who == nil || $0.owner == who }.map(\.id)).union(visited).union(sessions.map(\.accountID))
        for summary in accounts where scope.contains(summary.id) {
            let account = try #require(try store.account(id: summary.id))
            if !RiskFlags.compute(for: account, today: end, overdueDays: 30, texts: Fixtures.corpus.flags).isEmpty { expected.openRiskAccounts.append(summary.id) }
        }
        expected.openRiskAccounts.sort()

        expected.logs = logs.count
        for log in logs {
            let verifications = try store.verifications(kind: .log, entryID: log.uuid)
            if let last = verifications.last {
                expected.logsVerified += 1
                if let version = last.entryVersion, log.version > version { expected.editedAfterVerification += 1 }
            }
        }
        expected.sessions = sessions.count
        expected.sessionsVerified = try sessions.filter { !(try store.verifications(kind: .session, entryID: $0.key)).isEmpty }.count
        return expected
    }

    /// The same figures read from a built report.
    func figures(_ report: JournalReport) -> Expected {
        Expected(
            visits: Dictionary(uniqueKeysWithValues: report.visits.map { ("\($0.account)|\($0.salesperson)", $0.count) }),
            total: report.totalVisits, notVisited: report.notVisited.map(\.account).sorted(),
            raised: report.issues.raised, resolved: report.issues.resolved, informed: report.issues.customerInformed,
            averageToResolve: report.issues.averageDaysToResolve.map { String(format: "%.1f", $0) } ?? "-",
            averageToInform: report.issues.averageDaysToInform.map { String(format: "%.1f", $0) } ?? "-",
            overdue: [], openRiskAccounts: report.openRisks.map(\.account).sorted(),
            selfCheckRiskSessions: report.selfCheckRisks.count, logs: report.verification.logs,
            logsVerified: report.verification.logsVerified, sessions: report.verification.sessions,
            sessionsVerified: report.verification.sessionsVerified,
            editedAfterVerification: report.verification.editedAfterVerification)
    }

    /// The same figures read from the CSV the binary prints.
    func figures(csv: String, store: CoachDatabase) throws -> Expected {
        var figures = Expected()
        let followUps = try store.followUps()
        for row in CSVField.parse(csv).dropFirst() where row.count == 5 {
            let (section, account, salesperson, item, value) = (row[0], row[1], row[2], row[3], row[4])
            switch (section, item) {
            case ("visits", _): figures.visits["\(account)|\(salesperson)"] = Int(value)
            case ("visits-total", _): figures.total = Int(value) ?? -1
            case ("not-visited", _): figures.notVisited.append(account)
            case ("issues", "raised"): figures.raised = Int(value) ?? -1
            case ("issues", "resolved"): figures.resolved = Int(value) ?? -1
            case ("issues", "customer-informed"): figures.informed = Int(value) ?? -1
            case ("issues", "avg-days-to-resolve"): figures.averageToResolve = value
            case ("issues", "avg-days-to-inform"): figures.averageToInform = value
            case ("overdue", _):
                let number = item.dropFirst().prefix { $0.isNumber }
                if let match = followUps.first(where: { String($0.number) == number }) { figures.overdue.append(match.uuid) }
            case ("open-risks", _): figures.openRiskAccounts.append(account)
            case ("self-check-risk", _): figures.selfCheckRiskSessions += 1
            case ("verification", "logs"): figures.logs = Int(value) ?? -1
            case ("verification", "logs-verified"): figures.logsVerified = Int(value) ?? -1
            case ("verification", "sessions"): figures.sessions = Int(value) ?? -1
            case ("verification", "sessions-verified"): figures.sessionsVerified = Int(value) ?? -1
            case ("verification", "edited-after-verification"): figures.editedAfterVerification = Int(value) ?? -1
            default: break
            }
        }
        figures.notVisited.sort()
        figures.overdue.sort()
        figures.openRiskAccounts.sort()
        return figures
    }

    // MARK: Tests

    @Test func theGeneratedMonthIsRealistic() throws {
        let expected = try expected(try store(), who: nil)
        #expect(expected.total == 11)
        #expect(expected.visits == ["east-post|李明": 6, "riverside-health|Dana Lee": 5])
        #expect(expected.notVisited == ["sz-huake"])
        #expect(expected.raised == 10)
        #expect(expected.overdue.count == 3)
        #expect(expected.sessions == 4)
        #expect(expected.logsVerified == 5 && expected.sessionsVerified == 2)
        #expect(expected.editedAfterVerification == 1)
    }

    @Test(arguments: [nil, "李明", "Dana Lee"])
    func theMonthlyReportMatchesTheRecordsCountedIndependently(who: String?) throws {
        let store = try store()
        var expected = try expected(store, who: who)
        let report = try JournalReport.build(
            database: store, days: DayRange.parse("2026-11", today: DayNumber("2026-11-30")!)!, who: who,
            today: DayNumber("2026-11-30")!, selfChecks: Fixtures.corpus.selfChecks, timeZone: TimeZone(identifier: "UTC")!)
        var built = figures(report)
        let overdueNumbers = Set(report.overdue.map(\.number))
        built.overdue = try store.followUps().filter { overdueNumbers.contains($0.number) }.map(\.uuid).sorted()
        #expect(built == expected)

        var arguments = ["report", "monthly", "--period", "2026-11", "--format", "csv", "--store", try Self.generated.get()]
        if let who { arguments += ["--who", who] }
        var environment = Self.environment
        environment["COACH_NOW"] = "2026-11-30T12:00:00+08:00"
        let result = try CoachBinary.run(arguments, environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        expected.overdue.sort()
        #expect(try figures(csv: result.stdout, store: store) == expected)
    }

    @Test func theHTMLReportIsOneSelfContainedPageWithCharts() throws {
        let result = try CoachBinary.run(
            ["report", "monthly", "--period", "2026-11", "--format", "html", "--lang", "zh-Hant", "--store", try Self.generated.get()],
            environment: Self.environment.merging(["COACH_NOW": "2026-11-30T12:00:00+08:00"]) { $1 })
        #expect(result.status == 0, "\(result.stderr)")
        let html = result.stdout
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<svg"))
        #expect(html.contains("月度走訪報告 2026-11"))
        #expect(html.contains("Noto Sans CJK"))
        let external = ["<script", "<link", "src=", "@import", "url("]
        #expect(external.allSatisfy { !html.contains($0) })
        let addresses = html.components(separatedBy: "http").dropFirst().map { String($0.prefix(30)) }
        #expect(addresses.allSatisfy { $0.hasPrefix("://www.w3.org/2000/svg") }, "\(addresses)")
    }

    @Test func exportImportedTwiceLeavesTheCountsUnchanged() throws {
        let source = try store()
        let text = try TeamExchange.export(from: source, since: nil, who: nil)
        let target = try CoachDatabase.inMemory()
        let first = TeamExchange.importLines(text, into: target, file: "team.jsonl")
        #expect(first.diagnostics.isEmpty, "\(first.diagnostics)")
        let counts = try Self.counts(target)
        #expect(counts == (try Self.counts(source)))
        let second = TeamExchange.importLines(text, into: target, file: "team.jsonl")
        #expect(second.diagnostics.isEmpty)
        #expect(second.added == 0 && second.updated == 0)
        #expect(second.unchanged == text.split(separator: "\n").count)
        #expect(try Self.counts(target) == counts)
        let back = TeamExchange.importLines(text, into: source, file: "team.jsonl")
        #expect(back.added == 0 && back.updated == 0)
        #expect(try Self.counts(source) == counts)
    }

    @Test func aCorruptLineIsReportedByNumberAndTheRestImports() throws {
        var lines = try TeamExchange.export(from: try store(), since: nil, who: nil).split(separator: "\n").map(String.init)
        lines[2] = "{\"type\": \"log\", \"id\": "
        let type = try #require(lines[4].range(of: "\"type\":\"[a-z-]+\"", options: .regularExpression))
        lines[4].replaceSubrange(type, with: "\"type\":\"memo\"")
        lines.insert("", at: 6)
        let target = try CoachDatabase.inMemory()
        let result = TeamExchange.importLines(lines.joined(separator: "\n"), into: target, file: "team.jsonl")
        #expect(result.errors.map(\.line) == [3, 5])
        #expect(result.errors.first?.description.hasPrefix("team.jsonl:3:1: error: not valid JSON") == true)
        #expect(result.errors.last?.description.contains("unknown type 'memo'") == true)
        #expect(result.added == lines.count - 3)
    }

    @Test func exportForOneSalespersonSinceADayKeepsTheirWorkAndTheAccountsItNeeds() throws {
        let source = try store()
        let text = try TeamExchange.export(from: source, since: DayNumber("2026-11-15"), who: "Dana Lee")
        let items = try text.split(separator: "\n").map { try ExchangeItem.parse(String($0)) }
        let logs = items.compactMap { if case .log(let log) = $0 { log } else { nil } }
        #expect(logs.map(\.id) == ["demo-2026-11-dana-04", "demo-2026-11-dana-05"].map { RecordID.normalized($0, kind: .log) })
        let accounts = Set(items.compactMap { if case .accountVersion(let version) = $0 { version.account } else { nil } })
        #expect(accounts == ["riverside-health"])
        #expect(items.allSatisfy { if case .session(let session) = $0 { session.salesperson == "Dana Lee" } else { true } })
    }

    @Test func searchFindsTraditionalWithSimplifiedAndEnglishWords() throws {
        let store = try store()
        let names = Dictionary(uniqueKeysWithValues: try store.accounts().map { ($0.id, $0.name) })
        func found(_ query: String) throws -> [String] {
            try store.visitLogDetails().filter { JournalSearch.matches($0, accountName: names[$0.log.accountID], query: query) }.map(\.log.uuid)
        }
        func ids(_ names: String...) -> [String] { names.map { RecordID.normalized($0, kind: .log) } }
        #expect(try found("帐单") == ids("demo-2026-11-li-01"))
        #expect(try found("帳單") == ids("demo-2026-11-li-01"))
        #expect(try found("成本对比") == ids("demo-2026-11-li-04"))
        #expect(try found("LARGE-PRINT letters") == ids("demo-2026-11-dana-04"))
        #expect(try found("portal 250k").isEmpty)
        #expect(try found("华东邮政").count == 6)
    }

    /// Rows of everything an import can add, to compare stores.
    static func counts(_ store: CoachDatabase) throws -> [String: Int] {
        let accounts = try store.accounts()
        let logs = try store.visitLogDetails()
        let followUps = try store.followUps()
        let sessions = try store.sessionSnapshots()
        return [
            "accounts": accounts.count,
            "account versions": try accounts.map { try store.history(id: $0.id).count }.reduce(0, +),
            "logs": logs.count,
            "log versions": logs.map(\.versions.count).reduce(0, +),
            "follow-ups": followUps.count,
            "status changes": followUps.map(\.history.count).reduce(0, +),
            "sessions": sessions.count,
            "answers": sessions.map(\.answers.count).reduce(0, +),
            "verifications": try store.allVerifications().count,
        ]
    }
}
