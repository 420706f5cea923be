import ArgumentParser
import CoachApp
import CoachCore
import CoachEngine
import CoachTerminal
import Foundation

/// Helpers shared by the one-shot commands.
enum CLI {
    /// The corpus, or every error on standard error and exit status 1.
    static func loadCorpus(_ global: GlobalOptions) throws -> Corpus {
        try loadCompiledCorpus(global).corpus
    }

    /// The corpus from its compiled snapshot when that matches the corpus files (else parsed, and
    /// the snapshot rebuilt), or every error on standard error and exit status 1.
    static func loadCompiledCorpus(_ global: GlobalOptions) throws -> LoadedCorpus {
        let directory = try global.corpusDirectory()
        do {
            return try CorpusCache.load(directory: directory, cacheDirectory: global.paths.cacheDirectory)
        } catch {
            StandardErrorSink().write(error.description + "\n"
                + CLI.text(
                    "The corpus at \(directory) has errors: fix the lines above (`coach corpus check` lists every problem and the coverage).",
                    "\(directory) 的语料库有错误：请修正上面列出的行（'coach corpus check' 会列出所有问题和覆盖情况）。",
                    "\(directory) 的語料庫有錯誤：請修正上面列出的行（'coach corpus check' 會列出所有問題和涵蓋情況）。") + "\n")
            throw ExitCode.failure
        }
    }

    /// Renders engine outputs to standard output: terminal width and colour on a terminal only.
    static func show(_ outputs: [Output], keepTogether: KeepTogether = .none, width: TerminalWidth = .live()) {
        let renderer = OutputRenderer(
            width: width,
            colors: ColorMode.detect(environment: ProcessInfo.processInfo.environment, outputIsTerminal: TTY.outputIsTerminal),
            keepTogether: keepTogether)
        StandardOutputSink(colors: renderer.colors).write(renderer.render(outputs))
    }
}
