import ArgumentParser
import CoachApp
import CoachCore
import CoachOptions
import Foundation

/// Options every subcommand accepts.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: .l("Interface language: en, zh-Hans or zh-Hant (default: from LC_ALL/LC_MESSAGES/LANG)."))
    var lang: String?

    @Option(name: .long, help: .l("The data store (default: $COACH_STORE, else $XDG_DATA_HOME/visitcoach/coach.sqlite)."))
    var store: String?

    @Option(name: .long, help: .l("The corpus folder (default: $COACH_CORPUS, else the bundled corpus/)."))
    var corpus: String?

    var paths: Paths { Paths() }

    /// The language chosen by `--lang`, else the locale.
    func language() throws -> Language {
        if let lang {
            guard let language = Language(code: lang) else {
                throw ValidationError(CLI.text("unknown language '\(lang)'; allowed: en, zh-Hans, zh-Hant", "不支持 '\(lang)' 这种语言；可用：en、zh-Hans、zh-Hant", "不支援 '\(lang)' 這種語言；可用：en、zh-Hans、zh-Hant"))
            }
            return language
        }
        return Language.fromEnvironment(ProcessInfo.processInfo.environment)
    }

    /// The corpus folder, or a clear error naming the ways to set it.
    func corpusDirectory() throws -> String {
        guard let directory = paths.corpusDirectory(option: corpus) else {
            throw ValidationError(CLI.text("cannot find the corpus folder; pass --corpus PATH or set COACH_CORPUS", "找不到语料库文件夹；请用 --corpus 路径 或设定 COACH_CORPUS", "找不到語料庫資料夾；請用 --corpus 路徑 或設定 COACH_CORPUS"))
        }
        return directory
    }
}
