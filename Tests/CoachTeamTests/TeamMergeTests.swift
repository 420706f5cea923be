import CoachCore
import CoachEngine
import CoachStore
import CoachTeam
import CoachTestSupport
import Foundation
import Testing

extension TeamSyncTests {
    /// 李明 and 王芳 edit version 1 of east-post at once: each store, on the sync that brings the
    /// other's edit, proposes the merge (changes made on one side taken, the field both changed
    /// listed), stores it without applying it, and accepting it stores the next version.
    @Test func concurrentEditsOfOneAccountProposeAMergedVersion() throws {
        let team = try Team()
        // 李明's store is a file, so `coach account merge` can read it.
        let path = try CoachBinary.temporaryDirectory().appendingPathComponent("liming.sqlite").path
        var limings = try CoachDatabase.open(path: path)
        limings.ids = .random
        let identity = try TeamServer.whoAmI(try team.fixture.connect(team.liming))
        _ = try limings.joinTeam(
            server: team.fixture.url(team.liming), role: identity.role, team: identity.team, displayName: identity.displayName,
            isManager: false, at: Fixtures.now)
        let stores = [team.liming: limings, team.wangfang: team[team.wangfang]]
        var account = Fixtures.demoAccount("east-post")
        _ = try stores[team.liming]!.importAccount(account, source: "east-post.yaml", by: team.liming, at: Fixtures.now)
        try team.fixture.sync(stores[team.liming]!, as: team.liming)
        try team.fixture.sync(stores[team.wangfang]!, as: team.wangfang)
        let base = account
        account.industry = "李明: budget approved"
        account.changes.note = "李明's note"
        _ = try stores[team.liming]!.importAccount(account, source: "edit", by: team.liming, at: Fixtures.now)
        account = base
        account.stage = base.stage == .proposal ? .afterSale : .proposal
        account.changes.note = "王芳's note"
        account.people.append(Person(name: "趙敏", role: .user))
        _ = try stores[team.wangfang]!.importAccount(account, source: "edit", by: team.wangfang, at: Fixtures.now)

        try team.fixture.sync(stores[team.liming]!, as: team.liming)
        let wangfangsSync = try team.fixture.sync(stores[team.wangfang]!, as: team.wangfang)
        let limingsSync = try team.fixture.sync(stores[team.liming]!, as: team.liming)
        #expect(wangfangsSync.mergeProposals.map(\.account) == ["east-post"])
        #expect(limingsSync.mergeProposals.map { "\($0.account) \($0.colleague) \($0.conflicts)" } == [#"east-post 王芳 ["changes.note"]"#])

        let store = stores[team.liming]!
        let proposal = try #require(try store.mergeProposal(accountID: "east-post"))
        #expect(proposal.baseVersion == 1)
        #expect(proposal.account.industry == "李明: budget approved")
        #expect(proposal.account.stage == account.stage)
        #expect(proposal.account.changes.note == "李明's note")
        #expect(proposal.account.people.map(\.name) == base.people.map(\.name) + ["趙敏"])
        #expect(proposal.conflicts == ["changes.note"])
        // Stored, not applied: the newest version is still 王芳's.
        #expect(try store.account(id: "east-post")?.industry == base.industry)

        // At /open, one line in the session's language.
        for (language, line) in [
            (Language.en, "王芳 and you both changed east-post: a merged version is proposed — coach account merge east-post to review"),
            (.zhHans, "王芳 和你都修改了 east-post：已建议一个合并版本 — 用 coach account merge east-post 查看"),
            (.zhHant, "王芳 和你都修改了 east-post：已建議一個合併版本 — 用 coach account merge east-post 查看"),
        ] {
            #expect(TeamNotesTests.shown(store, ["/open east-post"], language: language, salesperson: "李明").contains(line))
        }
        // `coach account merge` shows it; --json says the same; --accept stores it.
        let shown = try CoachBinary.run(["account", "merge", "east-post", "--store", path, "--lang", "en"])
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout.contains("王芳 and you both changed east-post from version 1 (versions 2 and 3)"))
        #expect(shown.stdout.contains("  both changed changes.note: version 2's kept"))
        #expect(shown.stdout.contains("coach account merge east-post --accept"))
        let json = try CoachBinary.run(["account", "merge", "east-post", "--store", path, "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let proposed = try #require(object["proposal"] as? [String: Any])
        #expect(proposed["conflicts"] as? [String] == ["changes.note"])
        #expect(try store.account(id: "east-post")?.industry == base.industry)

        let accepted = try #require(try store.acceptMergeProposal(accountID: "east-post", by: team.liming, at: Fixtures.now))
        #expect(accepted.version == 4)
        #expect(try store.account(id: "east-post") == proposal.account)
        #expect(try store.mergeProposal(accountID: "east-post") == nil)
        #expect(!TeamNotesTests.shown(store, ["/open east-post"], salesperson: "李明").contains("merged version"))
        let none = try CoachBinary.run(["account", "merge", "east-post", "--store", path, "--lang", "zh-Hant"])
        #expect(none.stdout.contains("east-post 沒有待定的合併版本。"))
    }
}
