import ArgumentParser
import CoachApp
import CoachCore
import CoachCorpus
import CoachOptions
import CoachRetrieval
import CoachTerminal
import Foundation

/// `coach corpus …`: work with the knowledge corpus.
struct CorpusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "corpus",
        abstract: HelpText.text("Check the knowledge corpus."),
        subcommands: [CorpusCheckCommand.self]
    )
}

/// `coach corpus check`: loads the corpus, reports problems like a compiler, then coverage.
struct CorpusCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: HelpText.text("Load every corpus file, report errors with file:line:column, then coverage per topic and language.")
    )

    @OptionGroup var global: GlobalOptions

    @Flag(name: .long, help: .l("Print the report as JSON."))
    var json = false

    func run() throws {
        let directory = try global.corpusDirectory()
        var result = CorpusLoader.load(directory: directory)
        result.diagnostics += glossaryLint(result.corpus, directory: directory)
        let coverage = TopicCoverage.compute(result.corpus)
        let errors = result.diagnostics.filter { $0.severity == .error }.count
        let warnings = result.diagnostics.count - errors
        if json {
            let report = CorpusReport(
                errors: errors, warnings: warnings, diagnostics: result.diagnostics, coverage: coverage,
                rules: result.corpus.rules.count, templates: result.corpus.templates.count,
                selfChecks: result.corpus.selfChecks.count, glossary: result.corpus.glossary.count,
                percent: Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0.rawValue, TopicCoverage.percent(coverage, language: $0)) }))
            print(try JSONOutput.encode(report))
        } else {
            for diagnostic in result.diagnostics { print(diagnostic) }
            printCoverage(coverage, corpus: result.corpus)
            print("\(errors) error(s), \(warnings) warning(s)")
        }
        if errors > 0 { throw ExitCode.failure }
    }

    /// Glossary terms that would collapse when tokenised, each pointing at its line in glossary.yaml.
    private func glossaryLint(_ corpus: Corpus, directory path: String) -> [Diagnostic] {
        let directory = URL(fileURLWithPath: path)
        let problems = GlossaryLint.collapsingTerms(corpus.glossary)
        guard !problems.isEmpty else { return [] }
        let file = directory.appendingPathComponent("glossary.yaml")
        let lines = ((try? String(contentsOf: file, encoding: .utf8)) ?? "").components(separatedBy: "\n")
        let display = directory.lastPathComponent + "/glossary.yaml"
        return problems.map { problem in
            // The entry's line, then the first line after it in that language naming the term.
            let start = lines.firstIndex { $0.trimmingCharacters(in: .whitespaces) == "- id: \(problem.entry)" } ?? 0
            let line = lines[start...].firstIndex { $0.contains(problem.language.rawValue + ":") && $0.contains(problem.term) } ?? start
            let column = lines.indices.contains(line) ? (lines[line].range(of: problem.term).map { lines[line].distance(from: lines[line].startIndex, to: $0.lowerBound) + 1 } ?? 1) : 1
            return Diagnostic(file: display, line: line + 1, column: column, message: problem.message)
        }
    }

    private func printCoverage(_ coverage: [TopicCoverage], corpus: Corpus) {
        let rows = coverage.map { row in
            [row.topic, String(row.rules)] + Language.allCases.map { language -> String in
                let count = row.languages[language.rawValue] ?? 0
                return count > 0 ? String(count) : "MISSING"
            }
        }
        print("")
        for line in CLI.table(header: ["topic", "rules", "en", "zh-Hans", "zh-Hant"], rows: rows, color: CLI.colorMode()) { print(line) }
        let percents = Language.allCases.map { "\($0.rawValue) \(Int(TopicCoverage.percent(coverage, language: $0)))%" }
        print("")
        print("coverage: \(percents.joined(separator: ", ")) of \(coverage.count) topics; "
              + "\(corpus.rules.count) rules, \(corpus.templates.count) outline templates, "
              + "\(corpus.selfChecks.count) self-checks, \(corpus.glossary.count) glossary entries")
    }
}

struct CorpusReport: Encodable {
    var errors: Int
    var warnings: Int
    var diagnostics: [Diagnostic]
    var coverage: [TopicCoverage]
    var rules: Int
    var templates: Int
    var selfChecks: Int
    var glossary: Int
    var percent: [String: Double]
}
