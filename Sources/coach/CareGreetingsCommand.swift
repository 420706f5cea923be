import ArgumentParser
import CoachApp
import CoachCore
import CoachOptions
import Foundation

/// `coach care greetings [--date D] [--json]`: whom to greet on a day, with drafted messages.
struct CareGreetingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "greetings",
        abstract: HelpText.text("Whom to greet on a festival or birthday (tier A first), each with a drafted message. The coach never sends: you do."),
        discussion: HelpText.text("""
            Festivals and their texts come from corpus/care/festivals.yaml and greetings.yaml; each \
            person's 'greetings: formal|warm|none' picks the text (formal by default, none: no draft). \
            The message addresses the person by surname and title (王總經理), else 先生/女士.
            """)
    )

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: .l("The day to greet on, YYYY-MM-DD (default: today)."))
    var date: String?

    @Flag(name: .long, help: .l("Print JSON: {\"date\", \"occasions\", \"greetings\": [{\"account\", \"person\", \"tier\", \"occasion\", \"style\", \"text\"}], \"notes\"}."))
    var json = false

    func run() throws {
        let language = try global.language()
        let day = try CareCLI.day(date)
        let corpus = try CLI.loadCorpus(global)
        let care = try CareCLI.care(corpus)
        let store = try global.openStore()
        let workspace = try CareCLI.workspace(store)
        let greetings = CareGreetings.build(day: day, workspace: workspace, care: care, language: language)
        if json {
            print(try JSONOutput.encode(greetings.json(language: language)))
            return
        }
        var next: (day: DayNumber, name: LocalizedText)?
        if greetings.occasions.isEmpty {
            let festivals = FestivalCalendar(care: care, calendar: workspace.calendar)
            let ahead = festivals.days(in: DayRange(first: day.adding(days: 1), last: day.adding(days: 120))).days
            next = ahead.first.map { ($0.day, festivals.name(of: $0)) }
        }
        print(greetings.text(language: language, next: next), terminator: "")
    }
}
