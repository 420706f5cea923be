public import CoachCore
import CoachCorpus
public import CoachEngine
public import CoachRetrieval
public import CoachStore
public import CoachTerminal
public import Foundation

/// Wires the live pieces of a coaching session: corpus, index, store, terminal.
public enum SessionFactory {
    /// Loads the corpus; a corpus with errors is refused with every diagnostic.
    public static func loadCorpus(directory: String) throws(DiagnosticError) -> Corpus {
        let result = CorpusLoader.load(directory: directory)
        let errors = result.diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty else { throw DiagnosticError(errors) }
        return result.corpus
    }

    /// The live environment: the question index builds in the background while the prompt shows.
    public static func environment(corpus: Corpus, database: CoachDatabase, salesperson: String, timeZone: TimeZone = .current) -> EngineEnvironment {
        environment(corpus: corpus, index: PendingIndex(building: corpus), database: database, salesperson: salesperson, timeZone: timeZone)
    }

    /// The live environment over a loaded corpus: its index is decoded or built in the background.
    public static func environment(loaded: LoadedCorpus, database: CoachDatabase, salesperson: String, timeZone: TimeZone = .current) -> EngineEnvironment {
        environment(corpus: loaded.corpus, index: loaded.pendingIndex, database: database, salesperson: salesperson, timeZone: timeZone, corpusDirectory: loaded.directory)
    }

    /// The engine's environment over a built index (tests build it once).
    public static func environment(corpus: Corpus, index: RetrievalIndex, database: CoachDatabase, salesperson: String, timeZone: TimeZone = .current, corpusDirectory: String? = nil) -> EngineEnvironment {
        environment(corpus: corpus, index: PendingIndex(index), database: database, salesperson: salesperson, timeZone: timeZone, corpusDirectory: corpusDirectory)
    }

    /// Reads a rule's file (`corpus/rules/…`, as `Rule.source` names it) under the corpus folder
    /// `directory`: at most 256 KiB of UTF-8 text, nothing outside the folder.
    public static func ruleFileReader(corpusDirectory directory: String) -> @Sendable (String) -> String? {
        let root = URL(fileURLWithPath: directory).standardizedFileURL
        return { source in
            // `source` starts with the corpus folder's own name.
            let relative = source.split(separator: "/").dropFirst().joined(separator: "/")
            let file = root.appendingPathComponent(relative).standardizedFileURL
            guard !relative.isEmpty, !relative.contains(".."), file.path.hasPrefix(root.path + "/"),
                  let handle = FileHandle(forReadingAtPath: file.path) else { return nil }
            defer { try? handle.close() }
            guard let data = try? handle.read(upToCount: 256 * 1024) else { return nil }
            return String(data: data, encoding: .utf8)
        }
    }

    static func environment(corpus: Corpus, index: PendingIndex, database: CoachDatabase, salesperson: String, timeZone: TimeZone, corpusDirectory: String? = nil) -> EngineEnvironment {
        var environment = EngineEnvironment(
            corpus: corpus, pendingIndex: index, accounts: StoreAccountDirectory(database: database),
            sessions: StoreSessionSource(database: database), salesperson: salesperson, timeZone: timeZone,
            training: StoreTrainingSource(database: database),
            journal: StoreJournalSource(database: database, timeZone: timeZone))
        environment.window = Window.newID()
        environment.care = StoreCareSource(database: database, timeZone: timeZone)
        if let corpusDirectory { environment.ruleFile = ruleFileReader(corpusDirectory: corpusDirectory) }
        return environment
    }

    /// Applies a conversation's record to the store and says what happened.
    public static func applier(database: CoachDatabase, clock: Clock) -> (Record, Language) -> Applied {
        { record, language in
            switch record {
            case .importAccounts(let paths):
                do {
                    let report = try AccountImporter.importFiles(
                        paths, into: database, by: AccountImporter.currentUser(), at: clock.now(), language: language)
                    if report.interrupted == .interrupt {
                        // Handled here: the notice is shown, not cut off as output after Ctrl-C is.
                        _ = Interrupt.takeInterrupt()
                        return .saved([.text(AccountImporter.interruptedNotice(language), .warning)])
                    }
                    if report.interrupted != nil { return .saved() }
                    if !report.succeeded {
                        return .saved(report.diagnostics.map { .text($0.description(language), .error) }
                            + [.text(AccountImporter.summary(report.diagnostics, language: language), .warning)])
                    }
                    return .saved(report.imports.map { item in
                        .text(ImportText.imported(item)[language], item.outcome == .unchanged ? .dim : .success)
                    })
                } catch {
                    return .saved([.text((error as? StoreError)?.message(language) ?? String(describing: error), .error)])
                }
            case .prepStarted(let started):
                return store(language) {
                    try database.startSession(
                        key: started.key, accountID: started.accountID, accountVersion: started.accountVersion,
                        salesperson: started.salesperson, language: started.language.rawValue, at: started.at,
                        flags: started.flags, strategies: started.strategies)
                }
            case let .prepAnswered(key, answer, position, at):
                return store(language) { try database.recordAnswer(sessionKey: key, answer: answer, position: position, at: at) }
            case let .prepPaused(key, position, at, reason):
                return store(language) { try database.pauseSession(key: key, position: position, at: at, reason: reason) }
            case let .prepCancelled(key, at):
                return store(language) { try database.cancelSession(key: key, at: at) }
            case let .prepAbandoned(key, at):
                return store(language) { try database.abandonSession(key: key, at: at) }
            case .prepFinished(let finished):
                return store(language) {
                    try database.finishSession(
                        key: finished.key, flags: finished.flags, strategies: finished.strategies,
                        outline: finished.outline, at: finished.at)
                }
            case .lessonCompleted(let completion):
                return store(language) { try database.completeLesson(completion) }
            case let .quizAnswered(attempt, review):
                return store(language) { try database.recordQuizAnswer(attempt, review: review) }
            case .drillScored(let result):
                return store(language) { try database.recordDrill(result) }
            case .journal(let record):
                return JournalApplier.apply(record, to: database, language: language)
            }
        }
    }
}

/// Runs a store write; a failure is handed back to the conversation, which keeps the record and
/// says exactly what was not saved.
func store(_ language: Language, _ body: () throws -> Void) -> Applied {
    do {
        try body()
        return .saved()
    } catch let error as StoreError {
        return .failed(error.message(language))
    } catch {
        return .failed(String(describing: error))
    }
}

enum ImportText {
    static let notSaved = LocalizedText(
        en: "Could not save this:", zhHans: "未能保存：", zhHant: "未能儲存：")

    static func imported(_ item: AccountImport) -> LocalizedText {
        switch item.outcome {
        case .created:
            LocalizedText(en: "Imported \(item.id) (\(item.name)), version \(item.version).",
                          zhHans: "已导入 \(item.id)（\(item.name)），第 \(item.version) 版。",
                          zhHant: "已匯入 \(item.id)（\(item.name)），第 \(item.version) 版。")
        case .updated:
            LocalizedText(en: "Updated \(item.id) to version \(item.version): \(item.summary)",
                          zhHans: "已更新 \(item.id) 到第 \(item.version) 版：\(item.localizedSummary.zhHans)",
                          zhHant: "已更新 \(item.id) 到第 \(item.version) 版：\(item.localizedSummary.zhHant)")
        case .unchanged:
            LocalizedText(en: "\(item.id) is unchanged (version \(item.version)).",
                          zhHans: "\(item.id) 没有变化（第 \(item.version) 版）。",
                          zhHant: "\(item.id) 沒有變化（第 \(item.version) 版）。")
        }
    }
}
