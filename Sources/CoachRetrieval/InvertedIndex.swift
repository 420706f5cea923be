import Foundation

/// An inverted index of documents with pre-computed (field-weighted, length-normalised) term
/// frequencies, scored with BM25 saturation.
struct InvertedIndex: Sendable {
    private(set) var vocabulary: [String: Int] = [:]
    private(set) var postings: [[(doc: Int32, tf: Float)]] = []
    private(set) var idf: [Double] = []
    private(set) var documentCount = 0

    /// Adds one document's combined term frequencies; documents are numbered in the order added.
    mutating func add(_ frequencies: [String: Double]) {
        let doc = Int32(documentCount)
        documentCount += 1
        for (token, tf) in frequencies {
            let id: Int
            if let existing = vocabulary[token] {
                id = existing
            } else {
                id = postings.count
                vocabulary[token] = id
                postings.append([])
            }
            postings[id].append((doc, Float(tf)))
        }
    }

    /// Computes IDF once every document is in.
    mutating func finish() {
        let n = Double(documentCount)
        idf = postings.map { log(1 + (n - Double($0.count) + 0.5) / (Double($0.count) + 0.5)) }
    }

    /// The IDF a token never seen would have.
    var unseenIDF: Double { log(1 + (Double(documentCount) + 0.5) / 0.5) }

    /// Term frequencies of a document from its fields: `Σ weight × count / (1 − b + b × len/avg)`.
    static func frequencies(fields: [[String]], weights: [Double], b: [Double], averageLengths: [Double]) -> [String: Double] {
        var combined: [String: Double] = [:]
        for (field, tokens) in fields.enumerated() where !tokens.isEmpty {
            var counts: [String: Int] = [:]
            for token in tokens { counts[token, default: 0] += 1 }
            let norm = 1 - b[field] + b[field] * Double(tokens.count) / max(1, averageLengths[field])
            for (token, count) in counts {
                combined[token, default: 0] += weights[field] * Double(count) / norm
            }
        }
        return combined
    }
}
