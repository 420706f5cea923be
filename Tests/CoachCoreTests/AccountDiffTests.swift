import CoachCore
import Testing

@Suite struct AccountDiffTests {
    static let base = Account(
        id: "east-post", name: "華東郵政分公司", tier: .a, products: ["直郵廣告"],
        changes: Changes(purchasingPower: .decreased, reorganized: false),
        people: [
            Person(name: "王建國", role: .decisionMaker, influence: .high, contact: .low, met: false),
            Person(name: "李四", role: .user, influence: .low),
        ],
        openIssues: [OpenIssue(raised: "2026-10-12", text: "投遞時效不穩定", department: "投遞部", status: .open)])

    @Test func identicalVersionsHaveNoChange() {
        let diff = AccountDiff(from: Self.base, to: Self.base)
        #expect(diff.isEmpty)
        #expect(diff.summary == "no change")
    }

    @Test func firstVersionCountsPeopleAndIssues() {
        #expect(AccountDiff(from: nil, to: Self.base).summary == "new account: 2 people, 1 open issue")
    }

    @Test func personFieldChangesShowOldAndNewValues() {
        var new = Self.base
        new.people[0].contact = .medium
        new.people[0].met = true
        #expect(AccountDiff(from: Self.base, to: new).changes == ["王建國: contact low → medium, met false → true"])
    }

    @Test func addedAndRemovedPeopleAreMarked() {
        var new = Self.base
        new.people.removeLast()
        new.people.append(Person(name: "趙敏", role: .user))
        #expect(AccountDiff(from: Self.base, to: new).changes == ["+ 趙敏 (user)", "- 李四"])
    }

    @Test func accountChangesAreNamedByTheirKeys() {
        var new = Self.base
        new.changes.reorganized = true
        new.changes.purchasingPower = nil
        new.buyingMode = .trouble
        new.products.append("報刊發行")
        #expect(AccountDiff(from: Self.base, to: new).changes == [
            "buying-mode unset → trouble", "+ product '報刊發行'", "changes.purchasing-power decreased → unset",
            "changes.reorganized false → true",
        ])
    }

    @Test func openIssueStatusChangeNamesTheIssue() {
        var new = Self.base
        new.openIssues[0].status = .inProgress
        new.openIssues.append(OpenIssue(raised: "2026-11-20", text: "帳單對不上"))
        #expect(AccountDiff(from: Self.base, to: new).summary
            == "open issue '投遞時效不穩定': open → in-progress; + open issue '帳單對不上' (open)")
    }

    @Test func notesAreSummarisedNotQuoted() {
        var new = Self.base
        new.people[1].note = "原發行部主任，合併後降為科長"
        new.people[1].result = "不被追究責任"
        #expect(AccountDiff(from: Self.base, to: new).changes == ["李四: note added, result added"])
    }

    @Test func reorderingIsAChange() {
        var new = Self.base
        new.people.reverse()
        #expect(AccountDiff(from: Self.base, to: new).changes == ["people reordered"])
    }
}

/// The diff as a Chinese screen shows it: keys and values named, no file words.
@Suite struct LocalizedAccountDiffTests {
    @Test func namesKeysAndValuesInChinese() {
        var old = Account(id: "a", name: "甲")
        old.people = [Person(name: "王建國", role: .decisionMaker, met: false)]
        var new = old
        new.people[0].met = true
        new.people.append(Person(name: "劉組長", role: .unknown, met: true, isNew: true))
        let diff = AccountDiff(from: old, to: new)
        #expect(diff.changes == ["王建國: met false → true", "+ 劉組長 (unknown)"])
        #expect(diff.summary(in: .zhHant) == "王建國：見過面 否 → 是；+ 劉組長（角色不明）")
        #expect(diff.summary(in: .zhHans) == "王建國：见过面 否 → 是；+ 劉組長（角色不明）")
        #expect(diff.summary(in: .en) == diff.summary)
    }
}
