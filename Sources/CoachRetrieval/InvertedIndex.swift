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

// MARK: Codable (the start-up snapshot)

extension TokenTable: Codable {
    /// Encoded as the tokens in id order, so a snapshot holds each token once.
    init(from decoder: any Decoder) throws {
        let tokens = try decoder.singleValueContainer().decode([String].self)
        var ids: [String: Int32] = [:]
        ids.reserveCapacity(tokens.count)
        for (id, token) in tokens.enumerated() where ids[token] == nil { ids[token] = Int32(id) }
        self.ids = ids
    }

    func encode(to encoder: any Encoder) throws {
        var tokens = [String](repeating: "", count: ids.count)
        for (token, id) in ids { tokens[Int(id)] = token }
        var container = encoder.singleValueContainer()
        try container.encode(tokens)
    }
}

extension InvertedIndex: Codable {
    enum CodingKeys: String, CodingKey {
        case offsets, docs, tfs, idf, documentCount
    }

    /// Encoded as flat arrays (postings of token `i` are `offsets[i]..<offsets[i + 1]`), checked on
    /// decoding so a damaged snapshot throws instead of indexing out of range.
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let offsets = try container.decode([Int32].self, forKey: .offsets)
        let docs = try container.decode([Int32].self, forKey: .docs)
        let tfs = try container.decode([Float].self, forKey: .tfs)
        let idf = try container.decode([Double].self, forKey: .idf)
        let documentCount = try container.decode(Int.self, forKey: .documentCount)
        let damaged = DecodingError.dataCorrupted(.init(codingPath: container.codingPath, debugDescription: "inconsistent postings"))
        guard let last = offsets.last, offsets.first == 0, Int(last) == docs.count, docs.count == tfs.count,
              idf.count == offsets.count - 1, documentCount >= 0,
              docs.allSatisfy({ $0 >= 0 && Int($0) < documentCount }) else { throw damaged }
        var postings: [[Posting]] = []
        postings.reserveCapacity(offsets.count - 1)
        for token in 0..<(offsets.count - 1) {
            let start = Int(offsets[token]), end = Int(offsets[token + 1])
            guard start >= 0, start <= end, end <= docs.count else { throw damaged }
            var list: [Posting] = []
            list.reserveCapacity(end - start)
            for slot in start..<end { list.append(Posting(doc: docs[slot], tf: tfs[slot])) }
            postings.append(list)
        }
        self.postings = postings
        self.idf = idf
        self.documentCount = documentCount
    }

    func encode(to encoder: any Encoder) throws {
        var offsets: [Int32] = [0]
        var docs: [Int32] = []
        var tfs: [Float] = []
        for list in postings {
            for posting in list {
                docs.append(posting.doc)
                tfs.append(posting.tf)
            }
            offsets.append(Int32(docs.count))
        }
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(offsets, forKey: .offsets)
        try container.encode(docs, forKey: .docs)
        try container.encode(tfs, forKey: .tfs)
        try container.encode(idf, forKey: .idf)
        try container.encode(documentCount, forKey: .documentCount)
    }
}
