import CoachApp
import CoachCore
import CoachEngine
import CoachTerminal
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

/// The layout at a narrow and a wide terminal in Chinese: wrapped between words, the chart's
/// compact form below the table's width, no line wider than the terminal.
@Suite struct LayoutTranscriptTests {
    @Test(arguments: [
        ("layout-zh-Hant-60.txt", Language.zhHant, 60),
        ("layout-zh-Hant-110.txt", .zhHant, 110),
        ("layout-zh-Hans-60.txt", .zhHans, 60),
        ("layout-zh-Hans-110.txt", .zhHans, 110),
        ("language-zh-Hant-60.txt", .zhHant, 60),
        ("language-zh-Hans-110.txt", .zhHans, 110),
    ])
    func layoutTranscriptMatches(file: String, language: Language, width: Int) throws {
        let url = TranscriptTests.folder.appendingPathComponent(file)
        let difference = try Transcript.check(file: url, language: language, width: width, database: try Fixtures.demoStore())
        #expect(difference == nil, "\(file): \(difference ?? "")")
        let text = try String(contentsOf: url, encoding: .utf8)
        for line in text.components(separatedBy: "\n") where !line.hasPrefix("> ") {
            #expect(DisplayWidth.of(line) <= width, "\(file): wider than \(width) columns: \(line)")
        }
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

/// The renderer asks for the width at every output: a resize shows at the next answer.
@Suite struct RendererWidthTests {
    final class Columns: @unchecked Sendable { var value = 80 }

    @Test func aResizeTakesEffectAtTheNextOutput() {
        let columns = Columns()
        let renderer = OutputRenderer(width: TerminalWidth { columns.value }, colors: .off)
        let text = Output.text("Find out who the decision maker listens to before the next visit, then meet them.")
        #expect(renderer.render([text]).split(separator: "\n").count == 2)
        columns.value = 40
        #expect(renderer.render([text]).split(separator: "\n").count == 3)
    }

    @Test func aChartTakesItsCompactLayoutOnlyWhenTheWideOneDoesNotFit() {
        let wide = [StyledLine(String(repeating: "x", count: 70))], compact = [StyledLine("x")]
        #expect(OutputRenderer(width: 80, colors: .off).render([.layouts([wide, compact])]).count == 71)
        #expect(OutputRenderer(width: 60, colors: .off).render([.layouts([wide, compact])]) == "x\n")
    }
}
