import CoachCore
public import Foundation

/// `/today`, the agenda's two lines when the session opens, and the visit line of the briefings:
/// the care routine read from the accounts, the journal and `corpus/care` (cadence, festivals).
extension Conversation {
    /// The agenda on the day `now` falls on, for the salesperson being coached; nil when the
    /// corpus has no care data.
    func agenda(now: Date) -> Agenda? {
        let care = corpus.care
        guard !care.isEmpty else { return nil }
        let day = DayNumber(now, in: environment.timeZone)
        let accounts = environment.accounts.accountIDs().compactMap(environment.accounts.account(id:))
        let comments = environment.journal.comments(for: environment.salesperson, unreadOnly: true).map {
            AgendaInput.Comment($0, timeZone: environment.timeZone)
        }
        let input = AgendaInput(
            today: day, accounts: accounts, lastVisits: environment.care.lastVisits(),
            followUps: environment.journal.followUps(owner: environment.salesperson, includeClosed: false),
            pausedPreps: environment.care.pausedPreps(salesperson: environment.salesperson), comments: comments, care: care,
            overdueDays: corpus.method.overdueDays)
        return Agenda.build(input, calendar: ChineseCalendar())
    }

    /// `/today`: the daily agenda, most urgent first.
    func showToday(now: Date) -> [Output] {
        guard let agenda = agenda(now: now) else { return [.text(Self.noCareData[language], .warning)] }
        var outputs: [Output] = [.text(agenda.heading(language), .heading)]
        if agenda.items.isEmpty { outputs.append(.text(Agenda.nothingDue[language], .success)) }
        // One style per line and no leading space, so a long item wraps with a hanging indent.
        let lines = agenda.items.map { item in
            StyledLine(item.kind.label[language] + " " + Self.bindingShellCommands(item.text[language]), item.kind.isLate ? .warning : .plain)
        }
        if !lines.isEmpty { outputs.append(.lines(lines)) }
        for note in agenda.notes { outputs.append(.text(note.text[language], .dim)) }
        return outputs
    }

    /// The agenda's two lines for the opening of a session; nothing when nothing is due.
    public func openingSummary(now: Date) -> [Output] {
        guard let agenda = agenda(now: now) else { return [] }
        let lines = agenda.summary(language)
        guard let first = lines.first else { return [] }
        return [.text(first, .accent)] + lines.dropFirst().map { .text($0, .dim) }
    }

    /// The briefing's line on visits: when the account was last visited and when it is next due
    /// (or how many days overdue), from the journal and the tier's cadence; nil without a tier.
    func visitStatus(of account: Account, now: Date) -> VisitStatus? {
        corpus.care.cadence.status(
            of: account, lastVisit: environment.care.lastVisits()[account.id], today: DayNumber(now, in: environment.timeZone))
    }

    /// The visit line of `/open` and the `/prep` briefing.
    func visitLine(_ account: Account, now: Date) -> [Output] {
        guard let status = visitStatus(of: account, now: now) else { return [] }
        let overdue = status.daysOver > 0 || status.lastVisit == nil
        return [.text(status.briefing(today: DayNumber(now, in: environment.timeZone))[language], overdue ? .warning : .plain)]
    }

    /// The text with each `coach …` command line in it bound by no-break spaces, so the terminal
    /// never breaks a command the user is to type (the renderer shows them as spaces).
    static func bindingShellCommands(_ text: String) -> String {
        guard let expression = try? NSRegularExpression(pattern: "coach(?: --?[A-Za-z0-9][A-Za-z0-9-]*| [A-Za-z0-9][A-Za-z0-9-]*)+") else { return text }
        var result = text
        let matches = expression.matches(in: text, range: NSRange(text.startIndex..., in: text))
        for match in matches.reversed() {
            guard let range = Range(match.range, in: result) else { continue }
            result.replaceSubrange(range, with: result[range].replacingOccurrences(of: " ", with: "\u{00A0}"))
        }
        return result
    }

    static let noCareData = LocalizedText(
        en: "The corpus has no care data (corpus/care/cadence.yaml, festivals.yaml, greetings.yaml): no agenda.",
        zhHans: "语料库里没有关怀资料（corpus/care/cadence.yaml、festivals.yaml、greetings.yaml），无法列出日程。",
        zhHant: "語料庫裡沒有關懷資料（corpus/care/cadence.yaml、festivals.yaml、greetings.yaml），無法列出日程。")
}

extension Conversation {
    /// The account's risk flags on the day `now` falls on: those its file raises, and
    /// `visit-overdue` when the journal shows the tier's visit is past due.
    func riskFlags(of account: Account, now: Date) -> [RiskFlag] {
        let flags = RiskFlags.compute(for: account, today: today(now), overdueDays: corpus.method.overdueDays, texts: corpus.flags)
        guard let overdue = visitStatus(of: account, now: now)?.flag(texts: corpus.flags) else { return flags }
        return (flags + [overdue]).enumerated().sorted {
            ($0.element.kind.severity, $0.offset) < ($1.element.kind.severity, $1.offset)
        }.map(\.element)
    }
}
