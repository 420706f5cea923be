// A day is stored as its count of days since 1970-01-01 (the corpus snapshot holds care tables).
extension DayNumber: Codable {
    public init(from decoder: any Decoder) throws {
        self.init(daysSinceEpoch: try decoder.singleValueContainer().decode(Int.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}
