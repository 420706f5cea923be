import CoachCore

// The matcher in the start-up snapshot: its dictionaries written as flat lists (units in id order;
// terms and synonym tokens as runs of ids with their ends), which load as a few copies of packed
// arrays instead of one keyed value per unit and term.
extension GlossaryMatcher {
    enum CodingKeys: String, CodingKey {
        case entries, shorthand, units, termFirst, termEntry, termEnds, termUnits, synonymEnds, synonymIDs
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let entries = try container.decode([GlossaryEntry].self, forKey: .entries)
        let units = try container.decode([String].self, forKey: .units)
        let termFirst = try container.decode([Int32].self, forKey: .termFirst)
        let termEntry = try container.decode([Int32].self, forKey: .termEntry)
        let termEnds = try container.decode([Int32].self, forKey: .termEnds)
        let termUnits = try container.decode([Int32].self, forKey: .termUnits)
        let synonymEnds = try container.decode([Int32].self, forKey: .synonymEnds)
        let synonymIDs = try container.decode([Int32].self, forKey: .synonymIDs)
        func damaged() -> DecodingError {
            DecodingError.dataCorruptedError(forKey: .termUnits, in: container, debugDescription: "inconsistent glossary matcher")
        }
        guard termFirst.count == termEntry.count, termEnds.count == termEntry.count, synonymEnds.count == entries.count,
              termEntry.allSatisfy({ $0 >= 0 && Int($0) < entries.count }),
              termUnits.allSatisfy({ $0 >= 0 && Int($0) < units.count }) else { throw damaged() }
        var unitIDs: [String: Int32] = [:]
        unitIDs.reserveCapacity(units.count)
        for (id, unit) in units.enumerated() { unitIDs[unit] = Int32(id) }
        var termsByFirstUnit: [Int32: [Term]] = [:]
        var start = 0
        for index in termEntry.indices {
            let end = Int(termEnds[index])
            guard end > start, end <= termUnits.count, termUnits[start] == termFirst[index] else { throw damaged() }
            termsByFirstUnit[termFirst[index], default: []].append(Term(units: Array(termUnits[start..<end]), entry: Int(termEntry[index])))
            start = end
        }
        guard start == termUnits.count else { throw damaged() }
        var synonymTokens: [[Int32]] = []
        synonymTokens.reserveCapacity(entries.count)
        start = 0
        for end in synonymEnds {
            guard Int(end) >= start, Int(end) <= synonymIDs.count else { throw damaged() }
            synonymTokens.append(Array(synonymIDs[start..<Int(end)]))
            start = Int(end)
        }
        guard start == synonymIDs.count else { throw damaged() }
        self.entries = entries
        self.shorthand = try container.decode(Shorthand.self, forKey: .shorthand)
        self.unitIDs = unitIDs
        self.termsByFirstUnit = termsByFirstUnit
        self.synonymTokens = synonymTokens
    }

    func encode(to encoder: any Encoder) throws {
        var units = [String](repeating: "", count: unitIDs.count)
        for (unit, id) in unitIDs { units[Int(id)] = unit }
        var termFirst: [Int32] = [], termEntry: [Int32] = [], termEnds: [Int32] = [], termUnits: [Int32] = []
        // Keys in order and each key's terms in the order they were added, so a decoded matcher
        // tries them in the same order as the one built.
        for first in termsByFirstUnit.keys.sorted() {
            for term in termsByFirstUnit[first] ?? [] {
                termFirst.append(first)
                termEntry.append(Int32(term.entry))
                termUnits += term.units
                termEnds.append(Int32(termUnits.count))
            }
        }
        var synonymEnds: [Int32] = [], synonymIDs: [Int32] = []
        for tokens in synonymTokens {
            synonymIDs += tokens
            synonymEnds.append(Int32(synonymIDs.count))
        }
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(entries, forKey: .entries)
        try container.encode(shorthand, forKey: .shorthand)
        try container.encode(units, forKey: .units)
        try container.encode(termFirst, forKey: .termFirst)
        try container.encode(termEntry, forKey: .termEntry)
        try container.encode(termEnds, forKey: .termEnds)
        try container.encode(termUnits, forKey: .termUnits)
        try container.encode(synonymEnds, forKey: .synonymEnds)
        try container.encode(synonymIDs, forKey: .synonymIDs)
    }
}
