/// The frozen form of a `TokenTable`: token ids by their text, kept as the tokens' UTF-8 in id
/// order and an open-addressing table of ids by a hash of those bytes, so a snapshot loads as three
/// copies of packed arrays instead of hashing every token into a dictionary.
///
/// The hash (64-bit FNV-1a) is fixed, not Swift's per-process seeded `Hasher`, so the table can be
/// written once and read by every later run.
///
/// - Complexity: `id(_:)` is O(length of the token) expected.
struct TokenLookup: Sendable {
    /// Every token's UTF-8, in id order; token `i` is `utf8[starts[i]..<starts[i + 1]]`.
    private let utf8: [UInt8]
    private let starts: [Int32]
    /// A power-of-two table of token ids (-1: empty), at most half full.
    private let slots: [Int32]

    init(_ table: TokenTable) {
        var tokens = [String](repeating: "", count: table.count)
        for (token, id) in table.ids { tokens[Int(id)] = token }
        var utf8: [UInt8] = []
        var starts: [Int32] = [0]
        starts.reserveCapacity(tokens.count + 1)
        for token in tokens {
            utf8.append(contentsOf: token.utf8)
            starts.append(Int32(utf8.count))
        }
        var capacity = 16
        while capacity < tokens.count * 2 { capacity <<= 1 }
        var slots = [Int32](repeating: -1, count: capacity)
        let mask = capacity - 1
        for (id, token) in tokens.enumerated() {
            var slot = Int(truncatingIfNeeded: Self.hash(Array(token.utf8))) & mask
            while slots[slot] != -1 { slot = (slot + 1) & mask }
            slots[slot] = Int32(id)
        }
        self.utf8 = utf8
        self.starts = starts
        self.slots = slots
    }

    var count: Int { starts.count - 1 }

    /// The id of `token`, if it was ever indexed.
    func id(_ token: String) -> Int32? {
        var token = token
        return token.withUTF8 { bytes -> Int32? in
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: Self.hash(bytes)) & mask
            while true {
                let id = slots[slot]
                if id < 0 { return nil }
                let start = Int(starts[Int(id)]), end = Int(starts[Int(id) + 1])
                if end - start == bytes.count, utf8[start..<end].elementsEqual(bytes) { return id }
                slot = (slot + 1) & mask
            }
        }
    }

    static func hash<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}

extension TokenLookup: Codable {
    enum CodingKeys: String, CodingKey {
        case utf8, starts, slots
    }

    /// Checked on decoding (offsets in order and in range, every id once, an empty slot to end each
    /// probe), so a damaged snapshot throws instead of trapping or looping.
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let utf8 = try container.decode([UInt8].self, forKey: .utf8)
        let starts = try container.decode([Int32].self, forKey: .starts)
        let slots = try container.decode([Int32].self, forKey: .slots)
        let damaged = DecodingError.dataCorrupted(.init(codingPath: container.codingPath, debugDescription: "inconsistent token table"))
        guard starts.first == 0, let last = starts.last, Int(last) == utf8.count,
              zip(starts, starts.dropFirst()).allSatisfy({ $0 <= $1 }) else { throw damaged }
        let count = starts.count - 1
        guard slots.count >= 2, slots.count & (slots.count - 1) == 0, slots.count > count else { throw damaged }
        var seen = [Bool](repeating: false, count: count)
        var used = 0
        for id in slots where id != -1 {
            guard id >= 0, Int(id) < count, !seen[Int(id)] else { throw damaged }
            seen[Int(id)] = true
            used += 1
        }
        guard used == count else { throw damaged }
        self.utf8 = utf8
        self.starts = starts
        self.slots = slots
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(utf8, forKey: .utf8)
        try container.encode(starts, forKey: .starts)
        try container.encode(slots, forKey: .slots)
    }
}
