/// What the care routine needs from the corpus: the visit cadence, the festivals, the greeting
/// templates and the generated date tables (清明, official holidays).
public struct CareData: Sendable, Hashable, Codable {
    public var cadence: VisitCadence
    public var festivals: [Festival]
    public var greetings: [GreetingTemplate]
    /// The day of 清明 per Gregorian year.
    public var qingming: [Int: DayNumber]
    public var holidays: OfficialHolidays
    /// How many days ahead the agenda lists festivals.
    public var festivalLookAheadDays: Int

    public init(
        cadence: VisitCadence = VisitCadence(), festivals: [Festival] = [], greetings: [GreetingTemplate] = [],
        qingming: [Int: DayNumber] = [:], holidays: OfficialHolidays = .empty, festivalLookAheadDays: Int = 14
    ) {
        self.cadence = cadence
        self.festivals = festivals
        self.greetings = greetings
        self.qingming = qingming
        self.holidays = holidays
        self.festivalLookAheadDays = festivalLookAheadDays
    }

    public static let empty = CareData()

    /// Whether the corpus has care data at all.
    public var isEmpty: Bool { cadence.days.isEmpty && festivals.isEmpty && greetings.isEmpty }

    /// The template for an occasion (a festival id or `birthday`) and style.
    public func template(occasion: String, style: GreetingStyle) -> GreetingTemplate? {
        greetings.first { $0.occasion == occasion && $0.style == style }
    }

    /// The years the 清明 table covers.
    public var qingmingYears: ClosedRange<Int>? {
        guard let first = qingming.keys.min(), let last = qingming.keys.max() else { return nil }
        return first...last
    }
}
