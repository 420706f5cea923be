import CoachCore
import CoachCorpus
import CoachTestSupport
import Foundation
import Testing

/// What a risk flag is called and says comes from `corpus/flags.yaml`, so a trainer can reword it
/// without a release; a file that would leave a flag wordless or fill a placeholder it does not
/// have is refused by `coach corpus check`, at its line.
@Suite struct FlagTextsTests {
    /// A corpus folder holding a topics file and a copy of the real `flags.yaml`, `edit` applied.
    func corpus(_ edit: (String) -> String = { $0 }) throws -> URL {
        let root = try CoachBinary.temporaryDirectory().appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try "id\tzh-Hant\ten\tconveys\n".write(to: root.appendingPathComponent("topics.tsv"), atomically: true, encoding: .utf8)
        let text = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("corpus/flags.yaml"), encoding: .utf8)
        try edit(text).write(to: root.appendingPathComponent("flags.yaml"), atomically: true, encoding: .utf8)
        return root
    }

    func flagDiagnostics(_ root: URL) -> [Diagnostic] {
        CorpusLoader.load(directory: root.path).diagnostics.filter { $0.file.hasSuffix("flags.yaml") }
    }

    static let opposedAccount = Account(id: "t", name: "T", people: [
        Person(name: "決策", role: .decisionMaker, influence: .high, support: .supportive, contact: .high, met: true),
        Person(name: "張淑芬", role: .finance, influence: .medium, support: .opposed, contact: .medium, met: true),
        Person(name: "使用", role: .user, influence: .low, support: .champion, contact: .high, met: true),
        Person(name: "教練", role: .coach, influence: .medium, support: .champion, contact: .high, met: true),
    ])

    @Test func everyFlagHasALabelAndAMessageInTheRealCorpus() {
        #expect(Fixtures.corpusResult.diagnostics.filter { $0.file.hasSuffix("flags.yaml") }.isEmpty)
        for kind in FlagKind.allCases {
            let text = Fixtures.corpus.flags.text(kind)
            #expect(text != nil, "no text for \(kind.rawValue)")
            for language in Language.allCases {
                #expect(Fixtures.corpus.flags.label(kind)[language] != kind.rawValue)
            }
        }
    }

    @Test func anEditedMessageIsWhatTheCoachSays() throws {
        let root = try corpus {
            $0.replacingOccurrences(of: "\"{person}反對我們。先找出背後真正的顧慮，別急著反駁。\"", with: "\"{person}不支持我們：先聽完她的顧慮。\"")
        }
        let loaded = CorpusLoader.load(directory: root.path).corpus
        let flag = try #require(RiskFlags.compute(for: Self.opposedAccount, today: "2026-11-29", overdueDays: 30, texts: loaded.flags).first { $0.kind == .opposed })
        #expect(flag.message.zhHant == "張淑芬不支持我們：先聽完她的顧慮。")
        #expect(flag.message.en == "張淑芬 opposes us. Find the real concern behind it before arguing.")
    }

    @Test func answeredFlagsSayItAsTheSalespersonAnswered() throws {
        let flag = Fixtures.corpus.flags.flag(.missingCoach, answered: true)
        #expect(flag.message.en.hasPrefix("You answered that no coach is known yet."))
        #expect(Fixtures.corpus.flags.flag(.missingCoach).message.en.hasPrefix("No coach is identified."))
        let power = Fixtures.corpus.flags.flag(.purchasingPowerChanged, power: .decreased)
        #expect(power.message.zhHans.hasPrefix("购买力下降了"))
    }

    @Test func aFlagWithoutAnEntryIsAnErrorAndShowsAsItsID() throws {
        let root = try corpus { text in
            // Drop the whole `opposed` entry.
            let start = text.range(of: "  - flag: opposed\n")!
            let end = text.range(of: "  - flag: reorganized\n")!
            return String(text[..<start.lowerBound]) + String(text[end.lowerBound...])
        }
        let errors = flagDiagnostics(root).filter { $0.severity == .error }
        #expect(errors.map(\.message) == ["no entry for flag 'opposed': it would show as its id"])
        #expect(errors.first?.file == "corpus/flags.yaml")
        let loaded = CorpusLoader.load(directory: root.path).corpus
        #expect(loaded.flags.label(.opposed).zhHant == "opposed")
    }

    @Test func anUnknownPlaceholderIsAnErrorAtItsFlag() throws {
        let root = try corpus { $0.replacingOccurrences(of: "\"{person} is a new face.", with: "\"{name} is a new face.") }
        let errors = flagDiagnostics(root)
        #expect(errors.count == 1)
        let error = try #require(errors.first)
        #expect(error.message.contains("unknown placeholder '{name}' in en"))
        #expect(error.message.contains("allowed: {person}"))
        let text = try String(contentsOf: root.appendingPathComponent("flags.yaml"), encoding: .utf8)
        #expect(text.split(separator: "\n", omittingEmptySubsequences: false)[error.line - 1] == "  - flag: new-face")
    }

    @Test func anUnknownKeyOrFlagIsNamedWithWhatIsAllowed() throws {
        let key = flagDiagnostics(try corpus { $0.replacingOccurrences(of: "    decreased:\n", with: "    dropped:\n") }).map(\.message)
        #expect(key.contains { $0.contains("unknown key 'dropped'") && $0.contains("decreased") })
        let flag = flagDiagnostics(try corpus { $0.replacingOccurrences(of: "  - flag: opposed\n", with: "  - flag: oposed\n") }).map(\.message)
        #expect(flag.contains { $0.contains("unknown flag 'oposed'") && $0.contains("did you mean") })
    }

    @Test func purchasingPowerNeedsBothDirections() throws {
        let root = try corpus { text in
            let start = text.range(of: "    decreased:\n")!
            let end = text.range(of: "    answered:\n      en: You answered that purchasing power")!
            return String(text[..<start.lowerBound]) + String(text[end.lowerBound...])
        }
        #expect(flagDiagnostics(root).map(\.message) == ["'purchasing-power-changed' needs 'increased' and 'decreased': the message says which way the budget moved"])
    }
}
