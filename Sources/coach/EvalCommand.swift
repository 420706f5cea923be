import ArgumentParser
import CoachCore
import CoachCorpus
import CoachOptions
import CoachRetrieval
import Foundation

/// `coach eval FILE...`: measures retrieval on questions with known topics (`make eval`).
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: HelpText.text("Measure answer quality on a TSV of questions (lang, question, topics; 'none' = out of scope).")
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: .l("Question files: tab-separated lang, question, comma-separated topics or 'none'."))
    var files: [String]

    @Flag(name: .long, help: .l("List every miss with what the coach answered."))
    var verbose = false

    @Option(name: .long, help: .l("Override ranking weights for tuning, e.g. asks=3,body=0.5."))
    var weights: String?

    @Option(name: .long, help: .l("A name for the question set in the report (e.g. tuning, held-out)."))
    var label: String?

    @Option(name: .long, help: .l("Also write every question's top ten candidates as JSON lines to this file (for offline experiments)."))
    var dump: String?

    func run() throws {
        let loaded = CorpusLoader.load(directory: try global.corpusDirectory())
        let index = RetrievalIndex(corpus: loaded.corpus, weights: try tunedWeights())
        var stats: [String: Stats] = [:]
        var dumped: [String] = []
        for file in files {
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
                throw ValidationError("cannot read \(file)")
            }
            for (number, line) in text.split(separator: "\n").enumerated() where number > 0 || !line.hasPrefix("lang\t") {
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                guard fields.count >= 3 else { continue }
                let (lang, question) = (fields[0], fields[1])
                let expected = Set(fields[2].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
                let result = index.search(question, limit: dump == nil ? 3 : 10)
                if dump != nil { dumped.append(try Self.dumpLine(lang: lang, question: question, expected: expected, result: result)) }
                var row = stats[lang] ?? Stats()
                if result.verdict == .unsure { row.unsure += 1 }
                row.questions += 1
                if expected == ["none"] {
                    row.outOfScope += 1
                    if result.verdict == .outOfScope { row.declined += 1 } else if verbose {
                        print("NOT DECLINED [\(lang)] \(question) -> \(result.hits.first?.rule.id ?? "-") score \(format(result.hits.first?.score)) cov \(format(result.hits.first?.coverage))")
                    }
                } else {
                    row.inScope += 1
                    // As `coach ask --json` shows it: an unsure verdict still lists its candidates.
                    let answered = result.verdict != .outOfScope
                    let first = result.hits.first.map { !expected.isDisjoint(with: $0.rule.topics) } ?? false
                    let three = result.hits.prefix(3).contains { !expected.isDisjoint(with: $0.rule.topics) }
                    if answered && first { row.top1 += 1 }
                    if answered && three { row.top3 += 1 }
                    if !answered { row.withheld += 1 }
                    if verbose, !(answered && first) || result.verdict == .unsure {
                        let got = result.hits.prefix(3).map { "\($0.rule.id)(\(format($0.score)),\(format($0.coverage)))" }.joined(separator: " ")
                        print("MISS [\(lang)] \(question) want \(expected.sorted().joined(separator: ",")) verdict \(result.verdict) got \(got)")
                    }
                }
                stats[lang] = row
            }
        }
        if let dump {
            try (dumped.joined(separator: "\n") + "\n").write(toFile: dump, atomically: true, encoding: .utf8)
        }
        var total = Stats()
        if let label { print("coach eval (\(label)): \(files.joined(separator: " "))") }
        for lang in stats.keys.sorted() {
            let row = stats[lang]!
            print(row.line(label: lang))
            total.add(row)
        }
        print(total.line(label: "all"))
    }

    private func tunedWeights() throws -> RankingWeights {
        var tuned = RankingWeights.standard
        for pair in (weights ?? "").split(separator: ",") {
            let parts = pair.split(separator: "=").map(String.init)
            guard parts.count == 2, let value = Double(parts[1]), tuned.set(parts[0], to: value) else {
                throw ValidationError("bad weight '\(pair)'; use name=value with names from RankingWeights")
            }
        }
        return tuned
    }

    private static func dumpLine(lang: String, question: String, expected: Set<String>, result: SearchResult) throws -> String {
        struct Hit: Encodable { var id: String; var topics: [String]; var score: Double; var coverage: Double }
        struct Line: Encodable { var lang: String; var question: String; var expected: [String]; var verdict: String; var hits: [Hit] }
        let line = Line(lang: lang, question: question, expected: expected.sorted(), verdict: "\(result.verdict)",
                        hits: result.hits.map { Hit(id: $0.rule.id, topics: $0.rule.topics, score: $0.score, coverage: $0.coverage) })
        return String(decoding: try JSONEncoder().encode(line), as: UTF8.self)
    }

    private func format(_ value: Double?) -> String { value.map { String(format: "%.2f", $0) } ?? "-" }

    struct Stats {
        var inScope = 0, top1 = 0, top3 = 0, outOfScope = 0, declined = 0, withheld = 0, unsure = 0, questions = 0

        mutating func add(_ other: Stats) {
            inScope += other.inScope; top1 += other.top1; top3 += other.top3
            outOfScope += other.outOfScope; declined += other.declined
            withheld += other.withheld; unsure += other.unsure; questions += other.questions
        }

        func line(label: String) -> String {
            func pct(_ n: Int, _ d: Int) -> String { d == 0 ? "-" : String(format: "%.1f%%", Double(n) * 100 / Double(d)) }
            return "\(label.padding(toLength: 8, withPad: " ", startingAt: 0)) top-1 \(top1)/\(inScope) \(pct(top1, inScope))  top-3 \(top3)/\(inScope) \(pct(top3, inScope))  out-of-scope declined \(declined)/\(outOfScope)  in-scope withheld \(withheld)/\(inScope) \(pct(withheld, inScope))  unsure \(unsure)/\(questions) \(pct(unsure, questions))"
        }
    }
}
