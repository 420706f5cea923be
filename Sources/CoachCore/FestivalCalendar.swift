/// Finds the days festivals fall on in a range, and says plainly where the data runs out.
///
/// ```swift
/// let result = FestivalCalendar(care: care, calendar: ChineseCalendar()).days(in: range)
/// result.days.map(\.festival.id)   // ["mid-autumn", "long-holiday", "national-day"]
/// result.notes                      // e.g. official holidays known only through 2026
/// ```
public struct FestivalCalendar: Sendable {
    public var care: CareData
    public var calendar: ChineseCalendar

    public init(care: CareData, calendar: ChineseCalendar) {
        self.care = care
        self.calendar = calendar
    }

    /// The festival days in `range`, in order, and notes on data that does not reach it.
    public func days(in range: DayRange) -> (days: [FestivalDay], notes: [CareNote]) {
        var days: [FestivalDay] = []
        var notes: [CareNote] = []
        let firstYear = range.first.components.year
        let lastYear = range.last.components.year
        for festival in care.festivals {
            switch festival.rule {
            case nil:
                continue
            case .solar(let month, let day):
                for year in firstYear...lastYear {
                    let date = DayNumber.civil(year, month, day)
                    if range.contains(date) { days.append(FestivalDay(festival: festival, day: date)) }
                }
            case .lunar(let month, let day):
                for year in (firstYear - 1)...lastYear {
                    guard let date = calendar.day(of: LunarDate(year: year, month: month, day: day)) else { continue }
                    if range.contains(date) { days.append(FestivalDay(festival: festival, day: date)) }
                }
            case .qingming:
                for year in firstYear...lastYear {
                    if let date = care.qingming[year] {
                        if range.contains(date) { days.append(FestivalDay(festival: festival, day: date)) }
                    } else if range.contains(DayNumber.civil(year, 4, 4)) || range.contains(DayNumber.civil(year, 4, 5)) {
                        notes.append(.qingmingNotInTable(year: year, years: care.qingmingYears))
                    }
                }
            case .beforeLongHoliday(let minimumDays):
                // A holiday starting up to two weeks after the range can still be greeted in it.
                let search = DayRange(first: range.first, last: range.last.adding(days: 14))
                for holiday in care.holidays.longHolidays(startingIn: search, minimumDays: minimumDays) {
                    var eve = holiday.first.adding(days: -1)
                    while !care.holidays.isWorkday(eve) { eve = eve.adding(days: -1) }
                    if range.contains(eve) {
                        days.append(FestivalDay(festival: festival, day: eve, holidayFestivalID: holiday.festivalID, holidayDays: holiday.days))
                    }
                }
                if let through = care.holidays.validThrough, range.last.components.year > through {
                    notes.append(.officialHolidaysEnd(validThrough: through))
                } else if care.holidays.validThrough == nil {
                    notes.append(.officialHolidaysEnd(validThrough: nil))
                }
            }
        }
        let order = Dictionary(care.festivals.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
        days.sort { ($0.day, order[$0.festival.id] ?? 0) < ($1.day, order[$1.festival.id] ?? 0) }
        return (days, Array(Set(notes)).sorted { $0.text.en < $1.text.en })
    }

    /// The festival's name as shown: a long-holiday greeting names the holiday it comes before.
    public func name(of day: FestivalDay) -> LocalizedText {
        guard let id = day.holidayFestivalID, let holiday = care.festivals.first(where: { $0.id == id }) else {
            return day.festival.name
        }
        let name = day.festival.name
        return LocalizedText(
            en: Placeholder.fill(name.en, ["holiday": holiday.name.en]),
            zhHans: Placeholder.fill(name.zhHans, ["holiday": holiday.name.zhHans]),
            zhHant: Placeholder.fill(name.zhHant, ["holiday": holiday.name.zhHant]))
    }
}

/// Something the care routine could not work out, said plainly rather than left out silently.
public enum CareNote: Sendable, Hashable {
    /// The official days off are known only through this year (nil: no data at all).
    case officialHolidaysEnd(validThrough: Int?)
    /// 清明 of this year is outside the generated table.
    case qingmingNotInTable(year: Int, years: ClosedRange<Int>?)
    /// A birthday that could not be placed (a lunar date outside the calendar's range).
    case birthdayUnplaced(account: String, person: String)

    public var text: LocalizedText {
        switch self {
        case .officialHolidaysEnd(let year?):
            LocalizedText(
                en: "Note: the official days off of mainland China are known only through \(year) (corpus/care/cn-holidays.tsv); later long holidays are not listed until the data is regenerated with scripts/care/gen-cn-holidays.py.",
                zhHans: "注意：中国大陆的法定放假安排只收录到 \(year) 年（corpus/care/cn-holidays.tsv）；之后的长假要等用 scripts/care/gen-cn-holidays.py 重新生成数据后才会列出。",
                zhHant: "注意：中國大陸的法定放假安排只收錄到 \(year) 年（corpus/care/cn-holidays.tsv）；之後的長假要等用 scripts/care/gen-cn-holidays.py 重新產生資料後才會列出。")
        case .officialHolidaysEnd(nil):
            LocalizedText(
                en: "Note: the corpus has no official holiday data (corpus/care/cn-holidays.tsv); long holidays are not listed.",
                zhHans: "注意：语料库里没有法定放假数据（corpus/care/cn-holidays.tsv），长假不会列出。",
                zhHant: "注意：語料庫裡沒有法定放假資料（corpus/care/cn-holidays.tsv），長假不會列出。")
        case .qingmingNotInTable(let year, let years):
            LocalizedText(
                en: "Note: 清明 of \(year) is outside the solar-term table\(years.map { " (\($0.lowerBound)–\($0.upperBound))" } ?? ""); regenerate corpus/care/qingming.tsv with scripts/care/gen-qingming.py.",
                zhHans: "注意：\(year) 年的清明不在节气表里\(years.map { "（\($0.lowerBound)–\($0.upperBound)）" } ?? "")；请用 scripts/care/gen-qingming.py 重新生成 corpus/care/qingming.tsv。",
                zhHant: "注意：\(year) 年的清明不在節氣表裡\(years.map { "（\($0.lowerBound)–\($0.upperBound)）" } ?? "")；請用 scripts/care/gen-qingming.py 重新產生 corpus/care/qingming.tsv。")
        case .birthdayUnplaced(let account, let person):
            LocalizedText(
                en: "Note: the lunar birthday of \(person) (\(account)) could not be placed on the calendar in this period.",
                zhHans: "注意：\(person)（\(account)）的农历生日无法在这段时间内换算成公历。",
                zhHant: "注意：\(person)（\(account)）的農曆生日無法在這段時間內換算成公曆。")
        }
    }
}
