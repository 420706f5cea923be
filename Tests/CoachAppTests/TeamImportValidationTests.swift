import CoachApp
import CoachCore
import CoachStore
import CoachTestSupport
import Foundation
import Testing

/// `coach import` checks every field of every line for type and range and rejects a bad line with
/// its number and the reason, importing the rest (issue 11, row 3).
@Suite struct TeamImportValidationTests {
    /// The release's export: every type of line, ids from before UUIDs.
    static let lines: [String] = {
        let url = ReleaseCompatibilityTests.folder.appendingPathComponent("team.jsonl")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").map(String.init)
    }()

    /// The importing machine's clock: a few days after the export was written.
    static let now = ISO8601DateFormatter().date(from: "2026-12-05T09:00:00Z")!
    static let limits = ExchangeLimits(now: now, questionCount: 19)

    /// The index of the first line of `type` (and, for a session, `status`).
    static func index(of type: String, status: String? = nil, account: String? = nil) -> Int {
        lines.firstIndex { line in
            guard let object = object(line) else { return false }
            return object["type"] as? String == type && (status == nil || object["status"] as? String == status)
                && (account == nil || object["account"] as? String == account)
        }!
    }

    static func object(_ line: String) -> [String: Any]? {
        try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
    }

    static func line(_ object: [String: Any]) -> String {
        String(decoding: try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }

    /// One hostile change to one line: where, what, and the words the reason must hold.
    struct Mutation: Sendable, CustomTestStringConvertible {
        var name: String
        var type: String
        var status: String? = nil
        var account: String? = nil
        var change: @Sendable (inout [String: Any]) -> Void
        var reason: String
        var testDescription: String { name }
    }

    static let long = String(repeating: "長", count: ExchangeLimits.maximumText + 1)

    static let mutations: [Mutation] = [
        Mutation(name: "negative position", type: "session", status: "paused", change: { $0["position"] = -1 }, reason: "'position'"),
        Mutation(name: "position past the questions", type: "session", status: "paused", change: { $0["position"] = 20 }, reason: "'position'"),
        Mutation(name: "huge position", type: "session", change: { $0["position"] = Int.max }, reason: "'position'"),
        Mutation(name: "position as text", type: "session", change: { $0["position"] = "3" }, reason: "'position'"),
        Mutation(name: "updatedAt two days ahead", type: "session", change: { $0["updatedAt"] = "2026-12-07T10:00:00.000Z" }, reason: "'updatedAt'"),
        Mutation(name: "updatedAt in 2999", type: "session", change: { $0["updatedAt"] = "2999-01-01T00:00:00Z" }, reason: "in the future"),
        Mutation(name: "startedAt in 1970", type: "session", change: { $0["startedAt"] = "1970-01-01T00:00:00Z" }, reason: "'startedAt'"),
        Mutation(name: "date that does not parse", type: "session", change: { $0["startedAt"] = "yesterday" }, reason: "'startedAt'"),
        Mutation(name: "unknown status", type: "session", change: { $0["status"] = "bogus" }, reason: "'bogus'"),
        Mutation(name: "unknown language", type: "session", change: { $0["language"] = "klingon" }, reason: "'klingon'"),
        Mutation(name: "negative account version", type: "session", change: { $0["accountVersion"] = -2 }, reason: "'accountVersion'"),
        Mutation(name: "malformed UUID", type: "session", change: { $0["id"] = "zzzzzzzz-zzzz-4zzz-8zzz-zzzzzzzzzzzz" }, reason: "UUID"),
        Mutation(name: "empty id", type: "log", change: { $0["id"] = "" }, reason: "'id'"),
        Mutation(name: "salesperson too long", type: "session", change: { $0["salesperson"] = long }, reason: "'salesperson'"),
        Mutation(name: "answer too long", type: "session", change: { object in
            var answers = object["answers"] as! [[String: Any]]
            answers[0]["answer"] = ["confirmedKnown": false, "questionID": "q1a", "value": ["text": ["_0": long]]]
            object["answers"] = answers
        }, reason: "answers[0]"),
        Mutation(name: "answer from the future", type: "session", change: { object in
            var answers = object["answers"] as! [[String: Any]]
            answers[1]["answeredAt"] = "2030-01-01T00:00:00Z"
            object["answers"] = answers
        }, reason: "answers[1]"),
        Mutation(name: "log version 0", type: "log", change: { object in
            var versions = object["versions"] as! [[String: Any]]
            versions[0]["version"] = 0
            object["versions"] = versions
        }, reason: "'versions[0].version'"),
        Mutation(name: "log version twice", type: "log", change: { object in
            let versions = object["versions"] as! [[String: Any]]
            object["versions"] = versions + versions
        }, reason: "twice"),
        Mutation(name: "visit on the 45th of the 13th month", type: "log", change: { object in
            var versions = object["versions"] as! [[String: Any]]
            var content = versions[0]["content"] as! [String: Any]
            content["visitDate"] = "2026-13-45"
            versions[0]["content"] = content
            object["versions"] = versions
        }, reason: "'2026-13-45'"),
        Mutation(name: "log text too long", type: "log", change: { object in
            var versions = object["versions"] as! [[String: Any]]
            var content = versions[0]["content"] as! [String: Any]
            content["discussed"] = long
            versions[0]["content"] = content
            object["versions"] = versions
        }, reason: "'versions[0].content.discussed'"),
        Mutation(name: "unknown follow-up status", type: "follow-up", change: { $0["status"] = "bogus-status" }, reason: "'bogus-status'"),
        Mutation(name: "follow-up due in year 20260", type: "follow-up", change: { $0["due"] = "20260-01-01" }, reason: "'due'"),
        Mutation(name: "follow-up change from the future", type: "follow-up", change: { object in
            var history = object["history"] as! [[String: Any]]
            history[0]["at"] = "2027-06-01T00:00:00Z"
            object["history"] = history
        }, reason: "history[0]"),
        Mutation(name: "negative entry version", type: "verification", change: { $0["entryVersion"] = -1 }, reason: "'entryVersion'"),
        Mutation(name: "unknown verification kind", type: "verification", change: { $0["kind"] = "rumour" }, reason: "'rumour'"),
        Mutation(name: "account version -3", type: "account-version", account: "sz-huake", change: { $0["version"] = -3; $0["id"] = "sz-huake/-3" }, reason: "'version'"),
        Mutation(name: "account content of another account", type: "account-version", account: "sz-huake", change: { object in
            var content = object["content"] as! [String: Any]
            content["id"] = "somebody-else"
            object["content"] = content
        }, reason: "'somebody-else'"),
    ]

    @Test(arguments: mutations)
    func aBadFieldRejectsItsLineWithTheNumberAndReasonAndTheRestImports(_ mutation: Mutation) throws {
        var lines = Self.lines
        let index = Self.index(of: mutation.type, status: mutation.status, account: mutation.account)
        var object = try #require(Self.object(lines[index]))
        mutation.change(&object)
        lines[index] = Self.line(object)
        let store = try CoachDatabase.inMemory()
        let result = TeamExchange.importLines(lines.joined(separator: "\n") + "\n", into: store, file: "team.jsonl", limits: Self.limits)
        let errors = result.errors
        #expect(errors.count == 1, "\(result.diagnostics)")
        let error = try #require(errors.first)
        #expect(error.line == index + 1)
        #expect(error.message.contains(mutation.reason), "\(error.message)")
        for jargon in ["Cannot initialize", "Expected to decode", "codingPath", "DecodingError", "Swift."] {
            #expect(!error.message.contains(jargon), "\(error.message)")
        }
        // Lines that refer to the rejected one may still be stored (a verification without its entry); the
        // others all are.
        #expect(result.added == Self.lines.count - 1, "\(result.counts)")
    }

    @Test func theReleasesExportPassesEveryCheck() throws {
        let store = try CoachDatabase.inMemory()
        let result = TeamExchange.importLines(Self.lines.joined(separator: "\n"), into: store, file: "team.jsonl", limits: Self.limits)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.added == Self.lines.count)
    }

    @Test func aFutureUpdatedAtCannotKeepASessionFirst() throws {
        var lines = Self.lines
        let index = Self.index(of: "session", status: "paused")
        var object = try #require(Self.object(lines[index]))
        object["updatedAt"] = "2099-01-01T00:00:00.000Z"
        lines[index] = Self.line(object)
        let store = try CoachDatabase.inMemory()
        _ = TeamExchange.importLines(lines.joined(separator: "\n"), into: store, file: "team.jsonl", limits: Self.limits)
        #expect(try store.sessionSnapshots().count == 3)
        #expect(try store.resumableSession(accountID: nil) == nil)
    }
}
