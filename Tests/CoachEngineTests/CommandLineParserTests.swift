import CoachCore
import CoachEngine
import Testing

@Suite struct CommandLineParserTests {
    @Test func splitsCommandAndArguments() {
        let parsed = CommandLineParser.parse("/open  east-post")
        #expect(parsed.name == "/open")
        #expect(parsed.arguments == ["east-post"])
    }

    @Test func lowerCasesTheCommandButNotArguments() {
        let parsed = CommandLineParser.parse("/LANG zh-Hant")
        #expect(parsed.name == "/lang")
        #expect(parsed.arguments == ["zh-Hant"])
    }

    @Test func groupsQuotedWordsAndSplitsOnIdeographicSpace() {
        #expect(CommandLineParser.parse("/account import \"my file.yaml\" b.yaml").arguments == ["import", "my file.yaml", "b.yaml"])
        #expect(CommandLineParser.parse("/open\u{3000}east").arguments == ["east"])
    }

    @Test func findsCommandsByNameAliasOrWithoutSlash() {
        #expect(CommandSpec.find("/exit")?.name == "/quit")
        #expect(CommandSpec.find("open")?.name == "/open")
        #expect(CommandSpec.find("/nope") == nil)
    }
}

@Suite struct LanguageDetectorTests {
    @Test func detectsTheQuestionsScript() {
        #expect(LanguageDetector.detect("老闆一直不見我怎麼辦", fallback: .en) == .zhHant)
        #expect(LanguageDetector.detect("老板一直不见我怎么办", fallback: .en) == .zhHans)
        #expect(LanguageDetector.detect("the big boss won't meet me", fallback: .zhHant) == .en)
        #expect(LanguageDetector.detect("KP一直不见我", fallback: .en) == .zhHans)
    }

    @Test func keepsTheSessionsChineseWhenTheScriptIsAmbiguous() {
        #expect(LanguageDetector.detect("教練是誰", fallback: .zhHans) == .zhHant)
        #expect(LanguageDetector.detect("客户", fallback: .zhHant) == .zhHans)
        #expect(LanguageDetector.detect("使用者", fallback: .zhHant) == .zhHant)
        #expect(LanguageDetector.detect("使用者", fallback: .en) == .zhHans)
    }
}
