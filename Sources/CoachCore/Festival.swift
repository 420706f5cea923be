/// A day customers are greeted on (`corpus/care/festivals.yaml`), with how its date is found.
public struct Festival: Sendable, Hashable, Codable {
    /// How a festival's day is found each year.
    public enum Rule: Sendable, Hashable, Codable {
        /// A fixed Gregorian month and day (元旦 01-01, 國慶 10-01).
        case solar(month: Int, day: Int)
        /// A lunar month and day in the regular month (春節 1-1, 中秋 8-15).
        case lunar(month: Int, day: Int)
        /// The solar term 清明, from the generated table `corpus/care/qingming.tsv`.
        case qingming
        /// The last working day before a run of at least `minimumDays` official days off.
        case beforeLongHoliday(minimumDays: Int)
    }

    public var id: String
    public var name: LocalizedText
    /// How its day is found; nil for a festival that only names a holiday of the official data.
    public var rule: Rule?

    public init(id: String, name: LocalizedText, rule: Rule?) {
        self.id = id
        self.name = name
        self.rule = rule
    }
}

/// One day a festival falls on.
public struct FestivalDay: Sendable, Hashable {
    public var festival: Festival
    public var day: DayNumber
    /// For a long-holiday greeting: the festival id of the holiday it comes before.
    public var holidayFestivalID: String?
    /// For a long-holiday greeting: the days off in a row.
    public var holidayDays: Int?

    public init(festival: Festival, day: DayNumber, holidayFestivalID: String? = nil, holidayDays: Int? = nil) {
        self.festival = festival
        self.day = day
        self.holidayFestivalID = holidayFestivalID
        self.holidayDays = holidayDays
    }
}
