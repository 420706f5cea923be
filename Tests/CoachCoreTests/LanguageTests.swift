import CoachCore
import Testing

@Suite struct LanguageTests {
    @Test(arguments: [
        ("zh_CN.UTF-8", Language.zhHans), ("zh_SG.UTF-8", .zhHans), ("zh_TW.UTF-8", .zhHant),
        ("zh_HK.UTF-8", .zhHant), ("zh_MO", .zhHant), ("en_US.UTF-8", .en), ("de_DE.UTF-8", .en), ("C", .en),
    ])
    func choosesLanguageFromLocale(locale: String, expected: Language) {
        #expect(Language.fromEnvironment(["LANG": locale]) == expected)
    }

    @Test func prefersLcAllThenLcMessagesThenLang() {
        #expect(Language.fromEnvironment(["LC_ALL": "zh_TW.UTF-8", "LANG": "en_US.UTF-8"]) == .zhHant)
        #expect(Language.fromEnvironment(["LC_MESSAGES": "zh_CN.UTF-8", "LANG": "zh_TW.UTF-8"]) == .zhHans)
        #expect(Language.fromEnvironment([:]) == .en)
    }

    @Test func parsesCodes() {
        #expect(Language(code: "zh-Hans") == .zhHans)
        #expect(Language(code: "zh-hant") == .zhHant)
        #expect(Language(code: "EN") == .en)
        #expect(Language(code: "fr") == nil)
    }

    @Test func suggestsClosestWord() {
        #expect(Suggestion.closest(to: "infuence", in: ["influence", "support", "contact"]) == "influence")
        #expect(Suggestion.closest(to: "zzzz", in: ["influence", "support"]) == nil)
    }
}

@Suite struct AnswerParserTests {
    @Test(arguments: ["y", "是", "对", "是的，一直在做", "yes, every quarter", "有。"])
    func readsYes(text: String) { #expect(AnswerParser.yesNo(text) == .yes) }

    @Test(arguments: ["n", "否", "没有", "沒有，還沒找到", "no, not yet", "不知道"])
    func readsNo(text: String) { #expect(AnswerParser.yesNo(text) == .no) }

    @Test(arguments: ["maybe", "我们一直在找", "1, 3"])
    func leavesOtherTextAlone(text: String) { #expect(AnswerParser.yesNo(text) == nil) }

    @Test func keepsNamesWithSpacesWhole() {
        let people = [Person(name: "Sarah Whitfield"), Person(name: "Tom Brennan")]
        #expect(AnswerParser.people("Sarah Whitfield", from: people) == .people(["Sarah Whitfield"]))
        #expect(AnswerParser.people("1 2", from: people) == .people(["Sarah Whitfield", "Tom Brennan"]))
        #expect(AnswerParser.people("没有", from: people) == .people([]))
    }
}
