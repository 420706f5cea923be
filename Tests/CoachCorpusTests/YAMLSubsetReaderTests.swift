import CoachCore
@testable import CoachCorpus
import CoachTestSupport
import Foundation
import Testing

/// The subset reader against Yams: for every YAML text the project has, and for hostile ones,
/// the subset reader's tree is the one Yams composes (or it declines), and decoding gives the
/// value or the error the Yams path gives.
@Suite struct YAMLSubsetReaderTests {
    // MARK: The project's files

    /// Corpus YAML files and the type the loader decodes each as.
    static let corpusFiles: [(path: String, decode: @Sendable (String, String) -> String)] = [
        ("method.yaml", outcome(MethodSettingsDTO.self)),
        ("prep.yaml", outcome(PrepSettingsDTO.self)),
        ("reasons.yaml", outcome(ReasonsFileDTO.self)),
        ("flags.yaml", outcome(FlagsFileDTO.self)),
        ("selfchecks.yaml", outcome([SelfCheckDTO].self)),
        ("glossary.yaml", outcome([GlossaryEntryDTO].self)),
        ("offtopic.yaml", outcome([OffTopicDTO].self)),
        ("shorthand.yaml", outcome(ShorthandDTO.self)),
        ("answers/en.yaml", outcome(AnswerVocabularyDTO.self)),
        ("answers/zh-Hans.yaml", outcome(AnswerVocabularyDTO.self)),
        ("answers/zh-Hant.yaml", outcome(AnswerVocabularyDTO.self)),
        ("care/cadence.yaml", outcome(CadenceDTO.self)),
        ("care/festivals.yaml", outcome(FestivalsDTO.self)),
        ("care/greetings.yaml", outcome([GreetingDTO].self)),
    ]

