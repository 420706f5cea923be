import CoachCore
import Foundation
import Yams

/// Reads `corpus/care/`: the visit cadence, festivals, greeting templates and the generated date
/// tables, reporting every problem at its file and line.
enum CareFiles {
    static func load(root: URL, display: String, diagnostics: inout [Diagnostic]) -> CareData {
        let folder = root.appendingPathComponent("care")
        guard FileManager.default.fileExists(atPath: folder.path) else { return .empty }
        var care = CareData()
        func path(_ name: String) -> String { display + "/care/" + name }

        let cadencePath = path("cadence.yaml")
        if let text = CorpusLoader.read(folder.appendingPathComponent("cadence.yaml"), path: cadencePath, diagnostics: &diagnostics) {
            do {
                care.cadence = try YAMLFile.decode(CadenceDTO.self, from: text, file: cadencePath).cadence
                for tier in Tier.allCases where care.cadence.days[tier] == nil {
                    diagnostics.append(Diagnostic(
                        file: cadencePath, line: CorpusLoader.line(of: "days:", in: text), column: 1,
                        message: "no visit interval for tier \(tier.rawValue); give 'days:' a number for each of A, B, C"))
                }
            } catch {
                diagnostics += error.diagnostics
            }
        }

        let festivalsPath = path("festivals.yaml")
        if let text = CorpusLoader.read(folder.appendingPathComponent("festivals.yaml"), path: festivalsPath, diagnostics: &diagnostics) {
            do {
                let dto = try YAMLFile.decode(FestivalsDTO.self, from: text, file: festivalsPath)
                care.festivals = dto.festivals.map(\.festival)
                care.festivalLookAheadDays = dto.lookAhead ?? 14
                var seen = Set<String>()
                for festival in care.festivals where !seen.insert(festival.id).inserted {
                    diagnostics.append(Diagnostic(
                        file: festivalsPath, line: CorpusLoader.line(of: "id: \(festival.id)", in: text), column: 1,
                        message: "duplicate festival id '\(festival.id)'"))
                }
            } catch {
                diagnostics += error.diagnostics
            }
        }

        let greetingsPath = path("greetings.yaml")
        if let text = CorpusLoader.read(folder.appendingPathComponent("greetings.yaml"), path: greetingsPath, diagnostics: &diagnostics) {
            do {
                let located = try YAMLFile.decode([GreetingDTO].self, from: text, file: greetingsPath)
                care.greetings = located.map(\.template)
                let occasions = Set(care.festivals.map(\.id) + [GreetingTemplate.birthday])
                for dto in located where !occasions.contains(dto.template.occasion) {
                    let hint = Suggestion.hint(for: dto.template.occasion, in: occasions.sorted())
                    diagnostics.append(Diagnostic(
                        file: greetingsPath, line: dto.line, column: dto.column,
                        message: "unknown occasion '\(dto.template.occasion)'\(hint); use a festival id from festivals.yaml or 'birthday'"))
                }
                var pairs = Set<String>()
                for dto in located where !pairs.insert("\(dto.template.occasion)/\(dto.template.style.rawValue)").inserted {
                    diagnostics.append(Diagnostic(
                        file: greetingsPath, line: dto.line, column: dto.column,
                        message: "a second '\(dto.template.style.rawValue)' greeting for '\(dto.template.occasion)'; keep one per occasion and style"))
                }
                for occasion in care.festivals.filter({ $0.rule != nil }).map(\.id) + [GreetingTemplate.birthday] {
                    for style in [GreetingStyle.formal, .warm] where care.template(occasion: occasion, style: style) == nil {
                        diagnostics.append(Diagnostic(
                            file: greetingsPath, line: 1, column: 1,
                            message: "no '\(style.rawValue)' greeting for '\(occasion)'; add one so that everyone greeted on it gets a draft"))
                    }
                }
            } catch {
                diagnostics += error.diagnostics
            }
        }

        let qingmingPath = path("qingming.tsv")
        if let text = CorpusLoader.read(folder.appendingPathComponent("qingming.tsv"), path: qingmingPath, diagnostics: &diagnostics) {
            for (number, fields) in rows(text) {
                guard fields.count == 2, let year = Int(fields[0]), let day = DayNumber.strict(fields[1]),
                      day.components.year == year else {
                    diagnostics.append(Diagnostic(
                        file: qingmingPath, line: number, column: 1,
                        message: "expected 'YEAR<TAB>YYYY-MM-DD' of that year; regenerate with scripts/care/gen-qingming.py"))
                    continue
                }
                care.qingming[year] = day
            }
        }

        let holidaysPath = path("cn-holidays.tsv")
        if let text = CorpusLoader.read(folder.appendingPathComponent("cn-holidays.tsv"), path: holidaysPath, diagnostics: &diagnostics) {
            var validThrough: Int?
            var entries: [OfficialHolidays.Entry] = []
            let ids = Set(care.festivals.map(\.id))
            for (number, fields) in rows(text) {
                if fields.first == "valid-through", fields.count == 2, let year = Int(fields[1]) {
                    validThrough = year
                    continue
                }
                guard fields.count == 3, let day = DayNumber.strict(fields[0]),
                      let kind = OfficialHolidays.Kind(rawValue: fields[1]) else {
                    diagnostics.append(Diagnostic(
                        file: holidaysPath, line: number, column: 1,
                        message: "expected 'YYYY-MM-DD<TAB>off|workday<TAB>festival'; regenerate with scripts/care/gen-cn-holidays.py"))
                    continue
                }
                if !ids.isEmpty, !ids.contains(fields[2]) {
                    diagnostics.append(Diagnostic(
                        file: holidaysPath, line: number, column: 1,
                        message: "unknown festival '\(fields[2])'; add it to care/festivals.yaml"))
                }
                entries.append(OfficialHolidays.Entry(day: day, kind: kind, festivalID: fields[2]))
            }
            if validThrough == nil {
                diagnostics.append(Diagnostic(
                    file: holidaysPath, line: 1, column: 1,
                    message: "missing the 'valid-through<TAB>YEAR' line that says the last year the data covers"))
            }
            care.holidays = OfficialHolidays(validThrough: validThrough, entries: entries)
        }
        return care
    }

