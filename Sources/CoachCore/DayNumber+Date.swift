public import Foundation

extension DayNumber {
    /// The calendar day `date` falls on in `timeZone`: the one place an instant becomes a day.
    public init(_ date: Date, in timeZone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        self.init(civilYear: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
    }
}
