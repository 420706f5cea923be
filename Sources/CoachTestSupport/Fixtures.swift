public import CoachApp
public import CoachCore
public import CoachCorpus
public import CoachEngine
public import CoachRetrieval
public import CoachStore
public import Foundation

/// Shared test fixtures: the real corpus, the demo accounts, a fixed clock.
public enum Fixtures {
    /// The package's root folder, found from this file's path.
    public static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.pathComponents.count > 1 {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    public static var corpusDirectory: String { packageRoot.appendingPathComponent("corpus").path }

    /// The real corpus, loaded once.
    public static let corpusResult: CorpusLoader.Result = CorpusLoader.load(directory: corpusDirectory)
    public static var corpus: Corpus { corpusResult.corpus }

    /// The retrieval index over the real corpus, built once.
    public static let index = RetrievalIndex(corpus: corpusResult.corpus)

    /// 2026-11-30 09:00 UTC.
    public static let now = Date(timeIntervalSince1970: 1_796_029_200)
    public static let clock = Clock.constant(now)
    public static let utc = TimeZone(identifier: "UTC")!

    /// The demo account files.
    public static var demoAccountFiles: [String] {
        let folder = packageRoot.appendingPathComponent("demo/accounts")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { folder.appendingPathComponent($0).path }
    }

    /// A demo account by id (`east-post`), parsed from `demo/accounts`.
    public static func demoAccount(_ id: String) -> Account {
        let path = packageRoot.appendingPathComponent("demo/accounts/\(id).yaml").path
        do { return try AccountFile.load(path: path) } catch { preconditionFailure("demo account \(id) does not load: \(error)") }
    }

    /// An account file of the test fixtures (`Tests/Fixtures/accounts/<name>.yaml`).
    public static func fixtureAccount(_ name: String) -> Account {
        let path = packageRoot.appendingPathComponent("Tests/Fixtures/accounts/\(name).yaml").path
        do { return try AccountFile.load(path: path) } catch { preconditionFailure("fixture \(name) does not load: \(error)") }
    }

    /// The answer interpreter of the real corpus for an account's people.
    public static func answerReader(_ account: Account? = nil) -> AnswerInterpreter {
        corpus.answerInterpreter(people: account?.people ?? [])
    }

    /// An in-memory store holding the demo accounts.
    public static func demoStore() throws -> CoachDatabase {
        let database = try CoachDatabase.inMemory()
        let report = try AccountImporter.importFiles(demoAccountFiles, into: database, by: "test", at: now)
        precondition(report.succeeded, "demo accounts do not import: \(report.diagnostics)")
        return database
    }

    /// An engine environment over the real corpus and a store.
    /// The engine over `database`, with ids counted from `00000000-0000-4000-8000-000000000001`.
    public static func environment(database: CoachDatabase) -> EngineEnvironment {
        var environment = SessionFactory.environment(
            corpus: corpus, index: index, database: database, salesperson: "test", timeZone: utc, corpusDirectory: corpusDirectory)
        environment.ids = .sequential()
        return environment
    }

    /// The first id of `RecordIDs.sequential()`.
    public static let firstID = "00000000-0000-4000-8000-000000000001"

}
