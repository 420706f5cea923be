public import CoachCore
public import CoachStore

extension JournalReport {
    /// The period's overlaps in `database` (all salespeople's logs; with `who`, the pairs that
    /// include them), for `coach review`'s summary.
    public static func overlaps(
        database: CoachDatabase, days: DayRange, who: String?, window: Int
    ) throws(StoreError) -> [Overlap] {
        let names = Dictionary(try database.accounts().map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        return overlaps(in: try database.visitSummaries(JournalQuery(visitor: nil, days: days)), window: window, who: who, names: names)
    }

    /// The one summary line: `Overlapping visits (within 14 days): east-post 李明 & 王芳 (1)`.
    public static func overlapLine(_ overlaps: [Overlap], window: Int) -> LocalizedText {
        func list(_ and: String, _ comma: String) -> String {
            overlaps.map { "\($0.account) \($0.salespeople.joined(separator: and)) (\($0.visits))" }.joined(separator: comma)
        }
        return LocalizedText(
            en: "Overlapping visits (within \(window) days): " + list(" & ", ", "),
            zhHans: "重叠拜访（\(window) 天内）：" + list("、", "，"),
            zhHant: "重疊走訪（\(window) 天內）：" + list("、", "，"))
    }
}

extension JournalReport {
    /// Two salespeople who visited one account within the method's overlap window
    /// (`method.yaml` `overlap-days`) — the double visit the method warns about.
    public struct Overlap: Sendable, Codable, Hashable {
        public var account: String
        public var accountName: String
        /// The two salespeople, sorted.
        public var salespeople: [String]
        /// Visits that came within the window after the other's visit.
        public var visits: Int
        /// The first and the last day of those overlapping visits.
        public var first: String
        public var last: String
        /// People both of them met within the window (the same person visited twice).
        public var people: [String]
    }

    /// The overlaps among `logs`: per account and pair of salespeople, the visits within `window`
    /// days after the other's latest visit. With `who`, only the pairs that include them.
    ///
    /// - Complexity: O(n log n + n·s) for n logs and s salespeople per account.
    public static func overlaps(
        in logs: [VisitLog], window: Int, who: String?, names: [String: String]
    ) -> [Overlap] {
        overlaps(in: logs.map(VisitSummary.init), window: window, who: who, names: names)
    }

    /// The overlaps among the visits `logs` summarizes (`overlaps(in:window:who:names:)`).
    public static func overlaps(
        in logs: [VisitSummary], window: Int, who: String?, names: [String: String]
    ) -> [Overlap] {
        struct Seen { var day: Int, date: String, people: Set<String> }
        var found: [String: Overlap] = [:]
        let sorted = logs.compactMap { log in DayNumber(log.visitDate).map { (log, $0.value) } }
            .sorted { ($0.0.accountID, $0.1, $0.0.number) < ($1.0.accountID, $1.1, $1.0.number) }
        var account = ""
        var latest: [String: Seen] = [:]
        for (log, day) in sorted {
            if log.accountID != account { account = log.accountID; latest = [:] }
            let people = Set(log.peopleMet)
            for (visitor, seen) in latest where visitor != log.visitor && day - seen.day <= window {
                let pair = [visitor, log.visitor].sorted()
                if let who, !pair.contains(who) { continue }
                let key = ([log.accountID] + pair).joined(separator: "\u{0}")
                var overlap = found[key] ?? Overlap(
                    account: log.accountID, accountName: names[log.accountID] ?? log.accountID, salespeople: pair, visits: 0,
                    first: seen.date, last: log.visitDate, people: [])
                overlap.visits += 1
                overlap.first = min(overlap.first, seen.date)
                overlap.last = max(overlap.last, log.visitDate)
                for person in log.peopleMet where seen.people.contains(person) && !overlap.people.contains(person) {
                    overlap.people.append(person)
                }
                found[key] = overlap
            }
            latest[log.visitor] = Seen(day: day, date: log.visitDate, people: people)
        }
        // Most visits first, then by account and pair (each key made once, not per comparison).
        return found.map { key, overlap in (key: key, overlap: overlap) }
            .sorted { ($1.overlap.visits, $0.key) < ($0.overlap.visits, $1.key) }
            .map(\.overlap)
    }
}
