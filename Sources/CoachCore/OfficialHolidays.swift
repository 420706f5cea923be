/// Mainland China's official days off and make-up workdays (调休), from the generated
/// `corpus/care/cn-holidays.tsv`, and the last year the data covers.
public struct OfficialHolidays: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// A day off (holiday, or a weekend day inside the holiday).
        case off
        /// A weekend day worked to make up for a bridge day.
        case workday
    }

    public struct Entry: Sendable, Hashable, Codable {
        public var day: DayNumber
        public var kind: Kind
        /// The festival id of the holiday it belongs to (`national-day`).
        public var festivalID: String

        public init(day: DayNumber, kind: Kind, festivalID: String) {
            self.day = day
            self.kind = kind
            self.festivalID = festivalID
        }
    }

    /// The last year whose official schedule is in the data (nil: no data).
    public var validThrough: Int?
    private var byDay: [DayNumber: Entry]

    public init(validThrough: Int?, entries: [Entry]) {
        self.validThrough = validThrough
        var byDay: [DayNumber: Entry] = [:]
        for entry in entries { byDay[entry.day] = entry }
        self.byDay = byDay
    }

    public static let empty = OfficialHolidays(validThrough: nil, entries: [])

    /// Whether the data covers `day`'s year.
    public func covers(_ day: DayNumber) -> Bool {
        guard let validThrough else { return false }
        return day.components.year <= validThrough
    }

    /// The official entry for a day, if any.
    public func entry(on day: DayNumber) -> Entry? { byDay[day] }

    /// Whether people work on `day`: a weekday that is not a day off, or a make-up workday.
    public func isWorkday(_ day: DayNumber) -> Bool {
        if let entry = byDay[day] { return entry.kind == .workday }
        return day.weekday <= 5
    }

    /// Runs of consecutive official days off (the data lists the weekend days inside a holiday
    /// too) that start in `range` and last at least `minimumDays` days.
    public func longHolidays(startingIn range: DayRange, minimumDays: Int) -> [(first: DayNumber, days: Int, festivalID: String)] {
        var result: [(DayNumber, Int, String)] = []
        var day = range.first
        while day <= range.last {
            guard let entry = byDay[day], entry.kind == .off, byDay[day.adding(days: -1)]?.kind != .off else {
                day = day.adding(days: 1)
                continue
            }
            var end = day
            while byDay[end.adding(days: 1)]?.kind == .off { end = end.adding(days: 1) }
            let length = end.value - day.value + 1
            if length >= minimumDays { result.append((day, length, entry.festivalID)) }
            day = end.adding(days: 1)
        }
        return result
    }
}

// Encoded (in the corpus snapshot) as parallel lists, days as numbers and kinds as letters, which
// load at the cost of a few copies rather than one keyed value per day.
extension OfficialHolidays: Codable {
    enum CodingKeys: String, CodingKey {
        case validThrough, days, kinds, festivals
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let days = try container.decode([Int].self, forKey: .days)
        let kinds = try container.decode([String].self, forKey: .kinds)
        let festivals = try container.decode([String].self, forKey: .festivals)
        guard days.count == kinds.count, days.count == festivals.count else {
            throw DecodingError.dataCorruptedError(forKey: .days, in: container, debugDescription: "holiday lists of different lengths")
        }
        var entries: [Entry] = []
        entries.reserveCapacity(days.count)
        for index in days.indices {
            guard let kind = Kind(rawValue: kinds[index]) else {
                throw DecodingError.dataCorruptedError(forKey: .kinds, in: container, debugDescription: "unknown holiday kind")
            }
            entries.append(Entry(day: DayNumber(daysSinceEpoch: days[index]), kind: kind, festivalID: festivals[index]))
        }
        self.init(validThrough: try container.decodeIfPresent(Int.self, forKey: .validThrough), entries: entries)
    }

    public func encode(to encoder: any Encoder) throws {
        let entries = byDay.values.sorted { $0.day < $1.day }
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(validThrough, forKey: .validThrough)
        try container.encode(entries.map(\.day.value), forKey: .days)
        try container.encode(entries.map(\.kind.rawValue), forKey: .kinds)
        try container.encode(entries.map(\.festivalID), forKey: .festivals)
    }
}
