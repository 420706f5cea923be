import CoachCore
import CoachTestSupport
import CoachCorpus
import Foundation
import Testing

/// The demo accounts parse, and give exactly the flags a reader of each file expects.
@Suite struct DemoAccountsTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("demo/accounts")

    static let expected: [String: [String]] = [
        "east-post": [
            "decision-maker-not-met", "opposed:張淑芬", "high-influence-low-contact:王建國",
            "high-influence-low-contact:張淑芬", "new-face:王建國", "new-face:周志豪", "reorganized",
            "purchasing-power-changed", "open-issue-overdue", "unknown-influence:鄭文雄", "unknown-influence:周志豪",
        ],
        "sz-huake": [
            "missing-role:decision-maker", "opposed:陈刚", "high-influence-low-contact:刘振华", "new-face:孙立",
            "purchasing-power-changed", "open-issue-overdue", "unknown-influence:孙立",
        ],
        "riverside-health": [
            "missing-role:coach", "opposed:Tom Brennan", "high-influence-low-contact:David Okafor",
            "new-face:Priya Nair", "open-issue-overdue", "unknown-influence:Priya Nair",
        ],
    ]

    @Test(arguments: ["east-post", "sz-huake", "riverside-health"])
    func demoAccountGivesTheExpectedFlags(id: String) throws {
        let account = try AccountFile.load(path: Self.folder.appendingPathComponent("\(id).yaml").path)
        #expect(account.id == id)
        #expect((6...9).contains(account.people.count))
        let flags = RiskFlags.compute(for: account, today: "2026-11-29", overdueDays: 30, texts: Fixtures.corpus.flags)
        #expect(flags.map(\.id) == Self.expected[id])
    }
}
