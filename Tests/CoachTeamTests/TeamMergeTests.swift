import CoachCore
import CoachStore
import CoachTeam
import CoachTestSupport
import Testing

extension TeamSyncTests {
    /// 李明 and 王芳 edit version 1 of east-post at once: each store, on the sync that brings the
    /// other's edit, proposes the merge (changes made on one side taken, the field both changed
    /// listed), stores it without applying it, and accepting it stores the next version.
    @Test func concurrentEditsOfOneAccountProposeAMergedVersion() throws {
        let team = try Team()
        var account = Fixtures.demoAccount("east-post")
        _ = try team[team.liming].importAccount(account, source: "east-post.yaml", by: team.liming, at: Fixtures.now)
        try team.fixture.sync(team[team.liming], as: team.liming)
        try team.fixture.sync(team[team.wangfang], as: team.wangfang)
        let base = account
        account.industry = "李明: budget approved"
        account.changes.note = "李明's note"
        _ = try team[team.liming].importAccount(account, source: "edit", by: team.liming, at: Fixtures.now)
        account = base
        account.stage = base.stage == .proposal ? .afterSale : .proposal
        account.changes.note = "王芳's note"
        account.people.append(Person(name: "趙敏", role: .user))
        _ = try team[team.wangfang].importAccount(account, source: "edit", by: team.wangfang, at: Fixtures.now)

        try team.fixture.sync(team[team.liming], as: team.liming)
        let wangfangsSync = try team.fixture.sync(team[team.wangfang], as: team.wangfang)
        let limingsSync = try team.fixture.sync(team[team.liming], as: team.liming)
        #expect(wangfangsSync.mergeProposals.map(\.account) == ["east-post"])
        #expect(limingsSync.mergeProposals.map { "\($0.account) \($0.colleague) \($0.conflicts)" } == [#"east-post 王芳 ["changes.note"]"#])

        let store = team[team.liming]
        let proposal = try #require(try store.mergeProposal(accountID: "east-post"))
        #expect(proposal.baseVersion == 1)
        #expect(proposal.account.industry == "李明: budget approved")
        #expect(proposal.account.stage == account.stage)
        #expect(proposal.account.changes.note == "李明's note")
        #expect(proposal.account.people.map(\.name) == base.people.map(\.name) + ["趙敏"])
        #expect(proposal.conflicts == ["changes.note"])
        // Stored, not applied: the newest version is still 王芳's.
        #expect(try store.account(id: "east-post")?.industry == base.industry)

        let accepted = try #require(try store.acceptMergeProposal(accountID: "east-post", by: team.liming, at: Fixtures.now))
        #expect(accepted.version == 4)
        #expect(try store.account(id: "east-post") == proposal.account)
        #expect(try store.mergeProposal(accountID: "east-post") == nil)
    }
}
