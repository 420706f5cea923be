// coach-bench: speed and memory of corpus loading, index building and question answering, on the
// real corpus and on a synthetic corpus 100 times larger. Run through `make bench` (release build).
import CoachCore
import CoachCorpus
import CoachRetrieval
import Foundation

struct Bench {
    static func seconds(_ body: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    /// Resident memory now and at peak, in MiB, from /proc/self/status.
    static func memory() -> (current: Double, peak: Double) {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return (0, 0) }
        func value(_ key: String) -> Double {
            guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix(key) }) else { return 0 }
            return Double(line.split(separator: " ").compactMap { Double($0) }.first ?? 0) / 1024
        }
        return (value("VmRSS:"), value("VmHWM:"))
    }

    static func percentile(_ sorted: [Double], _ p: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let rank = Int((p / 100 * Double(sorted.count - 1)).rounded())
        return sorted[min(sorted.count - 1, max(0, rank))]
    }

    /// The corpus repeated `factor` times; copies get new ids and their asks and titles are mixed
    /// with those of other rules so the vocabulary statistics stay realistic.
    static func synthetic(_ corpus: Corpus, factor: Int) -> Corpus {
        var rules: [Rule] = []
        rules.reserveCapacity(corpus.rules.count * factor)
        let count = corpus.rules.count
        for copy in 0..<factor {
            for (index, rule) in corpus.rules.enumerated() {
                var clone = rule
                if copy > 0 {
                    let other = corpus.rules[(index * 7 + copy * 13) % count]
                    clone.id = "\(rule.id).copy\(copy)"
                    for language in Language.allCases {
                        let mine = rule.asks[language] ?? [], theirs = other.asks[language] ?? []
                        clone.asks[language] = Array(mine.prefix(mine.count / 2)) + Array(theirs.suffix(theirs.count / 2))
                    }
                    clone.body = LocalizedText(
                        en: rule.body.en + "\n" + other.gist.en, zhHans: rule.body.zhHans + "\n" + other.gist.zhHans,
                        zhHant: rule.body.zhHant + "\n" + other.gist.zhHant)
                }
                rules.append(clone)
            }
        }
        return Corpus(topics: corpus.topics, rules: rules, templates: corpus.templates, selfChecks: corpus.selfChecks,
                      glossary: corpus.glossary, offTopic: corpus.offTopic)
    }

    static func queries(_ corpus: Corpus, files: [String]) -> [String] {
        var queries: [String] = []
        for file in files {
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { continue }
            for line in text.split(separator: "\n").dropFirst() {
                let fields = line.split(separator: "\t")
                if fields.count >= 2 { queries.append(String(fields[1])) }
            }
        }
        if queries.isEmpty {
            queries = corpus.rules.flatMap { rule in Language.allCases.compactMap { rule.asks[$0]?.first } }
        }
        return queries
    }

    static func measure(label: String, corpus: Corpus, queries: [String], rounds: Int) {
        var index: RetrievalIndex?
        var builds: [Double] = []
        for _ in 0..<3 { builds.append(seconds { index = RetrievalIndex(corpus: corpus) }) }
        guard let index else { return }
        var latencies: [Double] = []
        latencies.reserveCapacity(queries.count * rounds)
        var sink = 0
        for _ in 0..<rounds {
            for query in queries {
                latencies.append(seconds { sink &+= index.search(query).hits.count })
            }
        }
        latencies.sort()
        let memory = memory()
        print(String(
            format: "%@: %d rules; index build %.1f ms (best of 3); query p50 %.3f ms, p99 %.3f ms, max %.3f ms over %d queries; RSS %.1f MiB, peak %.1f MiB",
            label, corpus.rules.count, (builds.min() ?? 0) * 1000, percentile(latencies, 50) * 1000,
            percentile(latencies, 99) * 1000, (latencies.last ?? 0) * 1000, latencies.count, memory.current, memory.peak))
        if sink < 0 { print(sink) }
    }
}

var arguments = Array(CommandLine.arguments.dropFirst())
var corpusDirectory = "corpus"
var questionFiles: [String] = []
while !arguments.isEmpty {
    let argument = arguments.removeFirst()
    if argument == "--corpus", !arguments.isEmpty { corpusDirectory = arguments.removeFirst() } else { questionFiles.append(argument) }
}

var loaded: CorpusLoader.Result?
let loadTime = Bench.seconds { loaded = CorpusLoader.load(directory: corpusDirectory) }
guard let result = loaded, !result.hasErrors else {
    print("the corpus at \(corpusDirectory) has errors; run coach corpus check")
    exit(1)
}
print(String(format: "corpus load (YAML + Markdown, %d rules, %d templates): %.1f ms", result.corpus.rules.count, result.corpus.templates.count, loadTime * 1000))
let queries = Bench.queries(result.corpus, files: questionFiles)
// Start-up: the REPL shows its prompt once the corpus is loaded; the index builds on a background
// thread (PendingIndex), so the time to the prompt that indexing adds is the cost of starting it.
var pending: PendingIndex?
let startIndexing = Bench.seconds { pending = PendingIndex(building: result.corpus) }
let readyAfter = Bench.seconds { _ = pending?.index }
print(String(format: "start-up: indexing adds %.3f ms before the prompt (background build ready %.1f ms later)", startIndexing * 1000, readyAfter * 1000))
Bench.measure(label: "real corpus", corpus: result.corpus, queries: queries, rounds: 20)
Bench.measure(label: "100x synthetic corpus", corpus: Bench.synthetic(result.corpus, factor: 100), queries: queries, rounds: 2)