    /// The non-comment lines of a TSV file with their line numbers.
    static func rows(_ text: String) -> [(Int, [String])] {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { offset, line in
            let trimmed = line.trimming(.whitespaces)
            guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { return nil }
            return (offset + 1, trimmed.split(separator: "\t").map { $0.trimming(.whitespaces) })
        }
    }
}

/// `cadence.yaml`.
struct CadenceDTO: Decodable {
    var cadence: VisitCadence

    init(from decoder: any Decoder) throws {
        try decoder.checkKeys(["days", "kinds", "due-soon-days"], context: "the cadence")
        let container = try decoder.container(keyedBy: AnyKey.self)
        let days = try Self.tierDays(container.superDecoder(forKey: AnyKey("days")))
        var kindDays: [Tier: [AccountKind: Int]] = [:]
        if container.contains(AnyKey("kinds")) {
            let kinds = try container.nestedContainer(keyedBy: AnyKey.self, forKey: AnyKey("kinds"))
            for key in kinds.allKeys {
                guard let kind = AccountKind(term: key.stringValue) else {
                    let allowed = AccountKind.allCases.map(\.rawValue)
                    throw try kinds.superDecoder(forKey: key).fieldError(
                        key: key.stringValue,
                        message: "unknown account kind '\(key.stringValue)'\(Suggestion.hint(for: key.stringValue, in: allowed)); allowed: \(allowed.joined(separator: ", "))")
                }
                for (tier, interval) in try Self.tierDays(kinds.superDecoder(forKey: key)) {
                    kindDays[tier, default: [:]][kind] = interval
                }
            }
        }
        let dueSoon = try container.decodeIfPresent(Int.self, forKey: AnyKey("due-soon-days")) ?? 3
        guard (0...60).contains(dueSoon) else {
            throw decoder.fieldError(key: "due-soon-days", message: "'due-soon-days' must be 0 to 60 days")
        }
        cadence = VisitCadence(days: days, kindDays: kindDays, dueSoonDays: dueSoon)
    }

    /// `{A: 14, B: 30, C: 90}`: whole days, 1 to 366.
    static func tierDays(_ decoder: any Decoder) throws -> [Tier: Int] {
        try decoder.checkKeys(Tier.allCases.map(\.rawValue), context: "visit intervals per tier")
        let container = try decoder.container(keyedBy: AnyKey.self)
        var result: [Tier: Int] = [:]
        for tier in Tier.allCases {
            guard let days = try container.decodeIfPresent(Int.self, forKey: AnyKey(tier.rawValue)) else { continue }
            guard (1...366).contains(days) else {
                throw decoder.fieldError(key: tier.rawValue, message: "visit interval for tier \(tier.rawValue) must be 1 to 366 days, not \(days)")
            }
            result[tier] = days
        }
        return result
    }
}

