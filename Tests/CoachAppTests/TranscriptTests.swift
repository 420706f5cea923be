import CoachApp
import CoachCore
import CoachEngine
import CoachTestSupport
import Foundation
import Testing

/// Golden transcripts of whole sessions: `> ` lines are typed, the rest is what the coach prints.
@Suite struct TranscriptTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Transcripts")

    @Test(arguments: [
        ("help-en.txt", Language.en),
        ("help-zh-Hant.txt", .zhHant),
        ("questions-en.txt", .en),
        ("questions-zh-Hans.txt", .zhHans),
        ("questions-zh-Hant.txt", .zhHant),
        ("accounts-en.txt", .en),
        ("accounts-zh-Hant.txt", .zhHant),
        ("prep-en.txt", .en),
        ("prep-zh-Hans.txt", .zhHans),
        ("prep-zh-Hant.txt", .zhHant),
        ("resume-en.txt", .en),
        ("journal-en.txt", .en),
        ("journal-zh-Hant.txt", .zhHant),
        ("learn-en.txt", .en),
        ("learn-zh-Hans.txt", .zhHans),
        ("quiz-en.txt", .en),
        ("quiz-zh-Hant.txt", .zhHant),
        ("drill-en.txt", .en),
        ("drill-zh-Hans.txt", .zhHans),
    ])
    func transcriptMatches(file: String, language: Language) throws {
        let difference = try Transcript.check(file: Self.folder.appendingPathComponent(file), language: language, database: try Fixtures.demoStore())
        #expect(difference == nil, "\(file): \(difference ?? "")")
    }
}

@Suite struct CompletionTests {
    func candidates(_ line: String) throws -> [String] {
        let conversation = Conversation(environment: Fixtures.environment(database: try Fixtures.demoStore()), language: .en)
        return Completion.candidates(for: line, commands: CommandSpec.all, conversation: conversation)
    }

    @Test func completesSlashCommands() throws {
        #expect(try candidates("/he").filter { $0.hasPrefix("/he") } == ["/help"])
        #expect(try candidates("").contains("/open"))
    }

    @Test func completesAccountIdsAfterOpen() throws {
        let ids = try candidates("/open ")
        #expect(!ids.isEmpty)
        #expect(ids == ids.sorted())
        #expect(ids.contains("east-post"))
    }

    @Test func completesLanguagesAndNothingForPlainQuestions() throws {
        #expect(try candidates("/lang ") == ["en", "zh-Hans", "zh-Hant"])
        #expect(try candidates("老闆") == [])
    }
}
