import ArgumentParser
import CoachApp
import CoachCore
import CoachStore
import Foundation

/// Helpers shared by `coach care …` and `coach today`.
enum CareCLI {
    /// The care data of the corpus, or a clear error when the corpus has none.
    static func care(_ corpus: Corpus) throws -> CareData {
        guard !corpus.care.isEmpty else {
            throw CLI.Failure(CLI.text("the corpus has no care data (corpus/care/: cadence.yaml, festivals.yaml, greetings.yaml); `coach corpus check` lists what is missing", "语料库里没有关怀资料（corpus/care/：cadence.yaml、festivals.yaml、greetings.yaml）；用 'coach corpus check' 查看缺了什么", "語料庫裡沒有關懷資料（corpus/care/：cadence.yaml、festivals.yaml、greetings.yaml）；用 'coach corpus check' 查看缺了什麼"))
        }
        return corpus.care
    }

    /// The accounts and journal facts, read for `$USER`.
    static func workspace(_ store: CoachDatabase) throws -> CareWorkspace {
        do {
            return try CareWorkspace.load(database: store, salesperson: JournalCLI.user, timeZone: .current)
        } catch {
            throw CLI.Failure(error.description)
        }
    }

    /// A day given as `--date`: YYYY-MM-DD, today, yesterday (or 今天…); default today.
    static func day(_ text: String?) throws -> DayNumber {
        guard let text else { return JournalCLI.today() }
        guard let range = DayRange.parse(text, today: JournalCLI.today()), range.first == range.last else {
            throw ValidationError(CLI.text("invalid --date '\(text)'; use YYYY-MM-DD (e.g. 2026-09-25), today or yesterday", "--date 的 '\(text)' 不是有效的日期；请用 YYYY-MM-DD（例如 2026-09-25）、今天或昨天", "--date 的 '\(text)' 不是有效的日期；請用 YYYY-MM-DD（例如 2026-09-25）、今天或昨天"))
        }
        return range.first
    }

    /// Writes an export through the one output-file path (`OutputFile`): owner-only (0600),
    /// atomic, never the store, a device or a folder, an existing file only with `--force`.
    static func writeExport(_ text: String, to path: String, force: Bool, store: String, language: Language) throws {
        do {
            try OutputFile.write(text, to: path, force: force, store: store, language: language)
        } catch {
            throw CLI.Failure("\(error)")
        }
    }
}