    @Test func everyCorpusYAMLFileIsReadAsYamsComposesItAndDecodesTheSame() throws {
        let root = Fixtures.packageRoot.appendingPathComponent("corpus")
        let outlines = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("outline").path)
            .filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(outlines.count >= 10)
        let typed = Dictionary(
            uniqueKeysWithValues: Self.corpusFiles + outlines.map { (path: "outline/" + $0, decode: Self.outcome([OutlineTemplateDTO].self)) })
        let found = try Self.yamlFiles(under: root)
        #expect(Set(typed.keys).isSubset(of: Set(found)))
        for path in found {
            // A file added later and not listed with its type is still held to Yams: its tree,
            // and its decoding as any YAML value.
            let decode = typed[path] ?? Self.outcome(Anything.self)
            let text = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
            let tree = try #require(YAMLSubsetReader.read(text), "corpus/\(path) is outside the subset: it would be read with Yams")
            #expect(tree == YAMLTree.composedByYams(text), "corpus/\(path)")
            #expect(decode(text, path) == Self.yamsOutcome(decode, text, path), "corpus/\(path)")
        }
    }

    @Test func everyRuleFrontMatterIsReadAsYamsComposesItAndDecodesTheSame() throws {
        let root = Fixtures.packageRoot.appendingPathComponent("corpus/rules")
        let paths = try Self.files(under: root, suffix: ".md")
        #expect(paths.count >= 100)
        for path in paths {
            let text = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let end = try #require(lines.indices.dropFirst().first { lines[$0] == "---" }, "rules/\(path)")
            let frontMatter = lines[1..<end].joined(separator: "\n")
            let tree = try #require(YAMLSubsetReader.read(frontMatter), "rules/\(path) is outside the subset")
            #expect(tree == YAMLTree.composedByYams(frontMatter), "rules/\(path)")
            let decode = Self.outcome(RuleFrontMatter.self)
            #expect(decode(frontMatter, path) == Self.yamsOutcome(decode, frontMatter, path), "rules/\(path)")
        }
    }

    @Test func everyAccountFileIsReadAsYamsComposesItAndDecodesTheSame() throws {
        let root = Fixtures.packageRoot
        var paths = try Self.yamlFiles(under: root.appendingPathComponent("demo/accounts")).map { "demo/accounts/" + $0 }
        paths += try Self.yamlFiles(under: root.appendingPathComponent("Tests/Fixtures")).map { "Tests/Fixtures/" + $0 }
        #expect(paths.count >= 10)
        var read = 0
        for path in paths {
            let text = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
            guard let tree = YAMLSubsetReader.read(text) else { continue }
            #expect(tree == YAMLTree.composedByYams(text), "\(path)")
            guard let fast = AccountFile.decodeSubset(text, file: path) else { continue }
            read += 1
            let log = AccountFile.ProblemLog()
            let slow = try AccountFile.decode(text, file: path, log: log)
            #expect(log.findings.isEmpty, "\(path)")
            #expect(Self.canonical(fast) == Self.canonical(slow), "\(path)")
        }
        // The demo accounts at least take the fast path.
        #expect(read >= 3)
    }

    @Test func everyAccountFileParsesToTheSameAccountOrTheSameErrorsInEveryLanguage() throws {
        let root = Fixtures.packageRoot
        var paths = try Self.yamlFiles(under: root.appendingPathComponent("demo/accounts")).map { "demo/accounts/" + $0 }
        paths += try Self.yamlFiles(under: root.appendingPathComponent("Tests/Fixtures")).map { "Tests/Fixtures/" + $0 }
        let broken = [
            "account: East Post\ntier: Z\n", "account: East Post\npeople:\n  - name: Li\n    infuence: high\n",
            "account: East Post\npeople:\n  - name:\n    role: coach\n", "account: [a, b]\n", "- a\n- b\n",
            "account: East Post\npeople:\n  - name: Li\n    role: [coach, user]\n    met: maybe\n",
        ]
        let texts = try paths.map { ($0, try String(contentsOf: root.appendingPathComponent($0), encoding: .utf8)) }
            + broken.enumerated().map { ("broken-\($0.offset).yaml", $0.element) }
        for (path, text) in texts {
            for language in Language.allCases {
                let parse = { () -> String in
                    do throws(DiagnosticError) {
                        return Self.canonical(try AccountFile.parse(text, file: path, defaultID: "x", language: language))
                    } catch {
                        return error.diagnostics.map(\.description).joined(separator: "\n")
                    }
                }
                #expect(parse() == YAMLFile.$subsetReaderEnabled.withValue(false) { parse() }, "\(path) in \(language.rawValue)")
            }
        }
    }

    /// Rule front matter in the subset that the types refuse: the error is the Yams path's.
    static let wrongFrontMatter = [
        "id: x\ntopcis: [a]\n", "id: x\ntopics: [a]\nkind: strategi\n", "id: x\ntopics: a\nkind: strategy\npriority: 101\n",
        "id: x\ntopics: [a]\nkind: strategy\ntitle: {en: a, zh-Hans: b}\n", "id: [x]\n",
        "id: x\ntopics: [a]\nkind: strategy\nwhen:\n  - person: {role: boss}\ntitle: {en: a, zh-Hans: b, zh-Hant: c}\n",
        "id: x\ntopics: [a]\nkind: lesson\nlesson: {course: c}\n",
    ]

    @Test(arguments: wrongFrontMatter)
    func aWrongFrontMatterGivesTheYamsPathsError(_ text: String) {
        let decode = Self.outcome(RuleFrontMatter.self)
        let fast = decode(text, "rules/x.md")
        #expect(fast == Self.yamsOutcome(decode, text, "rules/x.md"))
        #expect(fast.hasPrefix("rules/x.md:"), "\(fast)")
    }

    @Test func noDecodingCodeAsksYamsForADecodersMark() throws {
        // Yams' `Decoder.mark` is nil under the subset decoder: positions come from `sourceMark`.
        let folder = Fixtures.packageRoot.appendingPathComponent("Sources/CoachCorpus")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".swift") }
        #expect(files.count >= 10)
        for file in files where file != "YAMLTreeDecoder.swift" {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            #expect(!text.contains("ecoder.mark") && !text.contains(").mark"), "\(file) reads Yams' mark; use sourceMark")
        }
    }

    // MARK: Hostile and unusual text

    static let hostile: [String] = [
        // Tabs, carriage returns, a byte order mark, controls and YAML's other line breaks.
        "id: a\n\ttopics: [x]\n", "id:\ta\n", "a: 1\r\nb: 2\r\n", "\u{FEFF}a: 1\n", "a: \u{1B}[31mred\u{1B}[0m\n",
        "a: x\u{85}y\n", "a: x\u{2028}y\n", "a: x\u{7F}\n", "a: \"\\u001b[31m\"\n", "a: \"\\e[31m\"\n",
        // Odd indentation and structure.
        "a:\n  b: 1\n c: 2\n", "a:\n   - x\n  - y\n", "a:\n  - x\n   - y\n", "- a\nb: c\n", "a: b\n- c\n",
        "a:\n- x\n- y\nb: z\n", "- a: 1\n  b: 2\n- c: 3\n", "-   a: 1\n    b: 2\n", "- a: 1\n b: 2\n", "- - a\n",
        "-\n  a: 1\n", "- \n- a\n", "  a: 1\n  b: 2\n", "a:\n  b:\n    c: [d]\n  e: f\n", "a: b: c\n", "a : 1\n",
        "a:b\n", "a::\n", "a: x\n  y\n", "a: x\n\n  y\n", "a: |\n  x\n", "a: >-\n  x\n", "? a\n: b\n",
        // Duplicates, merges, anchors, aliases and tags.
        "a: 1\na: 2\n", "a: {b: 1, b: 2}\n", "<<: {a: 1}\n", "a: &x 1\nb: *x\n", "a: !!str 1\n", "a: !x b\n",
        // Documents and directives.
        "--- \na: 1\n", "a: 1\n...\n", "%YAML 1.1\n---\na: 1\n", "a: 1\n---\nb: 2\n", "", "# only a comment\n", "\n\n",
        // Scalars.
        "a: 'it''s'\nb: \"q\\\"x\\\\y\\/z\\n\\t\\u00e9\"\n", "a: 'x\n  y'\n", "a: \"x\n", "a: \"\\ud800\"\n",
        "a: -5\nb: - x\nc: ~\nd: null\ne: yes\nf: 'yes'\ng: On\nh: 0x1F\ni: 1_000\nj: 017\nk: +3\nl: 1:30\n",
        "a: x #c\nb: 'y' # c\nc: \"z\"#d\nd: b #c: d\ne: x:y\nf: http://x.y/z\ng: C#\nh: a, b [c] {d}\n",
        "a:\nb: 1\nc:   \nd: # nothing\n", "a:", "名字: 值\n說明: 「引號」 and ‘quotes’\n",
        "a: \"\"\nb: ''\nc: ' padded '\n", "a: @x\n", "a: `x\n", "a: %x\n", "a: *\n", "a: ,x\n",
        // Flow collections.
        "a: [1, 'b', \"c\", [d, {e: f}]]\n", "a: {b: [c, d], e: {f: g}}\n", "a: []\nb: {}\n", "a: [b, c,]\n",
        "a: [b, c\n", "a: [b,\n  c]\n", "a: [b: c]\n", "a: {b}\n", "a: {b:c}\n", "a: {\"b\": c}\n", "a: [b] c\n",
        "a: [b, # c\n  d]\n", "a: [b,\n\n  # x\n  c]\n", "a: [b,\n  c:d, e?f, g#h]\n", "a: [b:, c]\n", "a: [b:]\n",
        "- [a,\n  b]\n- c\n", "a:\n  - {b: c,\n     d: e}\n", "a: [b,\n c]\n", "a: [b\n  , c]\n",
        "a: [b]#c\n", "a: [b] # c\n", "a: [-x, - y]\n", "a: [b?c]\n", "a: [ b , c ]\n", "[a, b]\n", "{a: b}\n",
        // A long key, a long value, many keys.
        String(repeating: "k", count: 300) + ": v\n", "a: " + String(repeating: "長", count: 200_000) + "\n",
        (0..<2_000).map { "key\($0): value \($0)" }.joined(separator: "\n"),
        (0..<2_000).map { "key\($0 % 1_999): value" }.joined(separator: "\n"),
        "a: [" + (0..<30_000).map { "長\($0)" }.joined(separator: ", ") + "]\n",
        "a: {" + (0..<2_000).map { "k\($0): v" }.joined(separator: ", ") + "}\n",
        // Deep nesting, in blocks and in flows.
        (0..<40).map { String(repeating: "  ", count: $0) + "a:" }.joined(separator: "\n") + " x\n",
        (0..<20).map { String(repeating: "  ", count: $0) + "a:" }.joined(separator: "\n") + " x\n",
        "a: " + String(repeating: "[", count: 50) + String(repeating: "]", count: 50) + "\n",
        "a: " + String(repeating: "[", count: 100_000) + "\n",
    ]

    @Test(arguments: hostile)
    func hostileTextIsReadAsYamsComposesItOrLeftToYams(_ text: String) {
        if let tree = YAMLSubsetReader.read(text) {
            #expect(tree == YAMLTree.composedByYams(text))
        }
        for decode in [Self.outcome(Anything.self), Self.outcome([String: String].self), Self.outcome([String: [String]].self)] {
            #expect(decode(text, "hostile.yaml") == Self.yamsOutcome(decode, text, "hostile.yaml"))
        }
    }

    @Test func declinesWhatItDoesNotReadAndReadsWhatItDoes() throws {
        for text in ["a: &x 1\nb: *x\n", "a: 1\na: 2\n", "a: |\n  x\n", "a: x\n  y\n", "a:\tb\n", "a: 1\r\n", "\u{FEFF}a: 1\n",
                     "a: \u{1B}[31m\n", "--- \na: 1\n", "? a\n: b\n", "<<: {a: 1}\n", "a: [b,\nc]\n", ""] {
            #expect(YAMLSubsetReader.read(text) == nil, "\(text.debugDescription)")
        }
        let tree = try #require(YAMLSubsetReader.read("a: 'x'\nb:\n  - [c, {d: e}]\n"))
        #expect(tree == .mapping([
            .init(key: "a", keyMark: SourceMark(line: 1, column: 1), value: .scalar("x", isPlain: false, SourceMark(line: 1, column: 4))),
            .init(key: "b", keyMark: SourceMark(line: 2, column: 1), value: .sequence([
                .sequence([
                    .scalar("c", isPlain: true, SourceMark(line: 3, column: 6)),
                    .mapping([.init(key: "d", keyMark: SourceMark(line: 3, column: 10), value: .scalar("e", isPlain: true, SourceMark(line: 3, column: 13)))],
                             SourceMark(line: 3, column: 9)),
                ], SourceMark(line: 3, column: 5)),
            ], SourceMark(line: 3, column: 3))),
        ], SourceMark(line: 1, column: 1)))
    }

    @Test func nestingDeeperThanTheLimitIsLeftToYamsWithoutRecursingFurther() {
        let deep = "a: " + String(repeating: "[", count: 1_000_000)
        #expect(YAMLSubsetReader.read(deep) == nil)
        let blocks = (0...YAMLSubsetReader.maxDepth).map { String(repeating: " ", count: $0) + "a:" }.joined(separator: "\n") + " x\n"
        #expect(YAMLSubsetReader.read(blocks) == nil)
        let shallow = (0..<(YAMLSubsetReader.maxDepth - 1)).map { String(repeating: " ", count: $0) + "a:" }.joined(separator: "\n") + " x\n"
        #expect(YAMLSubsetReader.read(shallow) != nil)
    }

    @Test func aFailedDecodingReportsYamsErrorAtItsLine() {
        // Valid in the subset, wrong for the type: the error comes from the Yams path, unchanged.
        let text = "id: x\ntopics: [a]\nkind: strategy\npriority: high\ntitle: {en: a, zh-Hans: b, zh-Hant: c}\ngist: {en: a, zh-Hans: b, zh-Hant: c}\n"
        #expect(YAMLSubsetReader.read(text) != nil)
        let fast = Self.outcome(RuleFrontMatter.self)(text, "rules/x.md")
        #expect(fast == Self.yamsOutcome(Self.outcome(RuleFrontMatter.self), text, "rules/x.md"))
        #expect(fast.contains("rules/x.md:4:"), "\(fast)")
    }

    // MARK: Helpers

    /// Any YAML value, decoded the way typed decoding probes a node: null, Bool, Int, text, list, mapping.
    enum Anything: Decodable {
        case null, bool(Bool), int(Int), text(String), list([Anything]), mapping([String: Anything])

        init(from decoder: any Decoder) throws {
            let single = try decoder.singleValueContainer()
            if single.decodeNil() {
                self = .null
            } else if let value = try? single.decode(Bool.self) {
                self = .bool(value)
            } else if let value = try? single.decode(Int.self) {
                self = .int(value)
            } else if let value = try? single.decode(String.self) {
                self = .text(value)
            } else if let value = try? single.decode([Anything].self) {
                self = .list(value)
            } else {
                self = .mapping(try single.decode([String: Anything].self))
            }
        }
    }

    /// Decodes a text as `T` through `YAMLFile.decode` (the subset first) and describes the value
    /// or the diagnostics.
    static func outcome<T: Decodable>(_ type: T.Type) -> @Sendable (String, String) -> String {
        { text, file in
            do throws(DiagnosticError) {
                return canonical(try YAMLFile.decode(T.self, from: text, file: file))
            } catch {
                return error.diagnostics.map(\.description).joined(separator: "\n")
            }
        }
    }

    /// The same outcome with the subset reader switched off.
    static func yamsOutcome(_ decode: (String, String) -> String, _ text: String, _ file: String) -> String {
        YAMLFile.$subsetReaderEnabled.withValue(false) { decode(text, file) }
    }

    /// A description of a value in which sets and dictionaries are sorted, so two equal values
    /// built apart describe the same.
    static func canonical(_ value: Any) -> String {
        let mirror = Mirror(reflecting: value)
        let children = mirror.children.map { ($0.label.map { $0 + ": " } ?? "") + canonical($0.value) }
        switch mirror.displayStyle {
        case .set?, .dictionary?:
            return "[" + children.sorted().joined(separator: ", ") + "]"
        case _ where children.isEmpty:
            return String(reflecting: value)
        default:
            return "\(mirror.subjectType)(" + children.joined(separator: ", ") + ")"
        }
    }

    static func yamlFiles(under root: URL) throws -> [String] { try files(under: root, suffix: ".yaml") }

    static func files(under root: URL, suffix: String) throws -> [String] {
        let enumerator = try #require(FileManager.default.enumerator(atPath: root.path))
        return enumerator.compactMap { $0 as? String }.filter { $0.hasSuffix(suffix) }.sorted()
    }
}
