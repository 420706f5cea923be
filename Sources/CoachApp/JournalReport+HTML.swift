public import CoachCore
import Foundation

extension JournalReport {
    /// The report as one self-contained HTML page: inline CSS, small inline-SVG bar charts, no
    /// scripts, images or fonts fetched from anywhere. Chinese shows with whatever CJK font the
    /// system has (the CSS lists Noto, Source Han, PingFang, Microsoft YaHei/JhengHei… as fallbacks).
    /// - Parameter flags: the corpus's flag texts, to name the open risks.
    public func html(language: Language, flags: FlagTexts) -> String {
        let t = { (text: LocalizedText) in Self.escape(text[language]) }
        let lang = language == .en ? "en" : language.rawValue
        var body: [String] = []
        body.append("<header><h1>\(t(ReportText.title(self)))</h1><p class=\"dim\">\(t(ReportText.span(self)))</p></header>")

        body.append("<section><h2>\(t(ReportText.summary))</h2><ul>")
        body += summaryLines(language: language).map { "<li>\(Self.escape($0))</li>" }
        body.append("</ul><div class=\"charts\">")
        body.append(Self.barChart(
            title: ReportText.visits[language],
            bars: visitsByAccount.map { ($0.name, Double($0.count), Self.palette[0]) }))
        body.append(Self.barChart(
            title: ReportText.visitsBySalesperson[language],
            bars: visitsBySalesperson.map { ($0.salesperson, Double($0.count), Self.palette[1]) }))
        body.append(Self.barChart(
            title: ReportText.issues[language],
            bars: [
                (ReportText.raised[language], Double(issues.raised), Self.palette[2]),
                (ReportText.resolved[language], Double(issues.resolved), Self.palette[3]),
                (ReportText.customerInformed[language], Double(issues.customerInformed), Self.palette[4]),
                (ReportText.overdue[language], Double(overdue.count), Self.palette[5]),
            ]))
        body.append(Self.stackedChart(
            title: ReportText.verificationAsOf(self)[language],
            rows: [
                (ReportText.logs[language], verification.logsVerified, verification.logs),
                (ReportText.sessions[language], verification.sessionsVerified, verification.sessions),
            ],
            legend: (ReportText.verified[language], ReportText.unverified[language])))
        body.append("</div></section>")

        func table(_ title: LocalizedText, _ header: [String], _ rows: [[String]], numeric: Set<Int> = [], level: Int = 2) {
            body.append("<section><h\(level)>\(t(title))</h\(level)>")
            guard !rows.isEmpty else {
                body.append("<p class=\"dim\">\(t(ReportText.none))</p></section>")
                return
            }
            body.append("<table><thead><tr>" + header.enumerated().map { index, cell in
                "<th\(numeric.contains(index) ? " class=\"num\"" : "")>\(Self.escape(cell))</th>"
            }.joined() + "</tr></thead><tbody>")
            for row in rows {
                body.append("<tr>" + row.enumerated().map { index, cell in
                    var classes: [String] = []
                    if numeric.contains(index) { classes.append("num") }
                    // Ids and dates (ASCII without spaces) stay on one line.
                    if cell.allSatisfy({ $0.isASCII && $0 != " " }) { classes.append("nowrap") }
                    let attribute = classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\""
                    return "<td\(attribute)>\(Self.escape(cell))</td>"
                }.joined() + "</tr>")
            }
            body.append("</tbody></table></section>")
        }
        let l = { (text: LocalizedText) in text[language] }
        table(ReportText.visits, [l(ReportText.account), l(ReportText.id), l(ReportText.salesperson), l(ReportText.count)],
              visits.map { [$0.accountName, $0.account, $0.salesperson, String($0.count)] }, numeric: [3])
        table(ReportText.notVisited, [l(ReportText.account), l(ReportText.id), l(ReportText.owner)],
              notVisited.map { [$0.name, $0.account, $0.owner ?? "-"] })
        table(ReportText.issues,
              [l(ReportText.raised), l(ReportText.resolved), l(ReportText.customerInformed), l(ReportText.averageToResolve), l(ReportText.averageToInform)],
              [[String(issues.raised), String(issues.resolved), String(issues.customerInformed),
                Self.days(issues.averageDaysToResolve), Self.days(issues.averageDaysToInform)]], numeric: [0, 1, 2, 3, 4])
        table(ReportText.handled,
              ["#", l(ReportText.id), l(ReportText.issue), l(ReportText.raised), l(ReportText.resolved), l(ReportText.daysToResolve), l(ReportText.customerInformed), l(ReportText.daysToInform)],
              handled.map { ["\($0.number)", $0.account, $0.text, $0.raised, $0.resolved ?? "-", $0.daysToResolve.map(String.init) ?? "-", $0.customerInformed ?? "-", $0.daysToInform.map(String.init) ?? "-"] },
              numeric: [0, 5, 7], level: 3)
        table(ReportText.overdue,
              ["#", l(ReportText.id), l(ReportText.issue), l(ReportText.owner), l(ReportText.department), l(ReportText.deadline), l(ReportText.daysOverdue), l(ReportText.status)],
              overdue.map { ["\($0.number)", $0.account, $0.text, $0.owner, $0.department ?? "-", $0.deadline, String($0.daysOverdue), $0.status.label[language]] },
              numeric: [0, 6])
        table(ReportText.overlaps(self),
              [l(ReportText.account), l(ReportText.id), l(ReportText.salespeople), l(ReportText.count), l(ReportText.firstDay), l(ReportText.lastDay), l(ReportText.peopleBothMet)],
              overlaps.map { [$0.accountName, $0.account, $0.salespeople.joined(separator: language == .en ? ", " : "、"), String($0.visits), $0.first, $0.last, $0.people.isEmpty ? "-" : $0.people.joined(separator: language == .en ? ", " : "、")] },
              numeric: [3])
        table(ReportText.openRisks, [l(ReportText.account), l(ReportText.id), l(ReportText.flags), l(ReportText.fromSessions)],
              openRisks.map { [$0.name, $0.account, "\($0.flags.count): " + flagLabels($0.flags, flags, language: language), $0.fromSessions.isEmpty ? "-" : flagLabels($0.fromSessions, flags, language: language)] })
        table(ReportText.selfCheckRisks, [l(ReportText.session), l(ReportText.id), l(ReportText.salesperson), l(ReportText.day), l(ReportText.buyersNotMet), l(ReportText.noCoach)],
              selfCheckRisks.map { ["#\($0.session)", $0.account, $0.salesperson, $0.day, $0.buyersNotMet.isEmpty ? "-" : $0.buyersNotMet.joined(separator: ", "), $0.noCoach ? l(ReportText.yes) : "-"] })
        for care in careTables(language: language) {
            table(care.title, care.header, care.rows, numeric: care.numeric)
        }
        table(ReportText.verificationAsOf(self), ["", l(ReportText.total), l(ReportText.verified)],
              [[l(ReportText.logs), String(verification.logs), String(verification.logsVerified)],
               [l(ReportText.sessions), String(verification.sessions), String(verification.sessionsVerified)],
               [l(ReportText.editedAfter), String(verification.editedAfterVerification), ""],
               [l(ReportText.unverified), String(verification.unverified.count), unverifiedList(language: language)]],
              numeric: [1])
        body.append("<footer class=\"dim\">\(t(ReportText.generated(self)))</footer>")

