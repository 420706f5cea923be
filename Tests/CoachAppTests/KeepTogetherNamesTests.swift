import CoachApp
import CoachCore
import CoachTerminal
import CoachTestSupport
import Testing

/// The names a screen never breaks inside include how people are called: surname + title
/// (王總, 張處長) in either script, as the corpus's honorifics make them.
@Suite struct KeepTogetherNamesTests {
    @Test func aSurnameAndTitleIsNotBrokenAcrossLines() throws {
        let store = try Fixtures.demoStore()
        let honorifics = Fixtures.corpus.answerVocabularies.flatMap(\.honorifics)
        let keep = KeepTogether.names(in: StoreAccountDirectory(database: store), honorifics: honorifics)
        // Without the forms, ICU's words (王 | 總和 | 張處長) let the line end inside 王總.
        let lines = TextWrapper.wrap("19. 這次溝通之後，你要寄什麼、給誰？ → 會後寄會議紀要給王總和張處長", width: 58, keepTogether: keep)
        #expect(!lines.contains { $0.hasSuffix("王") }, "\(lines)")
        let simplified = TextWrapper.wrap("19. 这次沟通之后，你要寄什么、给谁？ → 会后寄会议纪要给王总和张处长", width: 58, keepTogether: keep)
        #expect(!simplified.contains { $0.hasSuffix("王") }, "\(simplified)")
    }

    /// The salesperson who owns an account is a name too: a follow-up's line ends "· 李明", never "· 李".
    @Test func anAccountOwnersNameIsNotBrokenAcrossLines() throws {
        let keep = KeepTogether.names(in: StoreAccountDirectory(database: try Fixtures.demoStore()))
        let lines = TextWrapper.wrap("    名單交換需資訊科簽核，流程太慢 · east-post · 資訊部 · 李明", width: 60, keepTogether: keep)
        #expect(!lines.contains { $0.hasSuffix("李") }, "\(lines)")
    }
}
