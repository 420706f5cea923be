import CoachApp
import CoachCore
import CoachRetrieval
import CoachTestSupport
import Foundation
import Testing

/// The compiled corpus snapshot: loads what parsing loads, follows edits, survives damage.
@Suite(.serialized) struct CorpusSnapshotTests {
    /// A copy of the real corpus and an empty cache folder, removed afterwards.
    struct Sandbox {
        let folder: URL
        var corpus: String { folder.appendingPathComponent("corpus").path }
        var cache: String { folder.appendingPathComponent("cache/visitcoach").path }

        init() throws {
            folder = try CoachBinary.temporaryDirectory()
            try FileManager.default.copyItem(atPath: Fixtures.corpusDirectory, toPath: corpus)
        }

        func remove() {
            // Read-only folders made by a test must be writable again to be removed.
            chmod(folder.appendingPathComponent("cache").path, 0o700)
            chmod(cache, 0o700)
            try? FileManager.default.removeItem(at: folder)
        }

        var snapshotFiles: [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: cache)) ?? []).filter { $0.hasSuffix(".snapshot") }
        }

        func load() throws -> LoadedCorpus {
            try CorpusCache.load(directory: corpus, cacheDirectory: cache)
        }
    }

    static let questions = [
        "老闆一直不見我怎麼辦", "老板一直不见我怎么办", "how do I find a coach inside the account",
        "財務部門卡住預算", "what should I ask before a visit", "the gatekeeper blocks me",
    ]

    func answers(_ index: RetrievalIndex) -> [String] {
        Self.questions.map { question in
            let result = index.search(question)
            return "\(result.verdict) " + result.hits.map { "\($0.rule.id):\(($0.score * 1e6).rounded())" }.joined(separator: ",")
        }
    }

    @Test func snapshotLoadsTheSameCorpusAndIndexAsParsing() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let first = try sandbox.load()
        #expect(first.origin == .parsed)
        #expect(sandbox.snapshotFiles.count == 1)
        let second = try sandbox.load()
        #expect(second.origin == .snapshot)
        #expect(second.corpus.rules == first.corpus.rules)
        #expect(second.corpus.topics == first.corpus.topics)
        #expect(second.corpus.templates == first.corpus.templates)
        #expect(second.corpus.selfChecks == first.corpus.selfChecks)
        #expect(second.corpus.glossary == first.corpus.glossary)
        #expect(second.corpus.offTopic == first.corpus.offTopic)
        #expect(second.corpus.answerVocabularies == first.corpus.answerVocabularies)
        #expect(second.corpus.care == first.corpus.care)
        #expect(second.corpus.care.holidays.validThrough != nil)
        #expect(answers(second.index) == answers(RetrievalIndex(corpus: first.corpus)))
    }

    @Test func cacheFolderAndSnapshotAreOwnerOnly() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        _ = try sandbox.load()
        let folder = try FileManager.default.attributesOfItem(atPath: sandbox.cache)
        #expect((folder[.posixPermissions] as? Int) == 0o700)
        let file = try FileManager.default.attributesOfItem(atPath: sandbox.cache + "/" + #require(sandbox.snapshotFiles.first))
        #expect((file[.posixPermissions] as? Int) == 0o600)
    }

    @Test func editedCorpusFileIsPickedUpOnTheNextLoad() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        _ = try sandbox.load()
        #expect(try sandbox.load().origin == .snapshot)
        let rules = try #require(FileManager.default.enumerator(atPath: sandbox.corpus + "/rules")?.allObjects as? [String])
        let relative = try #require(rules.sorted().first { $0.hasSuffix(".md") })
        let path = sandbox.corpus + "/rules/" + relative
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let id = try #require(text.split(separator: "\n").first { $0.hasPrefix("id:") }).dropFirst(3).trimmingCharacters(in: .whitespaces)
        // Append a sentence to the English body (the last section may be any language; add to all).
        try (text + "\nEdited sentence zebracrossing.\n").write(toFile: path, atomically: true, encoding: .utf8)
        let edited = try sandbox.load()
        #expect(edited.origin == .parsed)
        let rule = try #require(edited.corpus.rule(id: id))
        #expect(rule.body.all.joined().contains("zebracrossing"))
        let again = try sandbox.load()
        #expect(again.origin == .snapshot)
        #expect(again.corpus.rule(id: id)?.body.all.joined().contains("zebracrossing") == true)
        #expect(again.index.search("zebracrossing").hits.first?.rule.id == id)
    }

    @Test func newCorpusFileIsPickedUp() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let before = try sandbox.load()
        let glossary = sandbox.corpus + "/glossary.yaml"
        let text = try String(contentsOfFile: glossary, encoding: .utf8)
        try (text + "\n").write(toFile: glossary, atomically: true, encoding: .utf8)
        #expect(try sandbox.load().origin == .parsed)
        #expect(try sandbox.load().corpus.glossary == before.corpus.glossary)
    }

    @Test func damagedSnapshotFallsBackToParsing() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let parsed = try sandbox.load()
        let file = sandbox.cache + "/" + (try #require(sandbox.snapshotFiles.first))
        let sound = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
        for damage in ["truncated", "flipped", "garbage", "empty", "header only"] {
            var bytes = sound
            switch damage {
            case "truncated": bytes = Array(bytes.prefix(bytes.count / 2))
            case "flipped": bytes[bytes.count / 3] ^= 0x5A
            case "garbage": bytes = (0..<bytes.count).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 7) }
            case "empty": bytes = []
            default: bytes = Array(bytes.prefix(60))
            }
            try Data(bytes).write(to: URL(fileURLWithPath: file))
            let loaded = try sandbox.load()
            #expect(loaded.origin == .parsed, "\(damage)")
            #expect(loaded.corpus.rules == parsed.corpus.rules, "\(damage)")
            // The parse wrote a sound snapshot again.
            #expect(try sandbox.load().origin == .snapshot, "\(damage)")
        }
    }

    @Test func readOnlyOrMissingCacheStillLoads() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try FileManager.default.createDirectory(atPath: sandbox.cache, withIntermediateDirectories: true)
        chmod(sandbox.cache, 0o500)
        let loaded = try sandbox.load()
        #expect(loaded.origin == .parsed)
        #expect(!loaded.corpus.rules.isEmpty)
        let unusable = try CorpusCache.load(directory: sandbox.corpus, cacheDirectory: "/proc/visitcoach-cache")
        #expect(unusable.origin == .parsed)
        let none = try CorpusCache.load(directory: sandbox.corpus, cacheDirectory: nil)
        #expect(none.index.search("老闆一直不見我怎麼辦").verdict == loaded.index.search("老闆一直不見我怎麼辦").verdict)
    }

    @Test func corpusWithErrorsIsRefusedAndNotCached() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try "not a rule file\n".write(toFile: sandbox.corpus + "/rules/broken.md", atomically: true, encoding: .utf8)
        #expect(throws: DiagnosticError.self) { try sandbox.load() }
        #expect(throws: DiagnosticError.self) { try sandbox.load() }
        #expect(sandbox.snapshotFiles.isEmpty)
    }

    /// Every prefix and many single-byte changes of a section decode or throw; none traps.
    @Test func decoderNeverTrapsOnDamagedBytes() throws {
        let bytes = try SnapshotEncoder.encode(Fixtures.corpus)
        #expect(try SnapshotDecoder.decode(Corpus.self, from: bytes).rules == Fixtures.corpus.rules)
        var generator = SeededGenerator(seed: 13)
        for _ in 0..<40 {
            var damaged = bytes
            let position = Int.random(in: 0..<damaged.count, using: &generator)
            damaged[position] = UInt8.random(in: 0...255, using: &generator)
            _ = try? SnapshotDecoder.decode(Corpus.self, from: damaged)
            _ = try? SnapshotDecoder.decode(Corpus.self, from: Array(bytes.prefix(position)))
        }
        let index = try SnapshotEncoder.encode(Fixtures.index)
        for _ in 0..<10 {
            var damaged = index
            damaged[Int.random(in: 0..<damaged.count, using: &generator)] ^= 0xFF
            _ = try? SnapshotDecoder.decode(RetrievalIndex.self, from: damaged)
        }
    }
}