        return """
            <!DOCTYPE html>
            <html lang="\(lang)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(t(ReportText.title(self)))</title>
            <style>
            \(Self.style)
            </style>
            </head>
            <body>
            \(body.joined(separator: "\n"))
            </body>
            </html>

            """
    }

    static let palette = ["#2f6fb0", "#7a5195", "#ef8f35", "#3a9d5d", "#2a9d8f", "#d1495b"]

    static let style = """
        body { font-family: "Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans SC", "Noto Sans TC", "Source Han Sans SC", \
        "Source Han Sans TC", "PingFang SC", "PingFang TC", "Hiragino Sans GB", "Microsoft YaHei", "Microsoft JhengHei", \
        "WenQuanYi Micro Hei", system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; \
        color: #1f2933; margin: 2rem auto; max-width: 1100px; padding: 0 1.5rem; line-height: 1.5; }
        h1 { font-size: 1.6rem; margin-bottom: 0.2rem; }
        h2 { font-size: 1.2rem; border-bottom: 2px solid #d9e2ec; padding-bottom: 0.2rem; margin-top: 2rem; }
        h3 { font-size: 1.05rem; margin-top: 1.4rem; }
        .dim { color: #627d98; }
        table { border-collapse: collapse; width: 100%; font-size: 0.92rem; }
        th, td { border-bottom: 1px solid #e4e7eb; padding: 0.35rem 0.6rem; text-align: left; vertical-align: top; }
        th { background: #f0f4f8; font-weight: 600; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        td.nowrap { white-space: nowrap; }
        .charts { display: flex; flex-wrap: wrap; gap: 1.2rem; }
        .chart { border: 1px solid #e4e7eb; border-radius: 6px; padding: 0.6rem 0.8rem; background: #fbfcfd; }
        .chart svg text { font-family: inherit; font-size: 13px; fill: #1f2933; }
        .chart svg text.value { font-size: 12px; fill: #334e68; }
        footer { margin-top: 2.5rem; font-size: 0.85rem; }
        @media print { body { margin: 0; } .chart { break-inside: avoid; } }
        """

    /// A horizontal bar chart in inline SVG: a label, a bar and its value per row.
    static func barChart(title: String, bars: [(label: String, value: Double, color: String)]) -> String {
        let labelWidth = 170.0, barWidth = 260.0, rowHeight = 26.0
        let height = max(1, Double(bars.count)) * rowHeight + 36
        let maximum = max(bars.map(\.value).max() ?? 0, 1)
        var svg = "<div class=\"chart\"><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(labelWidth + barWidth + 50))\" height=\"\(Int(height))\" role=\"img\" aria-label=\"\(escape(title))\">"
        svg += "<text x=\"0\" y=\"16\" font-weight=\"600\">\(escape(title))</text>"
        if bars.isEmpty { svg += "<text x=\"0\" y=\"44\" class=\"value\">-</text>" }
        for (index, bar) in bars.enumerated() {
            let y = 30 + Double(index) * rowHeight
            let width = bar.value / maximum * barWidth
            svg += "<text x=\"0\" y=\"\(format(y + 15))\">\(escape(truncate(bar.label, to: 14)))</text>"
            svg += "<rect x=\"\(format(labelWidth))\" y=\"\(format(y + 3))\" width=\"\(format(max(width, 1)))\" height=\"16\" rx=\"3\" fill=\"\(bar.color)\"/>"
            svg += "<text class=\"value\" x=\"\(format(labelWidth + max(width, 1) + 6))\" y=\"\(format(y + 15))\">\(format(bar.value))</text>"
        }
        return svg + "</svg></div>"
    }

    /// Verified against not yet verified, one stacked bar per kind of entry.
    static func stackedChart(title: String, rows: [(label: String, done: Int, total: Int)], legend: (String, String)) -> String {
        let labelWidth = 170.0, barWidth = 260.0, rowHeight = 26.0
        let height = Double(rows.count) * rowHeight + 58
        let maximum = Double(max(rows.map(\.total).max() ?? 0, 1))
        var svg = "<div class=\"chart\"><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(labelWidth + barWidth + 60))\" height=\"\(Int(height))\" role=\"img\" aria-label=\"\(escape(title))\">"
        svg += "<text x=\"0\" y=\"16\" font-weight=\"600\">\(escape(title))</text>"
        for (index, row) in rows.enumerated() {
            let y = 30 + Double(index) * rowHeight
            let done = Double(row.done) / maximum * barWidth
            let rest = Double(row.total - row.done) / maximum * barWidth
            svg += "<text x=\"0\" y=\"\(format(y + 15))\">\(escape(truncate(row.label, to: 14)))</text>"
            svg += "<rect x=\"\(format(labelWidth))\" y=\"\(format(y + 3))\" width=\"\(format(done))\" height=\"16\" fill=\"\(palette[3])\"/>"
            svg += "<rect x=\"\(format(labelWidth + done))\" y=\"\(format(y + 3))\" width=\"\(format(rest))\" height=\"16\" fill=\"#cbd2d9\"/>"
            svg += "<text class=\"value\" x=\"\(format(labelWidth + done + rest + 6))\" y=\"\(format(y + 15))\">\(row.done)/\(row.total)</text>"
        }
        let legendY = 30 + Double(rows.count) * rowHeight + 10
        svg += "<rect x=\"\(format(labelWidth))\" y=\"\(format(legendY))\" width=\"12\" height=\"12\" fill=\"\(palette[3])\"/>"
        svg += "<text class=\"value\" x=\"\(format(labelWidth + 18))\" y=\"\(format(legendY + 11))\">\(escape(legend.0))</text>"
        svg += "<rect x=\"\(format(labelWidth + 110))\" y=\"\(format(legendY))\" width=\"12\" height=\"12\" fill=\"#cbd2d9\"/>"
        svg += "<text class=\"value\" x=\"\(format(labelWidth + 128))\" y=\"\(format(legendY + 11))\">\(escape(legend.1))</text>"
        return svg + "</svg></div>"
    }

    static func truncate(_ text: String, to width: Int) -> String {
        DisplayWidth.of(text) <= width * 2 ? text : String(text.prefix(width)) + "…"
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
