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