/// `festivals.yaml`.
struct FestivalsDTO: Decodable {
    var lookAhead: Int?
    var festivals: [FestivalDTO]

    init(from decoder: any Decoder) throws {
        try decoder.checkKeys(["festival-look-ahead-days", "festivals"], context: "the festivals file")
        let container = try decoder.container(keyedBy: AnyKey.self)
        lookAhead = try container.decodeIfPresent(Int.self, forKey: AnyKey("festival-look-ahead-days"))
        if let lookAhead, !(1...60).contains(lookAhead) {
            throw decoder.fieldError(key: "festival-look-ahead-days", message: "'festival-look-ahead-days' must be 1 to 60")
        }
        festivals = try container.decode([FestivalDTO].self, forKey: AnyKey("festivals"))
    }
}

/// One festival: an id, its names and at most one date rule.
struct FestivalDTO: Decodable {
    var festival: Festival
    static let ruleKeys = ["solar", "lunar", "solar-term", "before-long-holiday"]

    init(from decoder: any Decoder) throws {
        try decoder.checkKeys(["id", "name"] + Self.ruleKeys, context: "a festival")
        let container = try decoder.container(keyedBy: AnyKey.self)
        let id = try container.decode(String.self, forKey: AnyKey("id"))
        let name = try container.decode(LocalizedDTO.self, forKey: AnyKey("name")).text
        let given = Self.ruleKeys.filter { container.contains(AnyKey($0)) }
        guard given.count <= 1 else {
            throw decoder.fieldError(key: given[1], message: "festival '\(id)' has two date rules (\(given.joined(separator: ", "))); give one")
        }
        var rule: Festival.Rule?
        switch given.first {
        case "solar", "lunar":
            let key = given[0]
            let text = try container.decode(String.self, forKey: AnyKey(key))
            let parts = text.split(separator: "-").compactMap { Int($0) }
            guard parts.count == 2, (1...12).contains(parts[0]), (1...(key == "lunar" ? 30 : 31)).contains(parts[1]) else {
                throw decoder.fieldError(key: key, message: "invalid \(key) date '\(text)' for festival '\(id)'; use MM-DD, e.g. 08-15")
            }
            rule = key == "solar" ? .solar(month: parts[0], day: parts[1]) : .lunar(month: parts[0], day: parts[1])
        case "solar-term":
            let term = try container.decode(String.self, forKey: AnyKey("solar-term"))
            guard term == "qingming" else {
                throw decoder.fieldError(key: "solar-term", message: "unknown solar term '\(term)'; the generated table has: qingming")
            }
            rule = .qingming
        case "before-long-holiday":
            let days = try container.decode(Int.self, forKey: AnyKey("before-long-holiday"))
            guard (2...15).contains(days) else {
                throw decoder.fieldError(key: "before-long-holiday", message: "'before-long-holiday' is the days off in a row, 2 to 15")
            }
            rule = .beforeLongHoliday(minimumDays: days)
        default:
            rule = nil
        }
        festival = Festival(id: id, name: name, rule: rule)
    }
}

/// One greeting template, with its position for later checks.
struct GreetingDTO: Decodable {
    var template: GreetingTemplate
    var line: Int
    var column: Int

    init(from decoder: any Decoder) throws {
        try decoder.checkKeys(["occasion", "style", "text"], context: "a greeting")
        line = decoder.sourceMark?.line ?? 1
        column = decoder.sourceMark?.column ?? 1
        let container = try decoder.container(keyedBy: AnyKey.self)
        let occasion = try container.decode(String.self, forKey: AnyKey("occasion"))
        let styleDecoder = try container.superDecoder(forKey: AnyKey("style"))
        let style = try styleDecoder.decodeTerm(GreetingStyle.self, field: "style")
        guard style != .none else {
            throw decoder.fieldError(key: "style", message: "a greeting's style is formal or warm ('none' means no greeting)")
        }
        let text = try container.decode(LocalizedDTO.self, forKey: AnyKey("text")).text
        template = GreetingTemplate(occasion: occasion, style: style, text: text)
    }
}
