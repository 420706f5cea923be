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
        let directory = try global.corpusDirectory()
        do {
            return try SessionFactory.loadCorpus(directory: directory)
        } catch {
            StandardErrorSink().write(error.description + "\n"
                + "The corpus at \(directory) has errors: fix the lines above (`coach corpus check` lists every problem and the coverage).\n")
            throw ExitCode.failure
        }
    }

    /// Renders engine outputs to standard output: terminal width and colour on a terminal only.
    static func show(_ outputs: [Output]) {
        let renderer = OutputRenderer(
            width: TTY.outputIsTerminal ? TTY.columns() : 80,
            colors: ColorMode.detect(environment: ProcessInfo.processInfo.environment, outputIsTerminal: TTY.outputIsTerminal))
        StandardOutputSink().write(renderer.render(outputs))
    }
}
