import Foundation

/// Token strings interned to small integers, shared by the indexes of one `RetrievalIndex`, so
/// building hashes each token occurrence once and scoring works on arrays.
struct TokenTable: Sendable {
    private(set) var ids: [String: Int32] = [:]

    /// The id of `token`, adding it if new.
    mutating func intern(_ token: String) -> Int32 {
        if let id = ids[token] { return id }
        let id = Int32(ids.count)
        ids[token] = id
        return id
    }

    /// The id of `token`, if it was ever indexed.
    func id(_ token: String) -> Int32? { ids[token] }

    var count: Int { ids.count }
}

/// An inverted index of documents with pre-computed (field-weighted, length-normalised) term
/// frequencies, scored with BM25 saturation. Postings are addressed by `TokenTable` id.
struct InvertedIndex: Sendable {
    struct Posting: Sendable {
        var doc: Int32
        var tf: Float
    }

    private(set) var postings: [[Posting]] = []
    private(set) var idf: [Double] = []
    private(set) var documentCount = 0

    /// A reusable accumulator for one document's term frequencies.
    struct Scratch {
        var values: [Double] = []
        var touched: [Int32] = []
    }

    /// Adds one document from its fields (token ids): `tf = Σ weight × count / (1 − b + b × len/avg)`.
    ///
    /// - Complexity: O(tokens of the document).
    mutating func add(fields: [[Int32]], weights: [Double], b: [Double], averageLengths: [Double], scratch: inout Scratch) {
        let doc = Int32(documentCount)
        documentCount += 1
        for (field, tokens) in fields.enumerated() where !tokens.isEmpty {
            let norm = 1 - b[field] + b[field] * Double(tokens.count) / max(1, averageLengths[field])
            let contribution = weights[field] / norm
            for id in tokens {
                let slot = Int(id)
                if slot >= scratch.values.count { scratch.values.append(contentsOf: repeatElement(0, count: slot + 1024 - scratch.values.count)) }
                if scratch.values[slot] == 0 { scratch.touched.append(id) }
                scratch.values[slot] += contribution
            }
        }
        for id in scratch.touched {
            let slot = Int(id)
            if slot >= postings.count { postings.append(contentsOf: repeatElement([], count: slot + 1 - postings.count)) }
            postings[slot].append(Posting(doc: doc, tf: Float(scratch.values[slot])))
            scratch.values[slot] = 0
        }
        scratch.touched.removeAll(keepingCapacity: true)
    }

    /// Computes IDF once every document is in.
    mutating func finish() {
        let n = Double(documentCount)
        idf = postings.map { log(1 + (n - Double($0.count) + 0.5) / (Double($0.count) + 0.5)) }
    }

    /// The postings of a token id (empty when this index never saw it).
    @inline(__always)
    func postings(_ id: Int32) -> [Posting] {
        Int(id) < postings.count ? postings[Int(id)] : []
    }

    /// The IDF of a token id in this index, or that of an unseen token.
    @inline(__always)
    func idf(_ id: Int32?) -> Double {
        guard let id, Int(id) < idf.count, !postings[Int(id)].isEmpty else { return unseenIDF }
        return idf[Int(id)]
    }

    /// The IDF a token never seen would have.
    var unseenIDF: Double { log(1 + (Double(documentCount) + 0.5) / 0.5) }
}
