import CoachCore
import CoachTestSupport
import Testing

/// Answers read the way salespeople type them, with the corpus's vocabularies.
@Suite struct AnswerInterpreterTests {
    let reader = Fixtures.answerReader(Fixtures.demoAccount("east-post"))

    @Test(arguments: [
        "需要", "要", "夠", "對啊", "有啊", "沒錯", "清楚", "知道", "準備好了", "算是", "差不多",
        "对啊", "没错", "准备好了", "够", "是的", "有。", "嗯，有", "我覺得有",
        "sure", "of course", "I did", "yes", "Yep!", "ok", "kind of", "Yes.",
    ])
    func readsYes(text: String) {
        #expect(reader.readYesNo(text) == .yes(detail: nil))
    }

    @Test(arguments: ["不要", "不夠", "不够", "沒有", "没有", "還沒", "否", "not yet", "I didn't", "I didn’t", "nope", "no"])
    func readsNo(text: String) {
        #expect(reader.readYesNo(text) == .no(detail: nil))
    }

    @Test(arguments: ["不確定", "不确定", "不知道", "不清楚", "not sure", "I'm not sure", "no idea", "maybe", "說不準", "我不確定"])
    func readsNotSureAsItsOwnAnswer(text: String) {
        #expect(reader.readYesNo(text) == .unsure(detail: nil))
    }

    @Test(arguments: [
        ("有，偶爾傳LINE給林科長", AnswerReading.yes(detail: "偶爾傳LINE給林科長")),
        ("是的，一直在做", .yes(detail: "一直在做")),
        ("yes, every quarter", .yes(detail: "every quarter")),
        ("no, not yet", .no(detail: "not yet")),
        ("not yet — next week maybe", .no(detail: "next week maybe")),
        ("沒有，還沒找到", .no(detail: "還沒找到")),
        ("不知道，要問吳佩珊", .unsure(detail: "要問吳佩珊")),
        ("I did, twice by email", .yes(detail: "twice by email")),
        ("算是吧，我們每個月寄一次報表", .yes(detail: "我們每個月寄一次報表")),
        ("要啊，特別是財務那邊的想法", .yes(detail: "特別是財務那邊的想法")),
        ("夠呀。", .yes(detail: nil)),
        ("不要啦，先不用", .no(detail: "先不用")),
        ("有，他每週都來", .yes(detail: "他每週都來")),
        ("沒有，他，還沒見過", .no(detail: "他，還沒見過")),
    ])
    func keepsTheRestAsDetail(text: String, expected: AnswerReading) {
        #expect(reader.readYesNo(text) == expected)
    }

    @Test(arguments: ["maybe later we will see", "我们一直在找", "1, 3", "有點難", "nothing", "asdf"])
    func leavesOtherTextUnread(text: String) {
        if text.hasPrefix("maybe") {
            #expect(reader.readYesNo(text) == .unsure(detail: "later we will see"))
        } else {
            #expect(reader.readYesNo(text) == .unreadable)
        }
    }

    @Test func storesNotSureNeverAsNo() throws {
        let answer = try #require(PrepAnswer(questionID: "q3c", reading: reader.readYesNo("不確定"), type: .yesNo))
        #expect(answer.value == .unsure)
        #expect(answer.value != .no)
    }

    @Test func keepsDetailInTheStoredAnswer() throws {
        let answer = try #require(PrepAnswer(questionID: "q5a", reading: reader.readYesNo("有，偶爾傳LINE給林科長"), type: .yesNo))
        #expect(answer.value == .yes)
        #expect(answer.detail == "偶爾傳LINE給林科長")
        #expect(answer.display(.zhHant) == "是——偶爾傳LINE給林科長")
    }

    // MARK: People

    @Test(arguments: [
        ("吳佩珊、林美玲", ["吳佩珊", "林美玲"]),
        ("吳佩珊和林美玲", ["吳佩珊", "林美玲"]),
        ("林科長", ["林美玲"]),
        ("佩珊", ["吳佩珊"]),
        ("吳秘書", ["吳佩珊"]),
        ("王總", ["王建國"]),
        ("總經理", ["王建國"]),
        ("財務", ["張淑芬"]),
        ("1", ["王建國"]),
        ("1, 6", ["王建國", "吳佩珊"]),
        ("1和3", ["王建國", "張淑芬"]),
        ("應該是吳佩珊吧", ["吳佩珊"]),
        ("有，吳佩珊", ["吳佩珊"]),
    ])
    func readsPeopleOnFile(text: String, names: [String]) {
        #expect(reader.readPeople(text) == .people(names.map(PersonMention.onFile), detail: nil))
    }

    /// A Traditional account file read by someone typing Simplified (or the other way round):
    /// names, titles and title + surname are the same people in either script.
    @Test(arguments: [
        ("吴佩珊、林美玲", ["吳佩珊", "林美玲"]),
        ("林科长", ["林美玲"]),
        ("王总", ["王建國"]),
        ("张淑芬", ["張淑芬"]),
        ("吴秘书", ["吳佩珊"]),
        ("应该是吴佩珊吧", ["吳佩珊"]),
    ])
    func readsSimplifiedNamesOfATraditionalFile(text: String, names: [String]) {
        #expect(reader.readPeople(text) == .people(names.map(PersonMention.onFile), detail: nil))
    }

