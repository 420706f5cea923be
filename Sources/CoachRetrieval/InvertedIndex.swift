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
///
/// Postings are kept flat (those of token `i` are `docs[offsets[i]..<offsets[i + 1]]`, with their
/// frequencies in `tfs`), so a snapshot loads as a few copies of packed arrays, not one array per
/// token.
struct InvertedIndex: Sendable {
    private(set) var offsets: [Int32] = [0]
    private(set) var docs: [Int32] = []
    private(set) var tfs: [Float] = []
    private(set) var idf: [Double] = []
    private(set) var documentCount = 0
    /// Postings being added, per token, until `finish()` flattens them.
    private var pending: [[(doc: Int32, tf: Float)]] = []

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
            if slot >= pending.count { pending.append(contentsOf: repeatElement([], count: slot + 1 - pending.count)) }
            pending[slot].append((doc, Float(scratch.values[slot])))
            scratch.values[slot] = 0
        }
        scratch.touched.removeAll(keepingCapacity: true)
    }

    /// Flattens the postings and computes IDF once every document is in.
    mutating func finish() {
        let n = Double(documentCount)
        offsets = [0]
        offsets.reserveCapacity(pending.count + 1)
        docs = []
        tfs = []
        idf = []
        idf.reserveCapacity(pending.count)
        for list in pending {
            for posting in list {
                docs.append(posting.doc)
                tfs.append(posting.tf)
            }
            offsets.append(Int32(docs.count))
            idf.append(log(1 + (n - Double(list.count) + 0.5) / (Double(list.count) + 0.5)))
        }
        pending = []
    }

    /// Where the postings of a token id lie in `docs` and `tfs` (empty when this index never saw it).
    @inline(__always)
    func postings(_ id: Int32) -> Range<Int> {
        let token = Int(id)
        guard token >= 0, token + 1 < offsets.count else { return 0..<0 }
        return Int(offsets[token])..<Int(offsets[token + 1])
    }

    /// The IDF of a token id in this index, or that of an unseen token.
    @inline(__always)
    func idf(_ id: Int32?) -> Double {
        guard let id, Int(id) < idf.count, !postings(id).isEmpty else { return unseenIDF }
        return idf[Int(id)]
    }

    /// The IDF a token never seen would have.
    var unseenIDF: Double { log(1 + (Double(documentCount) + 0.5) / 0.5) }
}

// MARK: Codable (the start-up snapshot)

extension InvertedIndex: Codable {
    enum CodingKeys: String, CodingKey {
        case offsets, docs, tfs, idf, documentCount
    }

    /// Decoded as the flat arrays it keeps, checked so a damaged snapshot throws instead of
    /// indexing out of range.
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let offsets = try container.decode([Int32].self, forKey: .offsets)
        let docs = try container.decode([Int32].self, forKey: .docs)
        let tfs = try container.decode([Float].self, forKey: .tfs)
        let idf = try container.decode([Double].self, forKey: .idf)
        let documentCount = try container.decode(Int.self, forKey: .documentCount)
        let damaged = DecodingError.dataCorrupted(.init(codingPath: container.codingPath, debugDescription: "inconsistent postings"))
        guard let last = offsets.last, offsets.first == 0, Int(last) == docs.count, docs.count == tfs.count,
              idf.count == offsets.count - 1, documentCount >= 0, documentCount <= Int(Int32.max),
              zip(offsets, offsets.dropFirst()).allSatisfy({ $0 <= $1 }) else { throw damaged }
        let limit = Int32(documentCount)
        guard docs.allSatisfy({ $0 >= 0 && $0 < limit }) else { throw damaged }
        self.offsets = offsets
        self.docs = docs
        self.tfs = tfs
        self.idf = idf
        self.documentCount = documentCount
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(offsets, forKey: .offsets)
        try container.encode(docs, forKey: .docs)
        try container.encode(tfs, forKey: .tfs)
        try container.encode(idf, forKey: .idf)
        try container.encode(documentCount, forKey: .documentCount)
    }
}