    @Test func keepsTheDetailAsTypedWhenTheScriptsDiffer() {
        #expect(reader.readPeople("吴佩珊，她跟总经理很熟") == .people([.onFile("吳佩珊")], detail: "她跟总经理很熟"))
    }

    @Test func keepsWhatIsSaidAboutThePerson() {
        #expect(reader.readPeople("吳佩珊，她跟總經理很熟") == .people([.onFile("吳佩珊")], detail: "她跟總經理很熟"))
    }

    @Test(arguments: ["沒有", "没有人", "nobody", "neither", "都不是", "none", "-"])
    func readsNobody(text: String) {
        #expect(reader.readPeople(text, proposed: ["吳佩珊"]) == .people([], detail: nil))
    }

    @Test(arguments: ["both", "都是", "两个都是", "all of them"])
    func readsEveryoneProposed(text: String) {
        #expect(reader.readPeople(text, proposed: ["王建國", "周志豪"]) == .people([.onFile("王建國"), .onFile("周志豪")], detail: nil))
    }

    @Test func bareYesConfirmsWhatWasProposed() {
        let reading = reader.readPeople("對啊", proposed: ["吳佩珊"])
        #expect(reading == .yes(detail: nil))
        #expect(reading.value(for: .person, proposed: ["吳佩珊"]) == .people(["吳佩珊"]))
    }

    @Test func notSureWhoIsNotNobody() {
        let reading = reader.readPeople("不確定，可能是王總")
        #expect(reading == .unsure(detail: "可能是王總"))
        #expect(reading.value(for: .person) == .unsure)
    }

    @Test(arguments: [
        ("the new guy in purchasing", "new guy in purchasing"),
        ("採購中心新來的那位", "採購中心新來的那位"),
        ("趙敏", "趙敏"),
        ("趙副總", "趙副總"),
    ])
    func asksAboutSomeoneNotOnFileInsteadOfAddingThem(text: String, typed: String) {
        let reading = Fixtures.answerReader(Fixtures.demoAccount("east-post")).readPeople(text)
        #expect(reading.unresolved == [.notOnFile(typed)])
    }

    @Test func fillerWordsAreNeverNames() {
        #expect(reader.readPeople("嗯") == .unreadable)
        #expect(reader.readPeople("um, well") == .unreadable)
        #expect(reader.readPeople("那個，吳佩珊啦") == .people([.onFile("吳佩珊")], detail: nil))
    }

    @Test func readsEnglishNamesOfAnAccountSomeoneElseWrote() {
        let reader = Fixtures.answerReader(Fixtures.fixtureAccount("northwind-freight"))
        #expect(reader.readPeople("Raj") == .people([.onFile("Raj Patel")], detail: nil))
        #expect(reader.readPeople("Ms Wong and Ben") == .people([.onFile("Lucy Wong"), .onFile("Ben Okoro")], detail: nil))
        #expect(reader.readPeople("the CFO") == .people([.onFile("Raj Patel")], detail: nil))
        #expect(reader.readPeople("Patel, he signs everything") == .people([.onFile("Raj Patel")], detail: "he signs everything"))
        // Two Carters: the surname alone is asked about, never guessed.
        #expect(reader.readPeople("Carter") == .people([.ambiguous("Carter", candidates: ["Helen Carter", "Sam Carter"])], detail: nil))
        #expect(reader.readPeople("Priya Nair").unresolved == [.notOnFile("Priya Nair")])
    }

    @Test func titleDecidesBetweenTwoPeopleOfOneSurname() {
        let reader = Fixtures.answerReader(Fixtures.fixtureAccount("jinghua-pharma"))
        #expect(reader.readPeople("刘总监") == .people([.onFile("刘芳")], detail: nil))
        #expect(reader.readPeople("刘总裁") == .people([.onFile("刘海波")], detail: nil))
        #expect(reader.readPeople("老刘").unresolved.count == 1)
        #expect(reader.readPeople("芳姐") == .unreadable || reader.readPeople("芳姐").unresolved.count == 1)
    }

    @Test func reAsksShortlyWithExamplesInTheUsersLanguage() throws {
        for language in Language.allCases {
            let text = try #require(reader.reAsk(.yesNo, language: language))
            #expect(text.count < 160 && !text.contains("\n"))
        }
        #expect(reader.reAsk(.person, language: .zhHant)?.contains("吳佩珊") == true)
    }

    @Test(arguments: ["how do I find a coach?", "怎麼找教練", "為什麼要問這個"])
    func tellsQuestionsFromAnswers(text: String) {
        #expect(reader.looksLikeQuestion(text))
        #expect(!reader.looksLikeQuestion("有，偶爾傳LINE給林科長"))
    }
}
